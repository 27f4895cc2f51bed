import { pickJourney, renderSvg, type View } from '../render/render-svg.js';
import type { ThemeName } from '../render/theme.js';
import { CliError, ExitCode } from './cli-error.js';
import { reportedDiagnostics } from './check-command.js';
import { formatText } from './diagnostic-report.js';
import { openWorkspace } from './open-workspace.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface RenderCommandOptions {
    format: 'svg';
    output?: string;
    journey?: string;
    view: View;
    theme: ThemeName;
    config?: string;
}

/**
 * `journey render`: the map of a file as SVG, to a file (-o) or standard output. A map with
 * errors is still drawn from what could be read, the errors go to stderr, and the exit
 * status is 1, so CI notices.
 */
export async function runRender(file: string, options: RenderCommandOptions): Promise<number> {
    const workspace = await openWorkspace([file], options.config);
    const analysis = workspace.services.Journey.gaps.Analysis;
    const model = analysis.getModel();
    const own = model.journeys.filter(j => workspace.targetUris.has(j.source.uri));
    const journeyName = options.journey ?? own.find(j => j.kind === 'actual')?.name ?? own[0]?.name;
    if (options.journey && !pickJourney(model, options.journey)) {
        throw new CliError(`no journey named '${options.journey}'. Journeys: ${model.journeys.map(j => j.name).join(', ') || 'none'}`);
    }
    const svg = renderSvg(model, analysis.getGaps(), { journey: journeyName, view: options.view, theme: options.theme });
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, 1));
    if (options.output) await writeFileAtomic(options.output, svg);
    else process.stdout.write(svg + '\n');
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}
