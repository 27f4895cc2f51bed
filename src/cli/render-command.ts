import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localeOption } from './locale-option.js';
import { journeyMarkdown } from '../render/journey-markdown.js';
import { renderText } from '../render/render-messages.js';
import { renderSvg, type View } from '../render/render-svg.js';
import { standaloneHtml } from '../render/standalone-html.js';
import { journeyLocale } from '../model/journey-language.js';
import type { ThemeName } from '../render/theme.js';
import { CliError, ExitCode } from './cli-error.js';
import { reportedDiagnostics } from './check-command.js';
import { formatText } from './diagnostic-report.js';
import { fileJourney } from './file-journey.js';
import { openInDefaultApp } from './open-in-default-app.js';
import { openWorkspace } from './open-workspace.js';
import { pdfDocument } from './pdf-document.js';
import type { PdfPage } from './pdf-page.js';
import { refuseOverwritingInput } from './refuse-own-input.js';
import { renderFormat, type RenderFormat } from './render-format.js';
import { svgToPng } from './render-png.js';
import { writeDocument } from './write-document.js';

export { RENDER_FORMATS, type RenderFormat } from './render-format.js';

export interface RenderCommandOptions {
    /** Undefined when not given: the -o file's extension decides, else SVG. */
    format?: RenderFormat;
    /** PNG pixels per SVG unit. */
    scale?: number;
    /** PDF paper size (A4 when left out); the drawing is fitted on one page of it. */
    page?: PdfPage;
    output?: string;
    journey?: string;
    view: View;
    theme: ThemeName;
    /** The language of the fixed words (a code of LOCALES); English when left out. */
    locale?: string;
    config?: string;
    /** The path standard input (`-`) stands for. */
    stdinFilename?: string;
    /** Open the written file in the default app; without -o, a temporary file is written for it. */
    open?: boolean;
}

/**
 * `journey render`: the map of a file as SVG, a standalone HTML page, a PNG, a PDF or a Markdown
 * summary, to a file (-o, written atomically) or standard output (no -o, or -o -); with
 * --open, the file is then opened in the default app (a temporary file without -o). A map
 * with errors is still drawn from what could be read, the errors go to stderr, and the exit
 * status is 1, so CI notices.
 */
export async function runRender(file: string, options: RenderCommandOptions): Promise<number> {
    const format = renderFormat(options.format, options.output);
    if (options.open && options.output === '-') throw new CliError('--open opens a file: name one with -o, or leave -o out to open a temporary file');
    if (options.page && format !== 'pdf') throw new CliError(`--page sets the paper of a PDF, not of ${format.toUpperCase()}: add --format pdf, or name the file map.pdf`);
    const toStdout = (!options.output || options.output === '-') && !options.open;
    if ((format === 'png' || format === 'pdf') && toStdout && process.stdout.isTTY) {
        throw new CliError(`a ${format.toUpperCase()} is binary: write it to a file with -o map.${format}, or redirect standard output`);
    }
    const workspace = await openWorkspace([file], options.config, options.stdinFilename, undefined, localeOption(options.locale));
    await refuseOverwritingInput(options.output, workspace.files.workspace);
    const analysis = workspace.services.Journey.gaps.Analysis;
    const model = analysis.getModel();
    // The stakeholder map needs no journey; everything else draws or summarises one.
    const journeyName = fileJourney(workspace, { verb: 'render', requested: options.journey, optional: options.view === 'stakeholders' && format !== 'md' });
    const gaps = analysis.getGaps();
    // English stays as it was drawn before there were languages: no lang attribute on the SVG.
    const locale = workspace.locale === 'en' && options.locale === undefined ? undefined : workspace.locale;
    const svg = () => renderSvg(model, gaps, { journey: journeyName, view: options.view, theme: options.theme, locale });
    const title = model.journeys.find(j => j.name === journeyName)?.title ?? journeyName ?? renderText(locale ?? 'en', 'stakeholders.title');
    const document: string | Uint8Array =
        format === 'md' ? journeyMarkdown(model, gaps, journeyName ?? '', { locale })
        : format === 'html' ? standaloneHtml(title, svg(), journeyLocale(model.journeys.find(j => j.name === journeyName)) ?? locale)
        : format === 'png' ? svgToPng(svg(), options.scale ?? 1)
        : format === 'pdf' ? await pdfDocument({ svg: svg(), page: options.page ?? 'a4', model, journeyName: options.view === 'stakeholders' ? undefined : journeyName, source: file === '-' ? options.stdinFilename ?? '' : file })
        : `${svg()}\n`;
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, 1, undefined, workspace.locale));
    const output = options.open && !options.output ? await temporaryFile(journeyName ?? 'stakeholders', format) : options.output;
    await writeDocument(document, output);
    if (options.open && output) {
        if (!options.output) process.stderr.write(`journey: wrote ${output}\n`);
        const note = await openInDefaultApp(path.resolve(output));
        if (note) process.stderr.write(`journey: note: ${note}\n`);
    }
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}

/** A fresh file in the system's temporary folder, for `render --open` without -o. */
async function temporaryFile(name: string, format: RenderFormat): Promise<string> {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-render-'));
    return path.join(folder, `${name}.${format}`);
}
