/**
 * The journey model: plain, serialisable data computed from the linked maps of a workspace.
 * Gap rules, the renderer and the CLI read this, never the syntax tree. Its JSON Schema is
 * schemas/journey-model.v1.schema.json (what `journey export json` writes); bump MODEL_VERSION and publish a new schema file on any incompatible change.
 */
export const MODEL_VERSION = 1;

/** LSP positions: 0-based line, character in UTF-16 code units. */
export interface Position {
    line: number;
    character: number;
}

export interface Range {
    start: Position;
    end: Position;
}

export interface Source {
    uri: string;
    /** The whole element. */
    range: Range;
    /** Its name, where it has one: where diagnostics about the element point. */
    nameRange?: Range;
}

/** A name written in the map, pointing at a declaration; `resolved` is false if none exists. */
export interface NameRef {
    name: string;
    resolved: boolean;
    range: Range;
}

export type Level = 'low' | 'medium' | 'high';
export type Evidence = 'observed' | 'assumed' | 'proposed';
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export type ImprovementStatus = 'proposed' | 'planned' | 'started' | 'done';
export type Lane = 'frontstage' | 'backstage' | 'support';

export interface PersonaModel {
    name: string;
    title?: string;
    description?: string;
    segment?: string;
    goals: string[];
    needs: string[];
    source: Source;
}

export interface StakeholderModel {
    name: string;
    title?: string;
    influence?: Level;
    interest?: Level;
    description?: string;
    source: Source;
}

export interface ChannelModel {
    name: string;
    title?: string;
    description?: string;
    source: Source;
}

export interface Quantity {
    value: number;
    unit?: string;
    range: Range;
}

export interface MetricModel {
    name: string;
    title?: string;
    actual?: Quantity;
    target?: Quantity;
    /** From `target <= …` (at-most) or `target >= …` (at-least); absent when not written. */
    comparison?: 'at-most' | 'at-least';
    source: Source;
}

export interface LaneActionModel {
    lane: Lane;
    text: string;
    actor?: NameRef;
    source: Source;
}

export interface QuestionModel {
    text: string;
    answer?: string;
    about: NameRef[];
    owner?: NameRef;
    source: Source;
}

export interface EmotionModel {
    score: number;
    feeling?: string;
    range: Range;
}

export interface TouchpointModel {
    name: string;
    title?: string;
    /** The stage it belongs to. */
    stage: string;
    /** Position in the whole journey, left to right, from 0. */
    index: number;
    channel?: NameRef;
    owner?: NameRef;
    emotion?: EmotionModel;
    description?: string;
    needs: string[];
    perceptions: string[];
    successCriteria: string[];
    pains: string[];
    momentOfTruth: boolean;
    givesUp: boolean;
    giveUpReason?: string;
    reachesOutcome: boolean;
    repeats?: NameRef;
    evidence?: Evidence;
    metrics: MetricModel[];
    lanes: LaneActionModel[];
    questions: QuestionModel[];
    source: Source;
}

export interface StageModel {
    name: string;
    title?: string;
    description?: string;
    metrics: MetricModel[];
    lanes: LaneActionModel[];
    questions: QuestionModel[];
    touchpoints: TouchpointModel[];
    source: Source;
}

export interface ImprovementModel {
    name: string;
    title?: string;
    addresses: NameRef[];
    owner?: NameRef;
    priority?: Priority;
    status?: ImprovementStatus;
    description?: string;
    source: Source;
}

export interface JourneyModel {
    name: string;
    title?: string;
    kind: 'actual' | 'ideal';
    /** For an ideal journey: the actual journey it improves. */
    improves?: NameRef;
    persona?: NameRef;
    outcome?: string;
    /** `language el`: the language it is written in, as the map says it (one of en, el, da, it, es when valid). */
    language?: string;
    description?: string;
    metrics: MetricModel[];
    stages: StageModel[];
    improvements: ImprovementModel[];
    questions: QuestionModel[];
    source: Source;
}

export interface WorkspaceModel {
    version: typeof MODEL_VERSION;
    personas: PersonaModel[];
    stakeholders: StakeholderModel[];
    channels: ChannelModel[];
    journeys: JourneyModel[];
}

/** Every touchpoint of a journey, left to right. */
export function touchpointsOf(journey: JourneyModel): TouchpointModel[] {
    return journey.stages.flatMap(stage => stage.touchpoints);
}

/** Every question of a journey, wherever it is asked. */
export function questionsOf(journey: JourneyModel): QuestionModel[] {
    return [
        ...journey.questions,
        ...journey.stages.flatMap(stage => [...stage.questions, ...stage.touchpoints.flatMap(t => t.questions)]),
    ];
}
