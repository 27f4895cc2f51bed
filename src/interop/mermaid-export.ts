import { journeyLocale } from '../model/journey-language.js';
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { journeyOverview } from '../render/accessible-summary.js';
import { sayIn } from '../render/render-messages.js';
import { compact, draftFromModel, sharedDeclarations } from './draft-from-model.js';
import { shownName, type DraftTouchpoint } from './journey-draft.js';
import { metadataLine, METADATA_FORMAT, type MetadataRecord, type TouchpointRecord } from './mermaid-metadata.js';
import { shownScore } from './mermaid-score.js';
import { mermaidAccessibleText, mermaidActor, mermaidTaskName, mermaidText } from './mermaid-text.js';

export interface MermaidExportOptions {
    /** Keep everything Mermaid cannot show in `%% journey-maps:` comments (default true). */
    metadata?: boolean;
}

/**
 * A journey as a Mermaid `journey` diagram: the title, a `section` per stage and a task per
 * touchpoint, scored by its emotion, with the persona and the owner as actors. With metadata
 * (the default), `journey import mermaid` gives the same journey back, with the persona,
 * stakeholders and channels it uses (those of other files marked shared); without, it is a
 * plain diagram for people to read.
 */
export function exportMermaid(model: WorkspaceModel, journeyName: string, options: MermaidExportOptions = {}): string {
    const journey = model.journeys.find(j => j.name === journeyName);
    if (!journey) throw new Error(`no journey named '${journeyName}'`);
    const withMetadata = options.metadata ?? true;
    const file = draftFromModel(model, journey);
    const draft = file.journey;
    const actorText = actorTexts(model, journey);
    const persona = draft.persona !== undefined ? actorText.get(draft.persona) : undefined;

    const lines = ['journey'];
    const note = (indent: string, record: MetadataRecord) => {
        if (withMetadata) lines.push(indent + metadataLine(compact(record)));
    };
    // The declarations from other files too, marked shared, so that the import can stand alone.
    const shared = sharedDeclarations(model, journey);
    for (const persona of file.personas) note('    ', { kind: 'persona', ...persona });
    for (const persona of shared.personas) note('    ', { kind: 'persona', ...persona, shared: true });
    for (const stakeholder of file.stakeholders) note('    ', { kind: 'stakeholder', ...stakeholder });
    for (const stakeholder of shared.stakeholders) note('    ', { kind: 'stakeholder', ...stakeholder, shared: true });
    for (const channel of file.channels) note('    ', { kind: 'channel', ...channel });
    for (const channel of shared.channels) note('    ', { kind: 'channel', ...channel, shared: true });
    const { stages, improvements, questions, ...journeyFields } = draft;
    note('    ', { kind: 'journey', format: METADATA_FORMAT, ...journeyFields, actors: actorText.size ? Object.fromEntries(actorText) : undefined });
    lines.push(`    title ${mermaidText(shownName(draft))}`);
    // What a screen reader announces for Mermaid's drawing: its name, and the journey's own
    // description or, without one, the same summary our drawings carry in their <desc>.
    const say = sayIn(journeyLocale(journey) ?? 'en');
    lines.push(`    accTitle: ${accessibleText(say('map.label', { title: shownName(draft) }))}`);
    lines.push(`    accDescr: ${accessibleText(journey.description ?? journeyOverview(model, journey, say))}`);
    for (const stage of stages) {
        const { touchpoints, ...stageFields } = stage;
        note('    ', { kind: 'stage', ...stageFields });
        lines.push(`    section ${mermaidText(shownName(stage))}`);
        for (const touchpoint of touchpoints) {
            note('        ', touchpointRecord(touchpoint));
            const owner = touchpoint.owner !== undefined ? actorText.get(touchpoint.owner) : undefined;
            const actors = [...new Set([persona, owner].filter((a): a is string => a !== undefined))];
            const score = shownScore(touchpoint.emotion?.score);
            lines.push(`        ${mermaidTaskName(shownName(touchpoint))}: ${score}${actors.length ? `: ${actors.map(mermaidActor).join(', ')}` : ''}`);
        }
    }
    for (const improvement of improvements ?? []) note('    ', { kind: 'improvement', ...improvement });
    for (const question of questions ?? []) note('    ', { kind: 'question', ...question });
    return lines.join('\n') + '\n';
}

/** accTitle and accDescr take the rest of their line: the text, on one line. */
function accessibleText(text: string): string {
    return mermaidAccessibleText(text.replace(/\s+/gu, ' ').trim());
}

function touchpointRecord(touchpoint: DraftTouchpoint): TouchpointRecord {
    const { emotion, ...fields } = touchpoint;
    if (!emotion) return { kind: 'touchpoint', ...fields, noEmotion: true };
    return {
        kind: 'touchpoint', ...fields, feeling: emotion.feeling,
        score: shownScore(emotion.score) === emotion.score ? undefined : emotion.score,
    };
}

/** The actor text for the persona and each owner: their title, or their name. */
function actorTexts(model: WorkspaceModel, journey: JourneyModel): Map<string, string> {
    const texts = new Map<string, string>();
    if (journey.persona) {
        const persona = model.personas.find(p => p.name === journey.persona!.name);
        texts.set(journey.persona.name, persona ? shownName(persona) : journey.persona.name);
    }
    for (const touchpoint of journey.stages.flatMap(s => s.touchpoints)) {
        if (!touchpoint.owner || texts.has(touchpoint.owner.name)) continue;
        const stakeholder = model.stakeholders.find(s => s.name === touchpoint.owner!.name);
        texts.set(touchpoint.owner.name, stakeholder ? shownName(stakeholder) : touchpoint.owner.name);
    }
    return texts;
}
