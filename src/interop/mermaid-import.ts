import { LOCALES } from '../i18n/locales.js';
import { sayIn } from '../render/render-messages.js';
import { compact } from './draft-from-model.js';
import { claimName, identifierFrom } from './identifiers.js';
import {
    shownName, type DraftEmotion, type DraftFile, type DraftImprovement, type DraftPersona, type DraftQuestion, type DraftStage,
    type DraftStakeholder, type DraftTouchpoint,
} from './journey-draft.js';
import type {
    ChannelRecord, JourneyRecord, MetadataRecord, PersonaRecord, StageRecord, StakeholderRecord, TouchpointRecord,
} from './mermaid-metadata.js';
import { NotAMermaidJourney, readMermaidJourney, type ReadWarning, type SectionLine, type Statement, type TaskLine } from './mermaid-read.js';
import { NEUTRAL_SCORE, shownScore } from './mermaid-score.js';
import { printJourneyFile } from './print-journey.js';

export { NotAMermaidJourney };

export type ImportWarning = ReadWarning;

export interface MermaidImport {
    /** The .journey file. */
    text: string;
    /** Where Mermaid shows something else than was written, or something could not be kept; by line. */
    warnings: ImportWarning[];
}

/** Names of declarations, by kind. */
export interface DeclaredNames {
    personas: ReadonlySet<string>;
    stakeholders: ReadonlySet<string>;
    channels: ReadonlySet<string>;
}

export interface MermaidImportOptions {
    /**
     * Write the declarations that were in other files at export (records marked shared), so
     * that the file stands alone (default true). False: they live beside it, in a shared file.
     */
    sharedDeclarations?: boolean;
    /** Declared already where the file goes (its neighbours): not written again. */
    declared?: DeclaredNames;
}

/**
 * A Mermaid journey diagram as a .journey file. With the `%% journey-maps:` metadata of
 * `journey export mermaid`, the journey comes back as it was, except where the Mermaid text
 * was edited since (an edit wins), and with the declarations it uses, unless `options` say
 * they are declared elsewhere. Without metadata, the file stands alone: the persona (the
 * actor in every task) and the owners (the other actors) are declared in it, names are made
 * from the texts, and each task's score becomes its emotion.
 *
 * @throws NotAMermaidJourney when the text is not a Mermaid journey diagram at all.
 */
export function importMermaid(source: string, options: MermaidImportOptions = {}): MermaidImport {
    const diagram = readMermaidJourney(source);
    const builder = new DraftBuilder(diagram.warnings);
    const file = leaveOutDeclared(builder.build(diagram.statements, diagram.title, diagram.accDescription), options);
    // Our own export writes accTitle from the title ("Journey map: …" in the journey's language),
    // so that one is no news, with or without its metadata. Anyone else's accTitle is lost.
    const { accTitle } = diagram;
    if (accTitle && !builder.fromOurExport && !isOurAccTitle(accTitle.text, diagram.title)) {
        diagram.warnings.push({ line: accTitle.line, column: accTitle.column, message: `accTitle (the diagram's accessible title) has no place in a .journey file; not imported` });
    }
    const warnings = [...diagram.warnings].sort((a, b) => a.line - b.line || a.column - b.column);
    return { text: printJourneyFile(compact(file)), warnings };
}

function isOurAccTitle(text: string, title: string | undefined): boolean {
    return title !== undefined && LOCALES.some(locale => sayIn(locale)('map.label', { title }) === text);
}

/**
 * The description our export kept in its metadata, unless the diagram's accDescr was edited
 * since. Without a description, the export's accDescr is a summary of the map, not the journey's.
 */
function editedDescription(kept: string | undefined, accDescription: string | undefined): string | undefined {
    if (kept === undefined || accDescription === undefined) return kept;
    return accDescription === kept.replace(/\s+/gu, ' ').trim() ? kept : accDescription;
}

