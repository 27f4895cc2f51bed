/**
 * SVG to a vector PDF with pdfkit (pure JavaScript; embeds subsets of TrueType fonts) and
 * svg-to-pdfkit (draws SVG shapes and text as PDF paths and text). No browser.
 *
 * The CLI bundle loads this module at run time from its own file (out/cli/render-pdf.cjs), so
 * that the PDF libraries cost nothing to the commands that do not draw a PDF. Errors are
 * plain Errors: the caller turns them into one-line messages.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FOOTER_BAND, FOOTER_SIZE, PAGE_MARGIN, fitOnPage, type PdfPage } from './pdf-page.js';
import { printableSvg, svgSize } from './pdf-svg.js';

export interface PdfOptions {
    page: PdfPage;
    /** Document title (PDF metadata and the footer's start). */
    title: string;
    /** What the document is, for the metadata: the drawing's accessible name. */
    subject: string;
    /** The footer: left (title, persona) and right (the source file). */
    footerLeft: string;
    footerRight: string;
    /** BCP 47 language of the map's text, for the PDF's /Lang (screen readers, hyphenation). */
    lang?: string;
}

const CREATOR = 'Journey Maps as Code';
const FOOTER_COLOUR = '#59636e';
// DejaVu Sans covers Latin, Greek and Cyrillic. Shipped next to the bundle (scripts/build.mjs
// copies them to out/cli/fonts); from the sources, the dejavu-fonts-ttf package has them.
const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';

function fontFile(name: string): string {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const shipped = path.join(here, 'fonts', name);
    if (fs.existsSync(shipped)) return shipped;
    try {
        return createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
    } catch {
        throw new Error(`the font ${name}, which journey ships for PDF, is missing from ${path.join(here, 'fonts')}: reinstall journey-maps`);
    }
}

/** The map drawn on one page of the given paper, fitted inside the margins, as PDF bytes. */
export function svgToPdf(svg: string, options: PdfOptions): Promise<Uint8Array> {
    const size = svgSize(svg);
    const fit = fitOnPage(size.width, size.height, options.page);
    const regular = fontFile(REGULAR);
    const bold = fontFile(BOLD);
    // No date, so that the same map gives the same bytes: the file ID is a hash of the info.
    const doc = new PDFDocument({
        size: [fit.width, fit.height],
        margin: 0,
        font: regular,
        lang: options.lang,
        displayTitle: true,
        info: { Title: options.title, Subject: options.subject, Author: CREATOR, Creator: CREATOR, CreationDate: new Date(0) },
    });
    // pdfkit needs a creation date for its XMP packet (not written in PDF 1.3); hidden from the
    // loop that writes the info dictionary, the PDF carries none.
    Object.defineProperty(doc.info, 'CreationDate', { value: new Date(0), enumerable: false });
    doc.registerFont('DejaVu Sans', regular);
    doc.registerFont('DejaVu Sans Bold', bold);
    const chunks: Buffer[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
        doc.on('data', (chunk: Buffer) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
    });
    const warnings: string[] = [];
    SVGtoPDF(doc, printableSvg(svg), fit.x, fit.y, {
        width: size.width * fit.scale,
        height: size.height * fit.scale,
        assumePt: true,
        preserveAspectRatio: 'xMidYMid meet',
        // Every family of the map's font stack prints as DejaVu Sans; italic is slanted by pdfkit.
        fontCallback: (_family, isBold, isItalic, fontOptions) => {
            if (isItalic) fontOptions.fauxItalic = true;
            return isBold ? 'DejaVu Sans Bold' : 'DejaVu Sans';
        },
        warningCallback: message => warnings.push(message),
    });
    footer(doc, fit, options);
    doc.end();
    return done;
}

function footer(doc: PDFKit.PDFDocument, fit: { width: number; height: number }, options: PdfOptions): void {
    const y = fit.height - PAGE_MARGIN - FOOTER_BAND + (FOOTER_BAND - FOOTER_SIZE);
    const width = fit.width - 2 * PAGE_MARGIN;
    doc.font('DejaVu Sans').fontSize(FOOTER_SIZE).fillColor(FOOTER_COLOUR);
    const rightWidth = Math.min(doc.widthOfString(options.footerRight), width / 3);
    doc.text(options.footerRight, PAGE_MARGIN + width - rightWidth, y, { width: rightWidth, align: 'right', lineBreak: false, ellipsis: true, height: FOOTER_SIZE * 1.5 });
    doc.text(options.footerLeft, PAGE_MARGIN, y, { width: width - rightWidth - 12, lineBreak: false, ellipsis: true, height: FOOTER_SIZE * 1.5 });
}
