import type {
    DraftChannel, DraftImprovement, DraftJourney, DraftPersona, DraftQuestion, DraftStage, DraftStakeholder, DraftTouchpoint,
} from './journey-draft.js';

/**
 * The `%% journey-maps: {json}` comment lines of an exported Mermaid diagram: what Mermaid
 * cannot show, one record per line, each placed just before the line it describes (a stage's
 * before its `section`, a touchpoint's before its task). Mermaid drops `%%` lines before it
 * parses, so they change nothing in the drawing.
 *
 * What Mermaid shows (title, section and task texts, scores, actors) is not trusted from the
 * records: the import compares it with what the record would have shown, and an edit made in
 * the Mermaid text wins. So records hold names, the titles to compare with, and the rest.
 */
export const METADATA_PREFIX = '%% journey-maps:';
/** Bump when a record changes incompatibly; the import warns about a newer format. */
export const METADATA_FORMAT = 1;

export interface JourneyRecord extends Omit<DraftJourney, 'stages' | 'improvements' | 'questions'> {
    kind: 'journey';
    format: number;
    /** The actor text shown for the persona and each owner, by name. */
    actors?: Record<string, string>;
}
export interface StageRecord extends Omit<DraftStage, 'touchpoints'> { kind: 'stage' }
export interface TouchpointRecord extends Omit<DraftTouchpoint, 'emotion'> {
    kind: 'touchpoint';
    feeling?: string;
    /** The emotion score, only when it is not the whole 1–5 score shown. */
    score?: number;
    /** The touchpoint had no emotion: Mermaid shows it with the neutral score 3. */
    noEmotion?: boolean;
}
export interface ImprovementRecord extends DraftImprovement { kind: 'improvement' }
export interface QuestionRecord extends DraftQuestion { kind: 'question' }
/**
 * A declaration the journey uses. `shared`: it was written in another file than the journey
 * (a shared people file), so an import next to that file leaves it out.
 */
export interface PersonaRecord extends DraftPersona { kind: 'persona'; shared?: boolean }
export interface StakeholderRecord extends DraftStakeholder { kind: 'stakeholder'; shared?: boolean }
export interface ChannelRecord extends DraftChannel { kind: 'channel'; shared?: boolean }

export type MetadataRecord =
    | JourneyRecord | StageRecord | TouchpointRecord | ImprovementRecord | QuestionRecord
    | PersonaRecord | StakeholderRecord | ChannelRecord;

/**
 * One comment line. The JSON stays on one line; `%` is written `\u0025` so that no text can
 * form a `%%{…}%%` directive (Mermaid looks for those even inside comments), and the Unicode
 * line separators are escaped so that no tool sees a line break inside the comment.
 */
export function metadataLine(record: MetadataRecord): string {
    const json = JSON.stringify(record).replace(/[%\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${METADATA_PREFIX} ${json}`;
}

export type ReadRecord =
    | { ok: true; record: MetadataRecord; problems: string[] }
    | { ok: false; problem: string };

/** Reads the text after `%% journey-maps:`; fields of the wrong type are dropped and reported. */
export function readMetadata(json: string): ReadRecord {
    let value: unknown;
    try {
        value = JSON.parse(json);
    } catch {
        return { ok: false, problem: 'journey-maps metadata that is not valid JSON; ignored' };
    }
    if (!isObject(value) || typeof value.kind !== 'string' || !Object.hasOwn(FIELDS, value.kind)) {
        return { ok: false, problem: `journey-maps metadata of an unknown kind${isObject(value) && typeof value.kind === 'string' ? ` '${value.kind}'` : ''}; ignored` };
    }
    const kind = value.kind as MetadataRecord['kind'];
    const fields = FIELDS[kind];
    const required = kind === 'question' ? 'text' : 'name';
    if (typeof value[required] !== 'string') return { ok: false, problem: `journey-maps ${kind} metadata without a ${required}; ignored` };
    const record: Record<string, unknown> = { kind };
    const problems: string[] = [];
    for (const [field, check] of Object.entries(fields)) {
        if (value[field] === undefined) continue;
        if (check(value[field])) record[field] = value[field];
        else problems.push(`journey-maps ${kind} metadata: '${field}' is not what it should be; ignored`);
    }
    if (kind === 'journey' && typeof record.format === 'number' && record.format > METADATA_FORMAT) {
        problems.push(`journey-maps metadata format ${record.format} is newer than this version reads (${METADATA_FORMAT}); some of it may be lost`);
    }
    return { ok: true, record: record as unknown as MetadataRecord, problems };
}

type Check = (value: unknown) => boolean;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text: Check = value => typeof value === 'string';
const texts: Check = value => Array.isArray(value) && value.every(text);
const flag: Check = value => typeof value === 'boolean';
const finite: Check = value => typeof value === 'number' && Number.isFinite(value);
const oneOf = (...values: string[]): Check => value => typeof value === 'string' && values.includes(value);
const listOf = (item: Check): Check => value => Array.isArray(value) && value.every(item);
const shape = (fields: Record<string, Check>, required: string[]): Check => value =>
    isObject(value) && required.every(name => value[name] !== undefined)
    && Object.entries(fields).every(([name, check]) => value[name] === undefined || check(value[name]));

const level = oneOf('low', 'medium', 'high');
const quantity = shape({ value: finite, unit: text }, ['value']);
const metrics = listOf(shape({ name: text, title: text, actual: quantity, target: quantity, comparison: oneOf('at-most', 'at-least') }, ['name']));
const lanes = listOf(shape({ lane: oneOf('frontstage', 'backstage', 'support'), text, actor: text }, ['lane', 'text']));
const questionFields = { text, answer: text, about: texts, owner: text };
const questions = listOf(shape(questionFields, ['text']));
const actors: Check = value => isObject(value) && Object.values(value).every(text);

const FIELDS: Record<MetadataRecord['kind'], Record<string, Check>> = {
    journey: {
        format: finite, name: text, title: text, ideal: flag, improves: text, persona: text, outcome: text, description: text, metrics, actors,
    },
    stage: { name: text, title: text, description: text, metrics, lanes, questions },
    touchpoint: {
        name: text, title: text, channel: text, owner: text, feeling: text, score: finite, noEmotion: flag, description: text,
        needs: texts, perceptions: texts, successCriteria: texts, pains: texts, momentOfTruth: flag, givesUp: flag, giveUpReason: text,
        reachesOutcome: flag, repeats: text, evidence: oneOf('observed', 'assumed', 'proposed'), metrics, lanes, questions,
    },
    improvement: { name: text, title: text, addresses: texts, owner: text, priority: oneOf('P1', 'P2', 'P3', 'P4'), status: oneOf('proposed', 'planned', 'started', 'done'), description: text },
    question: questionFields,
    persona: { name: text, title: text, description: text, segment: text, goals: texts, needs: texts, shared: flag },
    stakeholder: { name: text, title: text, influence: level, interest: level, description: text, shared: flag },
    channel: { name: text, title: text, description: text, shared: flag },
};
