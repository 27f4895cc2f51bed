import { describeJourney } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const missingOutcome: GapRule = {
    code: 'missing-outcome',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'A journey without an outcome (method step 4).',
    check: ({ model }) => model.journeys
        .filter(journey => !journey.outcome)
        .map(journey => ({
            message: `Journey ${describeJourney(journey)} has no outcome. Add 'outcome "…"': what the customer is trying to achieve.`,
            location: at(journey.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name },
        })),
};
