import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapFinding } from '../gap.js';
import { questionsOf, type LaneActionModel, type Source, type WorkspaceModel } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const unusedDeclaration: GapRule = {
    code: 'unused-declaration',
    defaultSeverity: 'hint',
    family: 'map',
    scope: 'workspace',
    summary: ruleSummary('unused-declaration', 'en'),
    check: ({ model, localeBeside }) => {
        const used = usedNames(model);
        const findings: GapFinding[] = [];
        // A declaration belongs to no journey: the language of the journeys beside it.
        const report = (kind: 'persona' | 'stakeholder' | 'channel', name: string, source: Source) => findings.push({
            message: gapText(localeBeside(source.uri), `unused-declaration.${kind}`, { name }),
            location: at(source),
            related: [],
            data: { kind, name },
        });
        for (const persona of model.personas) {
            if (!used.personas.has(persona.name)) report('persona', persona.name, persona.source);
        }
        for (const stakeholder of model.stakeholders) {
            if (!used.stakeholders.has(stakeholder.name)) report('stakeholder', stakeholder.name, stakeholder.source);
        }
        for (const channel of model.channels) {
            if (!used.channels.has(channel.name)) report('channel', channel.name, channel.source);
        }
        return findings;
    },
};

function usedNames(model: WorkspaceModel) {
    const personas = new Set<string>();
    const stakeholders = new Set<string>();
    const channels = new Set<string>();
    // Plain loops over every touchpoint of the workspace: this rule runs on every keystroke.
    const actor = (lane: LaneActionModel) => { if (lane.actor) stakeholders.add(lane.actor.name); };
    for (const journey of model.journeys) {
        if (journey.persona) personas.add(journey.persona.name);
        for (const improvement of journey.improvements) if (improvement.owner) stakeholders.add(improvement.owner.name);
        for (const question of questionsOf(journey)) if (question.owner) stakeholders.add(question.owner.name);
        for (const stage of journey.stages) {
            stage.lanes.forEach(actor);
            for (const touchpoint of stage.touchpoints) {
                touchpoint.lanes.forEach(actor);
                if (touchpoint.owner) stakeholders.add(touchpoint.owner.name);
                if (touchpoint.channel) channels.add(touchpoint.channel.name);
            }
        }
    }
    return { personas, stakeholders, channels };
}
