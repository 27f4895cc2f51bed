import { shorten } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import { questionsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const openQuestion: GapRule = {
    code: 'open-question',
    defaultSeverity: 'info',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('open-question', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => questionsOf(journey)
        .filter(question => !question.answer)
        .map(question => ({
            message: question.owner
                ? gapText(localeFor(journey), 'open-question.message-owner', { question: shorten(question.text, 80), owner: question.owner.name })
                : gapText(localeFor(journey), 'open-question.message', { question: shorten(question.text, 80) }),
            location: at(question.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name },
        }))),
};