function leaveOutDeclared(file: DraftFile & { shared: Set<object> }, options: MermaidImportOptions): DraftFile {
    const { shared, ...rest } = file;
    const keep = (names: ReadonlySet<string> | undefined) => (declaration: { name: string }) =>
        !names?.has(declaration.name) && (options.sharedDeclarations !== false || !shared.has(declaration));
    return {
        ...rest,
        personas: rest.personas.filter(keep(options.declared?.personas)),
        stakeholders: rest.stakeholders.filter(keep(options.declared?.stakeholders)),
        channels: rest.channels.filter(keep(options.declared?.channels)),
    };
}

interface SectionDraft {
    line?: SectionLine;
    record?: StageRecord;
    tasks: Array<{ line: TaskLine; record?: TouchpointRecord }>;
}

/** The stage tasks before the first `section` go to. */
const FIRST_STAGE = 'Steps';

class DraftBuilder {
    private journeyRecord?: JourneyRecord;

    /** The diagram carries the journey record of `journey export mermaid`. */
    get fromOurExport(): boolean {
        return this.journeyRecord !== undefined;
    }
    private readonly personas: PersonaRecord[] = [];
    private readonly stakeholders: StakeholderRecord[] = [];
    private readonly channels: ChannelRecord[] = [];
    private readonly improvements: DraftImprovement[] = [];
    private readonly questions: DraftQuestion[] = [];
    private readonly sections: SectionDraft[] = [];

    /** Names of personas and stakeholders, known or declared here: new ones must differ. */
    private readonly declarationNames = new Set<string>();
    private readonly newPersonas: DraftPersona[] = [];
    private readonly newStakeholders: DraftStakeholder[] = [];
    private readonly stakeholderByText = new Map<string, string>();

    constructor(private readonly warnings: ImportWarning[]) {}

    /** `shared`: the declarations that were in other files at export. */
    build(statements: Statement[], title: string | undefined, accDescription: string | undefined): DraftFile & { shared: Set<object> } {
        this.collect(statements);
        const record = this.journeyRecord;
        const name = record?.name ?? identifierFrom(title ?? 'Journey', 'Journey');
        const journeyTitle = record ? reconcileTitle(record, title) : title !== undefined && title !== name ? title : undefined;
        this.knowDeclarations();
        const persona = this.persona();
        const stages = this.stages(persona);
        const shared = new Set<object>();
        const declaration = <T extends { kind: string; shared?: boolean }>({ kind, shared: isShared, ...fields }: T) => {
            if (isShared) shared.add(fields);
            return fields;
        };
        return {
            shared,
            personas: [...this.personas.map(declaration), ...this.newPersonas],
            stakeholders: [...this.stakeholders.map(declaration), ...this.newStakeholders],
            channels: this.channels.map(declaration),
            journey: {
                name,
                title: journeyTitle,
                ideal: record?.ideal,
                improves: record?.improves,
                persona: persona?.name,
                outcome: record?.outcome,
                description: record ? editedDescription(record.description, accDescription) : accDescription,
                metrics: record?.metrics,
                stages,
                improvements: this.improvements,
                questions: this.questions,
            },
        };
    }

    private warn(at: { line: number; column: number }, message: string): void {
        this.warnings.push({ line: at.line, column: at.column, message });
    }

