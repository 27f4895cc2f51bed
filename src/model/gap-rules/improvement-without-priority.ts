import { describeImprovement } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const improvementWithoutPriority: GapRule = {
    code: 'improvement-without-priority',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('improvement-without-priority', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => journey.improvements
        .filter(improvement => !improvement.priority)
        .map(improvement => ({
            message: gapText(localeFor(journey), 'improvement-without-priority.message', { improvement: describeImprovement(improvement) }),
            location: at(improvement.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, improvement: improvement.name },
        }))),
};
