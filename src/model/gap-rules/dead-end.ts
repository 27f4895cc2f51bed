import { describeTouchpoint, shorten } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const deadEnd: GapRule = {
    code: 'dead-end',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('dead-end', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => {
        const touchpoints = touchpointsOf(journey);
        const lastOutcome = touchpoints.findLastIndex(t => t.reachesOutcome);
        return touchpoints
            .filter((t, i) => t.givesUp && i >= lastOutcome)
            .map(touchpoint => ({
                message: journey.outcome
                    ? gapText(localeFor(journey), 'dead-end.message-outcome', { touchpoint: describeTouchpoint(touchpoint), outcome: shorten(journey.outcome, 50) })
                    : gapText(localeFor(journey), 'dead-end.message', { touchpoint: describeTouchpoint(touchpoint) }),
                location: at(touchpoint.source),
                journey: journey.name,
                related: [],
                data: { journey: journey.name, touchpoint: touchpoint.name },
            }));
    }),
};