    /** Sorts the statements into sections and tasks, each with the record written just before it. */
    private collect(statements: Statement[]): void {
        let pendingStage: { at: TaskLine | SectionLine | { line: number; column: number }; record: StageRecord } | undefined;
        let pendingTouchpoint: { at: { line: number; column: number }; record: TouchpointRecord } | undefined;
        const orphan = (pending: { at: { line: number; column: number }; record: StageRecord | TouchpointRecord } | undefined, next: string) => {
            if (!pending) return;
            this.warn(pending.at, `this journey-maps metadata for ${pending.record.kind} '${pending.record.name}' is not followed by its ${next} line, so it describes nothing; ignored`);
        };
        for (const statement of statements) {
            if (statement.kind === 'record') {
                const record: MetadataRecord = statement.record;
                switch (record.kind) {
                    case 'journey':
                        if (this.journeyRecord) this.warn(statement, `a second journey-maps journey record; ignored`);
                        else this.journeyRecord = record;
                        break;
                    case 'persona': this.personas.push(record); break;
                    case 'stakeholder': this.stakeholders.push(record); break;
                    case 'channel': this.channels.push(record); break;
                    case 'improvement': { const { kind, ...fields } = record; this.improvements.push(fields); break; }
                    case 'question': { const { kind, ...fields } = record; this.questions.push(fields); break; }
                    case 'stage':
                        orphan(pendingStage, 'section');
                        orphan(pendingTouchpoint, 'task');
                        pendingTouchpoint = undefined;
                        pendingStage = { at: statement, record };
                        break;
                    case 'touchpoint':
                        orphan(pendingTouchpoint, 'task');
                        pendingTouchpoint = { at: statement, record };
                        break;
                }
            } else if (statement.kind === 'section') {
                orphan(pendingTouchpoint, 'task');
                pendingTouchpoint = undefined;
                this.sections.push({ line: statement, record: pendingStage?.record, tasks: [] });
                pendingStage = undefined;
            } else {
                orphan(pendingStage, 'section');
                pendingStage = undefined;
                if (this.sections.length === 0) this.sections.push({ tasks: [] });
                this.sections.at(-1)!.tasks.push({ line: statement, record: pendingTouchpoint?.record });
                pendingTouchpoint = undefined;
            }
        }
        orphan(pendingStage, 'section');
        orphan(pendingTouchpoint, 'task');
    }

    private actorTexts(): Record<string, string> {
        return this.journeyRecord?.actors ?? {};
    }

    /** What each known persona and stakeholder is shown as; stakeholders can be found by it. */
    private knowDeclarations(): void {
        const personaName = this.journeyRecord?.persona;
        for (const [name, text] of Object.entries(this.actorTexts())) {
            this.declarationNames.add(name);
            if (name !== personaName && !this.stakeholderByText.has(text)) this.stakeholderByText.set(text, name);
        }
        for (const persona of this.personas) this.declarationNames.add(persona.name);
        for (const stakeholder of this.stakeholders) {
            this.declarationNames.add(stakeholder.name);
            if (!this.stakeholderByText.has(shownName(stakeholder))) this.stakeholderByText.set(shownName(stakeholder), stakeholder.name);
        }
        if (personaName) this.declarationNames.add(personaName);
    }

    /** The persona: from the metadata, else the first actor that takes part in every task. */
    private persona(): { name: string; text: string } | undefined {
        const record = this.journeyRecord;
        if (record) {
            if (!record.persona) return undefined;
            const declared = this.personas.find(p => p.name === record.persona);
            return { name: record.persona, text: this.actorTexts()[record.persona] ?? (declared ? shownName(declared) : record.persona) };
        }
        const casts = this.sections.flatMap(s => s.tasks).map(t => t.line.actors).filter(actors => actors.length > 0);
        const text = casts[0]?.find(actor => casts.every(cast => cast.includes(actor)));
        if (text === undefined) return undefined;
        const name = claimName(identifierFrom(text, 'Persona'), this.declarationNames);
        this.newPersonas.push({ name, title: name === text ? undefined : text });
        return { name, text };
    }

    private stakeholderFor(text: string): string {
        const known = this.stakeholderByText.get(text);
        if (known) return known;
        const name = claimName(identifierFrom(text, 'Stakeholder'), this.declarationNames);
        this.newStakeholders.push({ name, title: name === text ? undefined : text });
        this.stakeholderByText.set(text, name);
        return name;
    }

