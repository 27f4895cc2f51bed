import { JourneyFileSystem } from '../language/journey-file-system.js';
import { createJourneyServices } from '../language/journey-module.js';
import { ExitCode } from './cli-error.js';
import { collectJourneyFiles } from './collect-files.js';
import { compareReported, displayPath, formatJson, formatText, toReported, type ReportedDiagnostic } from './diagnostic-report.js';
import { buildGapReport } from '../model/gap-report.js';
import { gapSection } from './gap-section.js';
import { loadConfig } from './load-config.js';
import { loadWorkspace } from './load-workspace.js';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
    format: OutputFormat;
    /** A journey.config.json to use instead of the nearest one. */
    config?: string;
}

export interface CheckResult {
    exitCode: number;
    output: string;
    diagnostics: ReportedDiagnostic[];
}

/** `journey check`: the same diagnostics the editor shows, for CI. */
export async function runCheck(inputs: string[], options: CheckOptions): Promise<CheckResult> {
    const files = await collectJourneyFiles(inputs);
    const config = await loadConfig(options.config, inputs);
    const services = createJourneyServices(JourneyFileSystem);
    services.Journey.gaps.Settings.update(config.settings);
    const documents = await loadWorkspace(services, files.workspace, new Set(files.targets));
    const diagnostics: ReportedDiagnostic[] = [];
    for (const file of files.targets) {
        const document = documents.get(file);
        for (const diagnostic of document?.diagnostics ?? []) {
            diagnostics.push(toReported(displayPath(file), diagnostic));
        }
    }
    diagnostics.sort(compareReported);
    let output: string;
    if (options.format === 'json') {
        const analysis = services.Journey.gaps.Analysis;
        const targetUris = new Set([...documents.entries()].filter(([file]) => files.targets.includes(file)).map(([, d]) => d.uri.toString()));
        output = formatJson(diagnostics, gapSection(buildGapReport(analysis.getModel(), analysis.getGaps()), targetUris));
    } else {
        output = formatText(diagnostics, files.targets.length);
    }
    const hasErrors = diagnostics.some(d => d.severity === 'error');
    return { exitCode: hasErrors ? ExitCode.Errors : ExitCode.Ok, output, diagnostics };
}
