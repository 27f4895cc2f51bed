import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareReported, toReported, type ReportedDiagnostic } from '../cli/diagnostic-report.js';
import type { OpenWorkspace } from '../cli/open-workspace.js';
import type { Locale } from '../i18n/locales.js';
import type { Gap } from '../model/gap.js';
import { GAP_RULES } from '../model/gap-rules/index.js';
import { MODEL_VERSION, type WorkspaceModel } from '../model/journey-model.js';

const GAP_CODES = new Set(GAP_RULES.map(rule => rule.code));

/** The served folder as it was read at one moment: what every tool answers from. */
export interface WorkspaceSnapshot {
    /** The served folder (absolute). */
    root: string;
    /** The .journey files, relative to the root, with forward slashes. */
    files: string[];
    model: WorkspaceModel;
    gaps: Gap[];
    /**
     * What is wrong with the maps as text, besides gaps: syntax errors, names that resolve to
     * nothing. With errors, the model and the gaps are what could be read.
     */
    problems: ReportedDiagnostic[];
    locale: Locale;
    /** A gap's or element's file (a file: URI), relative to the root. */
    fileOf(uri: string): string;
}

export function snapshotOf(root: string, workspace: OpenWorkspace): WorkspaceSnapshot {
    const analysis = workspace.services.Journey.gaps.Analysis;
    const relative = (file: string) => relativeTo(root, file);
    const problems = workspace.files.targets.flatMap(file => (workspace.documents.get(file)?.diagnostics ?? [])
        .map(diagnostic => toReported(relative(file), diagnostic)))
        .filter(d => !GAP_CODES.has(d.code))
        .sort(compareReported);
    return {
        root,
        files: workspace.files.targets.map(relative),
        model: analysis.getModel(),
        gaps: analysis.getGaps(),
        problems,
        locale: workspace.locale,
        fileOf: uri => relative(fileURLToPath(uri)),
    };
}

/** A folder without a single .journey file yet: nothing to report, but nothing is wrong either. */
export function emptySnapshot(root: string, locale: Locale): WorkspaceSnapshot {
    return {
        root, files: [], gaps: [], problems: [], locale,
        model: { version: MODEL_VERSION, personas: [], stakeholders: [], channels: [], journeys: [] },
        fileOf: uri => relativeTo(root, fileURLToPath(uri)),
    };
}

function relativeTo(root: string, file: string): string {
    const relative = path.relative(root, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}
