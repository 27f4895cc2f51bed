import path from 'node:path';
import { exportMermaid } from '../interop/mermaid-export.js';
import { importMermaid, NotAMermaidJourney } from '../interop/mermaid-import.js';
import { decodeInput, readFileBytes, readStdinBytes } from './decode-input.js';
import { reportedDiagnostics } from './check-command.js';
import { CliError, ExitCode } from './cli-error.js';
import { displayPath, formatText } from './diagnostic-report.js';
import { openWorkspace } from './open-workspace.js';
import { writeDocument } from './write-document.js';

export interface ExportMermaidOptions {
    journey?: string;
    output?: string;
    /** False with --no-metadata: a plain diagram without the `%% journey-maps:` comments. */
    metadata: boolean;
    /** The path standard input (`-`) stands for. */
    stdinFilename?: string;
}

/**
 * `journey export mermaid`: a journey of a .journey file as a Mermaid journey diagram, to
 * standard output or a file (written atomically). As with `journey render`, a map with errors
 * is still exported from what could be read; the errors go to stderr and the exit status is 1.
 */
export async function runExportMermaid(file: string, options: ExportMermaidOptions): Promise<number> {
    const workspace = await openWorkspace([file], undefined, options.stdinFilename);
    const model = workspace.services.Journey.gaps.Analysis.getModel();
    const own = model.journeys.filter(j => workspace.targetUris.has(j.source.uri));
    const name = options.journey ?? own.find(j => j.kind === 'actual')?.name ?? own[0]?.name;
    if (options.journey && !model.journeys.some(j => j.name === options.journey)) {
        throw new CliError(`no journey named '${options.journey}'. Journeys: ${model.journeys.map(j => j.name).join(', ') || 'none'}`);
    }
    if (name === undefined) throw new CliError(`${file}: there is no journey in this file to export`);
    const text = exportMermaid(model, name, { metadata: options.metadata });
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, 1));
    await writeDocument(text, options.output);
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}

/**
 * `journey import mermaid`: a Mermaid journey diagram (a file, or standard input for `-`) as
 * a .journey file. Warnings go to stderr as `file:line:col: warning: …` and leave the exit
 * status at 0; input that is no Mermaid journey at all exits 1, unreadable input 2.
 */
export async function runImportMermaid(file: string, options: { output?: string }): Promise<number> {
    const shown = file === '-' ? '<stdin>' : displayPath(path.resolve(file));
    const text = decodeMermaid(shown, file === '-' ? await readStdinBytes(shown) : await readFileBytes(file, shown));
    let result;
    try {
        result = importMermaid(text);
    } catch (error) {
        if (!(error instanceof NotAMermaidJourney)) throw error;
        process.stderr.write(`${shown}:${error.line}:${error.column}: error: ${error.message}\n`);
        return ExitCode.Errors;
    }
    for (const warning of result.warnings) {
        process.stderr.write(`${shown}:${warning.line}:${warning.column}: warning: ${warning.message}\n`);
    }
    await writeDocument(result.text, options.output);
    return ExitCode.Ok;
}


function decodeMermaid(shown: string, bytes: Uint8Array): string {
    return decodeInput(shown, bytes, 'Mermaid text');
}
