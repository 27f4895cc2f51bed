// The custom LSP messages between the Journey Maps language server and its clients, typed
// once for both sides (the VS Code extension imports this file too). Methods are plain
// names rather than shared RequestType objects: the server and the client are built on
// different vscode-jsonrpc majors, whose RequestType classes do not mix.
import type { GapReport } from '../model/gap-report.js';

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

/** Client-side commands the server's code lenses invoke. */
export const ClientCommands = {
    showGapReport: 'journey.showGapReport',
} as const;
