import { describeStage } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const emptyStage: GapRule = {
    code: 'empty-stage',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'A stage with no touchpoint.',
    check: ({ model }) => model.journeys.flatMap(journey => journey.stages
        .filter(stage => stage.touchpoints.length === 0)
        .map(stage => ({
            message: `Stage ${describeStage(stage)} has no touchpoint. Add the steps the customer takes at this stage, or remove the stage.`,
            location: at(stage.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, stage: stage.name },
        }))),
};
