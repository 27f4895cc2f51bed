import { describeEmotion, describeTouchpoint, shorten } from '../describe.js';
import { at } from '../gap-context.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

/** Emotion at or below this is a low point. */
export const LOW_POINT = 2;

export const unaddressedPain: GapRule = {
    code: 'unaddressed-pain',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: `A touchpoint of an actual journey with emotion ≤ ${LOW_POINT}, or with a pain point, that no improvement addresses (method step 11).`,
    check: ({ model }) => model.journeys.filter(journey => journey.kind === 'actual').flatMap(journey => {
        const addressed = new Set(journey.improvements.flatMap(i => i.addresses.map(a => a.name)));
        return touchpointsOf(journey)
            .filter(t => !addressed.has(t.name) && ((t.emotion && t.emotion.score <= LOW_POINT) || t.pains.length > 0))
            .map(touchpoint => {
                const low = touchpoint.emotion && touchpoint.emotion.score <= LOW_POINT;
                const why = low ? `is a low point (${describeEmotion(touchpoint)})` : `has a pain point ("${shorten(touchpoint.pains[0], 50)}")`;
                return {
                    message: `Touchpoint ${describeTouchpoint(touchpoint)} ${why} and no improvement addresses it. Add an improvement with 'addresses ${touchpoint.name}'.`,
                    location: at(touchpoint.source),
                    journey: journey.name,
                    related: [],
                    data: { journey: journey.name, touchpoint: touchpoint.name },
                };
            });
    }),
};
