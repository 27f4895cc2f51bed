import { describeEmotion, describeTouchpoint, shorten } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

import { LOW_POINT } from './low-point.js';

export { LOW_POINT } from './low-point.js';

export const unaddressedPain: GapRule = {
    code: 'unaddressed-pain',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('unaddressed-pain', 'en'),
    check: ({ model, localeFor }) => model.journeys.filter(journey => journey.kind === 'actual').flatMap(journey => {
        const addressed = new Set(journey.improvements.flatMap(i => i.addresses.map(a => a.name)));
        return touchpointsOf(journey)
            .filter(t => !addressed.has(t.name) && ((t.emotion && t.emotion.score <= LOW_POINT) || t.pains.length > 0))
            .map(touchpoint => {
                const locale = localeFor(journey);
                const low = touchpoint.emotion && touchpoint.emotion.score <= LOW_POINT;
                const described = { touchpoint: describeTouchpoint(touchpoint), name: touchpoint.name };
                return {
                    message: low
                        ? gapText(locale, 'unaddressed-pain.low', { ...described, emotion: describeEmotion(touchpoint, locale) })
                        : gapText(locale, 'unaddressed-pain.pain', { ...described, pain: shorten(touchpoint.pains[0], 50) }),
                    location: at(touchpoint.source),
                    journey: journey.name,
                    related: [],
                    data: { journey: journey.name, touchpoint: touchpoint.name },
                };
            });
    }),
};
