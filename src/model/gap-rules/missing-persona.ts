import { describeJourney } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const missingPersona: GapRule = {
    code: 'missing-persona',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'A journey without a persona (method step 3).',
    check: ({ model }) => model.journeys
        .filter(journey => !journey.persona)
        .map(journey => ({
            message: `Journey ${describeJourney(journey)} does not say who travels it. Add 'persona <name>': a map is drawn for one person or segment.`,
            location: at(journey.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name },
        })),
};
