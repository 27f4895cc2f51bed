import { describeJourney } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const missingPersona: GapRule = {
    code: 'missing-persona',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('missing-persona', 'en'),
    check: ({ model, localeFor }) => model.journeys
        .filter(journey => !journey.persona)
        .map(journey => ({
            message: gapText(localeFor(journey), 'missing-persona.message', { journey: describeJourney(journey) }),
            location: at(journey.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name },
        })),
};
