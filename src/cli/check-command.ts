import { buildGapReport } from '../model/gap-report.js';
import { ExitCode } from './cli-error.js';
import { cliText } from './cli-messages.js';
import { compareReported, displayPath, formatJson, formatText, toReported, type ReportedDiagnostic } from './diagnostic-report.js';
import { formatGithub } from './format-github.js';
import { formatSarif } from './format-sarif.js';
import { gapSection } from './gap-section.js';
import { localeOption } from './locale-option.js';
import { openWorkspace, type OpenWorkspace } from './open-workspace.js';
import { ProgressLine } from './progress-line.js';
import type { Paint } from './terminal-colour.js';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

export interface CheckOptions {
    format: OutputFormat;
    /** A journey.config.json to use instead of the nearest one. */
    config?: string;
    /** More warnings than this fail the check (exit 1), as errors do. */
    maxWarnings?: number;
    /** Where the rule pages are published, for SARIF help links. */
    docsUrl?: string;
    /** The path standard input (`-`) stands for. */
    stdinFilename?: string;
    /** Colours for the text format (a terminal); json, sarif and github output is never coloured. */
    paint?: Paint;
    /** Where `checking 240/1000 files…` is drawn; it draws only on a terminal. Default: stderr. */
    progress?: ProgressLine;
    /** --locale: the language of the gap messages (over journey.config.json's `locale`). */
    locale?: string;
}

export interface CheckResult {
    exitCode: number;
    output: string;
    diagnostics: ReportedDiagnostic[];
    /** How many files were checked. */
    fileCount: number;
}

/** `journey check`: the same diagnostics the editor shows, for CI. */
export async function runCheck(inputs: string[], options: CheckOptions): Promise<CheckResult> {
    const progress = options.progress ?? new ProgressLine(process.stderr);
    const workspace = await openWorkspace(inputs, options.config, options.stdinFilename, (done, total) => progress.update(done, total), localeOption(options.locale))
        .finally(() => progress.clear());
    const diagnostics = reportedDiagnostics(workspace);
    let output: string;
    if (options.format === 'json') {
        const analysis = workspace.services.Journey.gaps.Analysis;
        output = formatJson(diagnostics, gapSection(buildGapReport(analysis.getModel(), analysis.getGaps()), workspace.targetUris));
    } else if (options.format === 'sarif') {
        output = formatSarif(diagnostics, options.docsUrl, workspace.locale);
    } else if (options.format === 'github') {
        output = formatGithub(diagnostics);
    } else {
        output = formatText(diagnostics, workspace.files.targets.length, options.paint, workspace.locale);
    }
    const hasErrors = diagnostics.some(d => d.severity === 'error');
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    const max = options.maxWarnings;
    const tooManyWarnings = max !== undefined && warnings > max;
    if (tooManyWarnings) process.stderr.write(`journey: ${cliText(workspace.locale, 'maxWarnings.exceeded', { count: warnings, max })}\n`);
    return { exitCode: hasErrors || tooManyWarnings ? ExitCode.Errors : ExitCode.Ok, output, diagnostics, fileCount: workspace.files.targets.length };
}

/** The named files' diagnostics, sorted, in the CLI's public shape. */
export function reportedDiagnostics({ files, documents }: OpenWorkspace): ReportedDiagnostic[] {
    const diagnostics: ReportedDiagnostic[] = [];
    for (const file of files.targets) {
        for (const diagnostic of documents.get(file)?.diagnostics ?? []) diagnostics.push(toReported(displayPath(file), diagnostic));
    }
    return diagnostics.sort(compareReported);
}
