// The messages between the playground page and its language worker. Every request carries the
// editor's document version; the worker answers the newest request it has and drops the others,
// and the page ignores an answer older than what it already shows (latest wins).
import type { Locale } from '../i18n/locales.js';
import type { View } from '../render/render-svg.js';

export type PageTheme = 'light' | 'dark';
export type DiagnosticSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic in the page's terms: offsets into the text it was computed for. */
export interface PlaygroundDiagnostic {
    from: number;
    to: number;
    severity: DiagnosticSeverity;
    message: string;
    /** The rule or check, e.g. `missing-owner`, `unknown-keyword`. */
    code?: string;
}

export interface PlaygroundCompletion {
    label: string;
    detail?: string;
    /** CodeMirror's completion type (its icon): keyword, variable, enum, text, … */
    type?: string;
    /** What to insert: plain text, or a CodeMirror snippet template when `snippet` is set. */
    insert: string;
    snippet: boolean;
    /** Where the inserted text starts (the word being completed): an offset into the text. */
    from: number;
    sortText?: string;
    filterText?: string;
}

export interface AnalyseRequest {
    type: 'analyse';
    version: number;
    text: string;
    view: View;
    /** The journey to draw; undefined: the first actual journey. */
    journey?: string;
    theme: PageTheme;
    /** The language of the gap messages and the drawing; default English. */
    locale?: Locale;
}

export interface CompleteRequest {
    type: 'complete';
    id: number;
    version: number;
    text: string;
    offset: number;
}

export type ToWorker = AnalyseRequest | CompleteRequest;

export interface AnalyseResult {
    type: 'analysed';
    version: number;
    diagnostics: PlaygroundDiagnostic[];
    /** The map, drawn with the shared renderer; undefined when it could not be drawn. */
    svg?: string;
    journeys: string[];
    /** The journey drawn. */
    journey?: string;
    view: View;
    /** The text has errors, and the map is the last one drawn without. */
    lastGood: boolean;
    /** Set when drawing failed: one line saying why. */
    failure?: string;
}

export interface CompleteResult {
    type: 'completed';
    id: number;
    version: number;
    items: PlaygroundCompletion[];
}

export interface WorkerReady {
    type: 'ready';
}

export type FromWorker = AnalyseResult | CompleteResult | WorkerReady;
