import { fileURLToPath } from 'node:url';
import type { Gap } from '../model/gap.js';
import type { EmotionComparison, GapReport } from '../model/gap-report.js';
import { displayPath, type ReportedDiagnostic } from './diagnostic-report.js';

/** The `gaps` section of `journey check --format json`: the gap report, in the diagnostics' terms. */
export interface CliGapSection {
    journeys: {
        journey: string;
        title?: string;
        kind: 'actual' | 'ideal';
        file: string;
        touchpoints: number;
        touchpointsWithoutOwner: number;
        counts: Record<string, number>;
        gaps: ReportedDiagnostic[];
    }[];
    pairs: {
        actual: string;
        ideal: string;
        counts: Record<string, number>;
        emotions: EmotionComparison[];
        gaps: ReportedDiagnostic[];
    }[];
    /** Gaps that belong to no journey: unused personas, stakeholders and channels. */
    declarations: ReportedDiagnostic[];
}

/** Keeps what concerns the files that were checked: their journeys, pairs with one of them, their declarations. */
export function gapSection(report: GapReport, targetUris: ReadonlySet<string>): CliGapSection {
    const journeys = report.journeys.filter(j => targetUris.has(j.uri));
    const names = new Set(journeys.map(j => j.journey));
    return {
        journeys: journeys.map(j => ({
            journey: j.journey, title: j.title, kind: j.kind, file: fileOf(j.uri),
            touchpoints: j.touchpoints, touchpointsWithoutOwner: j.touchpointsWithoutOwner,
            counts: j.counts, gaps: j.gaps.map(reported),
        })),
        pairs: report.pairs
            .filter(p => names.has(p.actual) || names.has(p.ideal))
            .map(p => ({ actual: p.actual, ideal: p.ideal, counts: p.counts, emotions: p.emotions, gaps: p.gaps.map(reported) })),
        declarations: report.workspaceGaps.filter(g => targetUris.has(g.location.uri)).map(reported),
    };
}

function reported(gap: Gap): ReportedDiagnostic {
    const { start, end } = gap.location.range;
    return {
        file: fileOf(gap.location.uri),
        line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
        severity: gap.severity, code: gap.code, message: gap.message,
    };
}

function fileOf(uri: string): string {
    return displayPath(fileURLToPath(uri));
}
