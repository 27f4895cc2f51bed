import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceModel } from '../model/journey-model.js';
import { CliError } from './cli-error.js';
import { smallTextNote, type PdfPage } from './pdf-page.js';
import { svgRootAttribute, svgSize, svgTitle } from './pdf-svg.js';

export interface PdfDocumentRequest {
    svg: string;
    page: PdfPage;
    model: WorkspaceModel;
    /** The journey drawn; undefined for the stakeholder map, which is named by its drawing's title. */
    journeyName: string | undefined;
    /** The source file as the user named it, for the footer. */
    source: string;
}

/**
 * `journey render --format pdf`: the drawing on one page, with a footer naming the journey,
 * its persona and its file. The PDF libraries are loaded only here (see render-pdf.ts). A
 * note goes to stderr when the text prints too small to read on the chosen paper.
 */
export async function pdfDocument(request: PdfDocumentRequest): Promise<Uint8Array> {
    const { svg, model } = request;
    const journey = model.journeys.find(j => j.name === request.journeyName);
    const label = svgTitle(svg);
    const title = journey ? journey.title ?? journey.name : label ?? '';
    const persona = journey?.persona && model.personas.find(p => p.name === journey.persona!.name);
    const who = persona ? `${persona.name}${persona.title ? ` — ${persona.title}` : ''}` : journey?.persona?.name;
    try {
        const { svgToPdf } = await loadPdfRenderer();
        const pdf = await svgToPdf(svg, {
            page: request.page,
            title,
            subject: label ?? title,
            footerLeft: who ? `${title} · ${who}` : title,
            footerRight: path.basename(request.source),
            lang: svgRootAttribute(svg, 'lang') ?? 'en',
        });
        const size = svgSize(svg);
        const note = smallTextNote(size.width, size.height, request.page);
        if (note) process.stderr.write(`journey: note: ${note}\n`);
        return pdf;
    } catch (error) {
        throw new CliError(`cannot draw the PDF: ${(error as Error).message.split('\n')[0]}`);
    }
}

type PdfRenderer = typeof import('./render-pdf.js');

/**
 * The PDF renderer: its own bundle beside the CLI's (out/cli/render-pdf.cjs), so that pdfkit
 * and fontkit are read only for a PDF; from the sources (tests), the module itself.
 */
async function loadPdfRenderer(): Promise<PdfRenderer> {
    const bundle = fileURLToPath(new URL('./render-pdf.cjs', import.meta.url));
    if (fs.existsSync(bundle)) return createRequire(import.meta.url)(bundle) as PdfRenderer;
    // A variable, so that esbuild leaves the import alone instead of inlining the libraries.
    const source = './render-pdf.js';
    return await import(source) as PdfRenderer;
}
