// The custom LSP messages between the Journey Maps language server and its clients, typed
// once for both sides (the VS Code extension imports this file too). Methods are plain
// names rather than shared RequestType objects: the server and the client are built on
// different vscode-jsonrpc majors, whose RequestType classes do not mix.
import type { Gap } from '../model/gap.js';
import type { GapReport } from '../model/gap-report.js';
import type { Range, WorkspaceModel } from '../model/journey-model.js';
import type { Locale } from '../i18n/locales.js';

export type { EmotionComparison, GapReport, JourneyGapSummary, JourneyPairSummary } from '../model/gap-report.js';

export interface GapReportParams {
    /** Only the journeys declared in this document; the whole workspace when left out. */
    uri?: string;
}

/** `journey/gapReport`: counts by code, emotions actual against ideal, and the gaps, per journey and pair. */
export const GapReportRequest = {
    method: 'journey/gapReport',
} as const satisfies { method: string };

export type GapReportResult = GapReport;

/**
 * `journey/modelChanged` (server → client, no payload): the workspace was validated again.
 * Clients that draw the map pull the model with `journey/model`; nothing is pushed.
 */
export const ModelChangedNotification = {
    method: 'journey/modelChanged',
} as const satisfies { method: string };

export interface ModelParams {
    /** The document the client shows; its error count comes back with the model. */
    uri: string;
}

export interface ModelResult {
    model: WorkspaceModel;
    gaps: Gap[];
    /** Errors in the document: a client keeps its last good picture while there are any. */
    errors: number;
    /** The language of the gap messages, for the drawing's words too (journey.locale, journey.config.json, the editor's). */
    locale?: Locale;
}

/** `journey/model`: the workspace model and its gaps, as the renderer takes them. */
export const ModelRequest = {
    method: 'journey/model',
} as const satisfies { method: string };

export interface MatchingTouchpointParams {
    textDocument: { uri: string };
    /** Anywhere inside the touchpoint. */
    position: { line: number; character: number };
}

/** A counterpart: where its name is, and the journey it is in. */
export interface MatchingTouchpoint {
    uri: string;
    range: Range;
    /** The name of the journey that holds it. */
    journey: string;
    /** That journey's title, when it has one. */
    title?: string;
}

/**
 * Every counterpart, in the workspace's order of journeys: one for an ideal touchpoint (in the actual
 * journey), one per ideal journey that has it for an actual touchpoint. Empty outside a
 * touchpoint or when there is none.
 */
export type MatchingTouchpointResult = MatchingTouchpoint[];

/** `journey/matchingTouchpoint`: the same-named touchpoint in the paired ideal/actual journey. */
export const MatchingTouchpointRequest = {
    method: 'journey/matchingTouchpoint',
} as const satisfies { method: string };

/** Client-side commands the server's code lenses invoke. */
export const ClientCommands = {
    showGapReport: 'journey.showGapReport',
    openPreview: 'journey.openPreviewToSide',
} as const;

/**
 * The workspace's files, read through the client (server → client requests). The language
 * server in a web worker (vscode.dev, github.dev) has no disk: it asks the extension, which
 * reads with `vscode.workspace.fs`, so declarations in files that are not open are found there
 * too. URIs are strings as VS Code prints them.
 */
export interface FileParams {
    uri: string;
}

/** A file or folder entry; `undefined` result from `journey/fs/stat` means it does not exist. */
export interface FileEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** `journey/fs/readFile`: the file's text (UTF-8); a request error when it cannot be read. */
export const ReadFileRequest = {
    method: 'journey/fs/readFile',
} as const satisfies { method: string };

/** `journey/fs/readDirectory`: the entries of a folder. */
export const ReadDirectoryRequest = {
    method: 'journey/fs/readDirectory',
} as const satisfies { method: string };

/** `journey/fs/stat`: what is at a URI, or null when nothing is. */
export const StatRequest = {
    method: 'journey/fs/stat',
} as const satisfies { method: string };

/** What the web extension tells the language server in its web worker at initialize. */
export interface WebInitializationOptions {
    /** Where the rule pages (docs/rules/<code>.md) are: the extension's own address. */
    ruleDocsBase?: string;
}
