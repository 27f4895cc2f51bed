import { describeStage } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const emptyStage: GapRule = {
    code: 'empty-stage',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('empty-stage', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => journey.stages
        .filter(stage => stage.touchpoints.length === 0)
        .map(stage => ({
            message: gapText(localeFor(journey), 'empty-stage.message', { stage: describeStage(stage) }),
            location: at(stage.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, stage: stage.name },
        }))),
};
