import { promises as fs } from 'node:fs';
import path from 'node:path';
import { exportMermaid } from '../interop/mermaid-export.js';
import { importMermaid, NotAMermaidJourney, type DeclaredNames } from '../interop/mermaid-import.js';
import { JourneyFileSystem } from '../language/journey-file-system.js';
import { createJourneyServices } from '../language/journey-module.js';
import { JOURNEY_EXTENSION } from '../language/workspace-folders.js';
import { decodeInput, readFileBytes, readStdinBytes } from './decode-input.js';
import { reportedDiagnostics } from './check-command.js';
import { ExitCode } from './cli-error.js';
import { displayPath, formatText } from './diagnostic-report.js';
import { fileJourney } from './file-journey.js';
import { loadWorkspace } from './load-workspace.js';
import { openWorkspace } from './open-workspace.js';
import { refuseOverwritingInput } from './refuse-own-input.js';
import { writeDocument } from './write-document.js';
import { oneLine } from './terminal-text.js';

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
    await refuseOverwritingInput(options.output, workspace.files.workspace);
    const model = workspace.services.Journey.gaps.Analysis.getModel();
    const name = fileJourney(workspace, { verb: 'export', requested: options.journey })!;
    const text = exportMermaid(model, name, { metadata: options.metadata });
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, 1, undefined, workspace.locale));
    await writeDocument(text, options.output);
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}

export interface ImportMermaidOptions {
    output?: string;
    /** False with --no-declarations: leave out the declarations that were in other files at export. */
    declarations: boolean;
}

/**
 * `journey import mermaid`: a Mermaid journey diagram (a file, or standard input for `-`) as
 * a .journey file. Warnings go to stderr as `file:line:col: warning: …` and leave the exit
 * status at 0; input that is no Mermaid journey at all exits 1, unreadable input 2.
 *
 * The file carries the persona, stakeholders and channels its journey uses, so that it
 * checks on its own; but with -o, the ones the .journey files already in that folder declare
 * are not repeated (that would declare them twice), so importing back next to a shared
 * people file gives the journey file as it was.
 */
export async function runImportMermaid(file: string, options: ImportMermaidOptions): Promise<number> {
    const shown = file === '-' ? '<stdin>' : displayPath(path.resolve(file));
    await refuseOverwritingInput(options.output, file === '-' ? [] : [file]);
    const text = decodeMermaid(shown, file === '-' ? await readStdinBytes(shown) : await readFileBytes(file, shown));
    const toFile = options.output !== undefined && options.output !== '-';
    const declared = toFile ? await declaredBeside(path.resolve(options.output!)) : undefined;
    let result;
    try {
        result = importMermaid(text, { sharedDeclarations: options.declarations, declared });
    } catch (error) {
        if (!(error instanceof NotAMermaidJourney)) throw error;
        process.stderr.write(`${shown}:${error.line}:${error.column}: error: ${error.message}\n`);
        return ExitCode.Errors;
    }
    for (const warning of result.warnings) {
        process.stderr.write(`${shown}:${warning.line}:${warning.column}: warning: ${oneLine(warning.message)}\n`);
    }
    await writeDocument(result.text, options.output);
    return ExitCode.Ok;
}

/** What the other .journey files in the folder of `output` declare: the neighbours `journey check` links it with. */
async function declaredBeside(output: string): Promise<DeclaredNames | undefined> {
    const folder = path.dirname(output);
    const real = async (file: string) => fs.realpath(file).catch(() => file);
    const target = await real(output);
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    const neighbours: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.name.endsWith(JOURNEY_EXTENSION) && !entry.isDirectory() && await real(full) !== target) neighbours.push(full);
    }
    if (neighbours.length === 0) return undefined;
    const services = createJourneyServices(JourneyFileSystem);
    await loadWorkspace(services, neighbours, new Set());
    const model = services.Journey.gaps.Analysis.getModel();
    const names = (items: Array<{ name: string }>) => new Set(items.map(item => item.name));
    return { personas: names(model.personas), stakeholders: names(model.stakeholders), channels: names(model.channels) };
}

function decodeMermaid(shown: string, bytes: Uint8Array): string {
    return decodeInput(shown, bytes, 'Mermaid text');
}
