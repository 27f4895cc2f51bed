import { describeImprovement } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const improvementWithoutPriority: GapRule = {
    code: 'improvement-without-priority',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'An improvement with no priority (method step 11: set priority actions).',
    check: ({ model }) => model.journeys.flatMap(journey => journey.improvements
        .filter(improvement => !improvement.priority)
        .map(improvement => ({
            message: `Improvement ${describeImprovement(improvement)} has no priority. Give it one from P1 (do first) to P4 with 'priority P1'.`,
            location: at(improvement.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, improvement: improvement.name },
        }))),
};
