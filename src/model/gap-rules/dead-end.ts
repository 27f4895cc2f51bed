import { describeTouchpoint, shorten } from '../describe.js';
import { at } from '../gap-context.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const deadEnd: GapRule = {
    code: 'dead-end',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: "A touchpoint where the customer gives up, and no later step 'reaches outcome'.",
    check: ({ model }) => model.journeys.flatMap(journey => {
        const touchpoints = touchpointsOf(journey);
        const lastOutcome = touchpoints.findLastIndex(t => t.reachesOutcome);
        return touchpoints
            .filter((t, i) => t.givesUp && i >= lastOutcome)
            .map(touchpoint => ({
                message: `The customer gives up at ${describeTouchpoint(touchpoint)} and no later step reaches the outcome${journey.outcome ? ` ("${shorten(journey.outcome, 50)}")` : ''}. ` +
                    `Add a way forward, and mark the step that gets there with 'reaches outcome'.`,
                location: at(touchpoint.source),
                journey: journey.name,
                related: [],
                data: { journey: journey.name, touchpoint: touchpoint.name },
            }));
    }),
};
