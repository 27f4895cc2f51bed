import { describeEmotion, describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';
import { LOW_POINT } from './unaddressed-pain.js';

export const momentOfTruthAtRisk: GapRule = {
    code: 'moment-of-truth-at-risk',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: `A moment of truth that is unowned, or whose emotion is ≤ ${LOW_POINT}.`,
    check: ({ model }) => model.journeys.flatMap(journey => touchpointsOf(journey)
        .filter(t => t.momentOfTruth && (!t.owner || (t.emotion !== undefined && t.emotion.score <= LOW_POINT)))
        .map(touchpoint => {
            const reasons: string[] = [];
            if (!touchpoint.owner) reasons.push('nobody owns it');
            if (touchpoint.emotion && touchpoint.emotion.score <= LOW_POINT) reasons.push(`the customer feels bad there (${describeEmotion(touchpoint)})`);
            return {
                message: `Moment of truth ${describeTouchpoint(touchpoint)} is at risk: ${reasons.join(' and ')}. This is where the customer makes up their mind about the service.`,
                location: at(touchpoint.source),
                journey: journey.name,
                related: [],
                data: { journey: journey.name, touchpoint: touchpoint.name },
            };
        })),
};
