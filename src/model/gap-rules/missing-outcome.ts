import { describeJourney } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const missingOutcome: GapRule = {
    code: 'missing-outcome',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('missing-outcome', 'en'),
    check: ({ model, localeFor }) => model.journeys
        .filter(journey => !journey.outcome)
        .map(journey => ({
            message: gapText(localeFor(journey), 'missing-outcome.message', { journey: describeJourney(journey) }),
            location: at(journey.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name },
        })),
};
