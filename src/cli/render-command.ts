import { journeyMarkdown } from '../render/journey-markdown.js';
import { pickJourney, renderSvg, type View } from '../render/render-svg.js';
import { standaloneHtml } from '../render/standalone-html.js';
import type { ThemeName } from '../render/theme.js';
import { CliError, ExitCode } from './cli-error.js';
import { reportedDiagnostics } from './check-command.js';
import { formatText } from './diagnostic-report.js';
import { openWorkspace } from './open-workspace.js';
import { svgToPng } from './render-png.js';
import { writeDocument } from './write-document.js';

export type RenderFormat = 'svg' | 'html' | 'png' | 'md';
export const RENDER_FORMATS: readonly RenderFormat[] = ['svg', 'html', 'png', 'md'];

export interface RenderCommandOptions {
    format: RenderFormat;
    /** PNG pixels per SVG unit. */
    scale?: number;
    output?: string;
    journey?: string;
    view: View;
    theme: ThemeName;
    config?: string;
    /** The path standard input (`-`) stands for. */
    stdinFilename?: string;
}

/**
 * `journey render`: the map of a file as SVG, a standalone HTML page, a PNG or a Markdown
 * summary, to a file (-o, written atomically) or standard output (no -o, or -o -). A map
 * with errors is still drawn from what could be read, the errors go to stderr, and the exit
 * status is 1, so CI notices.
 */
export async function runRender(file: string, options: RenderCommandOptions): Promise<number> {
    const workspace = await openWorkspace([file], options.config, options.stdinFilename);
    const analysis = workspace.services.Journey.gaps.Analysis;
    const model = analysis.getModel();
    const own = model.journeys.filter(j => workspace.targetUris.has(j.source.uri));
    const journeyName = options.journey ?? own.find(j => j.kind === 'actual')?.name ?? own[0]?.name;
    if (options.journey && !pickJourney(model, options.journey)) {
        throw new CliError(`no journey named '${options.journey}'. Journeys: ${model.journeys.map(j => j.name).join(', ') || 'none'}`);
    }
    const toStdout = !options.output || options.output === '-';
    if (options.format === 'png' && toStdout && process.stdout.isTTY) {
        throw new CliError('a PNG is binary: write it to a file with -o map.png, or redirect standard output');
    }
    const gaps = analysis.getGaps();
    const svg = () => renderSvg(model, gaps, { journey: journeyName, view: options.view, theme: options.theme });
    const title = model.journeys.find(j => j.name === journeyName)?.title ?? journeyName ?? 'Journey map';
    const document: string | Uint8Array =
        options.format === 'md' ? journeyMarkdown(model, gaps, journeyName ?? '')
        : options.format === 'html' ? standaloneHtml(title, svg())
        : options.format === 'png' ? svgToPng(svg(), options.scale ?? 1)
        : `${svg()}\n`;
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, 1));
    await writeDocument(document, options.output);
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}
