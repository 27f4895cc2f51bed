import { shorten } from '../describe.js';
import { at } from '../gap-context.js';
import { questionsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const openQuestion: GapRule = {
    code: 'open-question',
    defaultSeverity: 'info',
    family: 'map',
    scope: 'journey',
    summary: 'A question the map raises that has no answer yet.',
    check: ({ model }) => model.journeys.flatMap(journey => questionsOf(journey)
        .filter(question => !question.answer)
        .map(question => ({
            message: `Open question: "${shorten(question.text, 80)}"${question.owner ? ` (for '${question.owner.name}')` : ''}. Record the answer with 'answer "…"' when the team has it.`,
            location: at(question.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name },
        }))),
};
