import type { Evidence, ImprovementStatus, Lane, Level, Priority } from '../model/journey-model.js';

/**
 * A journey file as plain data, without source positions or link state: what the Mermaid
 * export keeps in its `%% journey-maps:` comments, and what the import prints back as
 * .journey text. References are names. Empty lists and false flags are left out, so that
 * the records stay short.
 */
export interface DraftQuantity {
    value: number;
    unit?: string;
}

export interface DraftMetric {
    name: string;
    title?: string;
    actual?: DraftQuantity;
    target?: DraftQuantity;
    comparison?: 'at-most' | 'at-least';
}

export interface DraftLane {
    lane: Lane;
    text: string;
    actor?: string;
}

export interface DraftQuestion {
    text: string;
    answer?: string;
    about?: string[];
    owner?: string;
}

export interface DraftEmotion {
    score: number;
    feeling?: string;
}

export interface DraftTouchpoint {
    name: string;
    title?: string;
    channel?: string;
    owner?: string;
    emotion?: DraftEmotion;
    description?: string;
    needs?: string[];
    perceptions?: string[];
    successCriteria?: string[];
    pains?: string[];
    momentOfTruth?: boolean;
    givesUp?: boolean;
    giveUpReason?: string;
    reachesOutcome?: boolean;
    repeats?: string;
    evidence?: Evidence;
    metrics?: DraftMetric[];
    lanes?: DraftLane[];
    questions?: DraftQuestion[];
}

export interface DraftStage {
    name: string;
    title?: string;
    description?: string;
    metrics?: DraftMetric[];
    lanes?: DraftLane[];
    questions?: DraftQuestion[];
    touchpoints: DraftTouchpoint[];
}

export interface DraftImprovement {
    name: string;
    title?: string;
    addresses?: string[];
    owner?: string;
    priority?: Priority;
    status?: ImprovementStatus;
    description?: string;
}

export interface DraftJourney {
    name: string;
    title?: string;
    ideal?: boolean;
    improves?: string;
    persona?: string;
    outcome?: string;
    /** `language el`. */
    language?: string;
    description?: string;
    metrics?: DraftMetric[];
    stages: DraftStage[];
    improvements?: DraftImprovement[];
    questions?: DraftQuestion[];
}

export interface DraftPersona {
    name: string;
    title?: string;
    description?: string;
    segment?: string;
    goals?: string[];
    needs?: string[];
}

export interface DraftStakeholder {
    name: string;
    title?: string;
    influence?: Level;
    interest?: Level;
    description?: string;
}

export interface DraftChannel {
    name: string;
    title?: string;
    description?: string;
}

/** One .journey file: the declarations it holds, then its journey. */
export interface DraftFile {
    personas: DraftPersona[];
    stakeholders: DraftStakeholder[];
    channels: DraftChannel[];
    journey: DraftJourney;
}

/** What a reader sees for a named element: its title, or its name when it has none. */
export function shownName(element: { name: string; title?: string }): string {
    return element.title || element.name;
}
