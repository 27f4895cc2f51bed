import { describeImprovement } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const improvementWithoutOwner: GapRule = {
    code: 'improvement-without-owner',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'An improvement with no owner.',
    check: ({ model }) => model.journeys.flatMap(journey => journey.improvements
        .filter(improvement => !improvement.owner)
        .map(improvement => ({
            message: `Improvement ${describeImprovement(improvement)} has no owner. Say who will carry it out with 'owner <stakeholder>'.`,
            location: at(improvement.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, improvement: improvement.name },
        }))),
};