    private stages(persona: { name: string; text: string } | undefined): DraftStage[] {
        // Names from the metadata are kept; a name given twice (a copied line) gets a number.
        const stageNames = new Set<string>();
        const touchpointNames = new Set<string>();
        const keep = (name: string, taken: Set<string>, at: { line: number; column: number }, kind: string) => {
            if (!taken.has(name)) {
                taken.add(name);
                return name;
            }
            const fresh = claimName(name, taken);
            this.warn(at, `the journey-maps metadata names ${kind} '${name}' twice; this one is imported as '${fresh}'`);
            return fresh;
        };
        const recordedStage = new Map<SectionDraft, string>();
        const recordedTouchpoint = new Map<TaskLine, string>();
        for (const section of this.sections) {
            if (section.record) recordedStage.set(section, keep(section.record.name, stageNames, section.line!, 'stage'));
            for (const task of section.tasks) {
                if (task.record) recordedTouchpoint.set(task.line, keep(task.record.name, touchpointNames, task.line, 'touchpoint'));
            }
        }
        return this.sections.map(section => {
            const { kind, ...fields } = section.record ?? { kind: 'stage' as const, name: '' };
            const text = section.line?.text;
            const named = recordedStage.get(section);
            const stage: DraftStage = named !== undefined
                ? { ...fields, name: named, title: reconcileTitle(section.record!, text), touchpoints: [] }
                : { ...freshNameAndTitle(text ?? FIRST_STAGE, 'Stage', stageNames), touchpoints: [] };
            stage.touchpoints = section.tasks.map(task => this.touchpoint(task, recordedTouchpoint.get(task.line), touchpointNames, persona));
            return stage;
        });
    }

    private touchpoint(task: SectionDraft['tasks'][number], recordedName: string | undefined, taken: Set<string>, persona: { name: string; text: string } | undefined): DraftTouchpoint {
        const { line, record } = task;
        const { kind, feeling, score, noEmotion, ...fields } = record ?? { kind: 'touchpoint' as const, name: '' };
        const touchpoint: DraftTouchpoint = recordedName !== undefined && record
            ? { ...fields, name: recordedName, title: reconcileTitle(record, line.text) }
            : freshNameAndTitle(line.text, 'Touchpoint', taken);
        touchpoint.emotion = reconcileEmotion(line.score, record && { feeling, score, noEmotion });
        const cast = [...new Set(line.actors)];
        const ownerText = record?.owner !== undefined ? this.actorTexts()[record.owner] ?? record.owner : undefined;
        const expected = new Set([persona?.text, ownerText].filter((a): a is string => a !== undefined));
        if (record && cast.length === expected.size && cast.every(actor => expected.has(actor))) {
            touchpoint.owner = record.owner;
            return touchpoint;
        }
        const others = cast.filter(actor => actor !== persona?.text);
        touchpoint.owner = others.length ? this.stakeholderFor(others[0]) : undefined;
        if (others.length > 1) {
            const extra = others.slice(1);
            this.warn(line, `a touchpoint has one owner: '${others[0]}' is its owner, and ${extra.map(a => `'${a}'`).join(', ')} ${extra.length === 1 ? 'is' : 'are'} noted in its description`);
            const note = `Also involved: ${extra.join(', ')}.`;
            touchpoint.description = touchpoint.description ? `${touchpoint.description} ${note}` : note;
        }
        return touchpoint;
    }
}

/** The title to keep: the recorded one, unless the text shown in Mermaid was changed since. */
function reconcileTitle(record: { name: string; title?: string }, shown: string | undefined): string | undefined {
    if (shown === undefined || shown.trim() === shownName(record).trim()) return record.title;
    return shown;
}

function freshNameAndTitle(text: string, kind: string, taken: Set<string>): { name: string; title?: string } {
    const name = claimName(identifierFrom(text, kind), taken);
    return { name, title: name === text ? undefined : text };
}

function reconcileEmotion(shown: number | undefined, record: Pick<TouchpointRecord, 'feeling' | 'score' | 'noEmotion'> | undefined): DraftEmotion | undefined {
    if (shown === undefined) return undefined;
    if (!record) return { score: shown };
    if (record.noEmotion) return shown === NEUTRAL_SCORE ? undefined : { score: shown };
    const score = record.score !== undefined && shownScore(record.score) === shown ? record.score : shown;
    return { score, feeling: record.feeling };
}
