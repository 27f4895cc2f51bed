import { describeEmotion, describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, joinReasons, ruleSummary } from '../gap-messages.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';
import { LOW_POINT } from './low-point.js';

export const momentOfTruthAtRisk: GapRule = {
    code: 'moment-of-truth-at-risk',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('moment-of-truth-at-risk', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => touchpointsOf(journey)
        .filter(t => t.momentOfTruth && (!t.owner || (t.emotion !== undefined && t.emotion.score <= LOW_POINT)))
        .map(touchpoint => {
            const locale = localeFor(journey);
            const reasons: string[] = [];
            if (!touchpoint.owner) reasons.push(gapText(locale, 'moment-of-truth-at-risk.unowned'));
            if (touchpoint.emotion && touchpoint.emotion.score <= LOW_POINT) reasons.push(gapText(locale, 'moment-of-truth-at-risk.low', { emotion: describeEmotion(touchpoint, locale) }));
            return {
                message: gapText(locale, 'moment-of-truth-at-risk.message', { touchpoint: describeTouchpoint(touchpoint), reasons: joinReasons(locale, reasons) }),
                location: at(touchpoint.source),
                journey: journey.name,
                related: [],
                data: { journey: journey.name, touchpoint: touchpoint.name },
            };
        })),
};
