import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelExport } from '../model/model-export.js';
import { reportedDiagnostics } from './check-command.js';
import { ExitCode } from './cli-error.js';
import { formatText } from './diagnostic-report.js';
import { localeOption } from './locale-option.js';
import { openWorkspace } from './open-workspace.js';
import { refuseOverwritingInput } from './refuse-own-input.js';
import { writeDocument } from './write-document.js';

export interface ExportJsonOptions {
    output?: string;
    config?: string;
    locale?: string;
    stdinFilename?: string;
    /** False with --no-gaps: the model alone. */
    gaps: boolean;
    /** --compact: one line instead of indented JSON. */
    compact?: boolean;
}

/**
 * `journey export json`: the journey model of the named maps (with the declarations of their
 * neighbours, which the journeys refer to) and their gaps, as JSON that validates against
 * schemas/journey-model.v1.schema.json. Paths are relative to the current folder, so that
 * the same maps give the same bytes on any machine. As with render, a map with errors is
 * exported from what could be read, the errors go to stderr and the exit status is 1.
 */
export async function runExportJson(inputs: string[], options: ExportJsonOptions): Promise<number> {
    const workspace = await openWorkspace(inputs.length > 0 ? inputs : ['.'], options.config, options.stdinFilename, undefined, localeOption(options.locale));
    await refuseOverwritingInput(options.output, workspace.files.workspace);
    const analysis = workspace.services.Journey.gaps.Analysis;
    const model = analysis.getModel();
    const targets = workspace.targetUris;
    const journeys = new Set(model.journeys.filter(j => targets.has(j.source.uri)).map(j => j.name));
    const gaps = options.gaps
        ? analysis.getGaps().filter(g => (g.journey !== undefined ? journeys.has(g.journey) : targets.has(g.location.uri)))
        : undefined;
    const exported = modelExport(model, { keepJourney: j => journeys.has(j.name), gaps, relativeUri });
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, workspace.files.targets.length, undefined, workspace.locale));
    await writeDocument(`${JSON.stringify(exported, null, options.compact ? undefined : 2)}\n`, options.output);
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}

/** file:///work/maps/a.journey → maps/a.journey (from /work); other schemes are kept as they are. */
function relativeUri(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    return path.relative(process.cwd(), fileURLToPath(uri)).split(path.sep).join('/');
}
