/**
 * Where a map goes on a printed page: the paper sizes `journey render --format pdf --page`
 * knows, and how a drawing is fitted on one (pure arithmetic, no PDF library).
 */

export type PdfPage = 'a4' | 'a3' | 'a2' | 'letter';
export const PDF_PAGES: readonly PdfPage[] = ['a4', 'a3', 'a2', 'letter'];

/** Portrait width and height in points (1/72 inch), as PDF and pdfinfo give them. */
const PAPER: Record<PdfPage, readonly [number, number]> = {
    a4: [595.28, 841.89], a3: [841.89, 1190.55], a2: [1190.55, 1683.78], letter: [612, 792],
};

/** A 12 mm margin: inside what office printers can print, and room for the footer line. */
export const PAGE_MARGIN = 34;
/** The footer line's type size and the band kept for it above the bottom margin. */
export const FOOTER_SIZE = 7;
export const FOOTER_BAND = 14;
/** Below this size printed text is hard to read; the map's body text is 12 SVG units. */
export const READABLE_PT = 6;
const BODY_TEXT_UNITS = 12;

export interface PageFit {
    /** The page in points, turned to suit the drawing: landscape unless it is taller than wide. */
    width: number;
    height: number;
    /** Points per SVG unit, and where the drawing's top left corner goes (points from the top left). */
    scale: number;
    x: number;
    y: number;
}

/** The drawing as large as it fits inside the margins and above the footer, aspect kept: centred across, at the top. */
export function fitOnPage(drawingWidth: number, drawingHeight: number, page: PdfPage): PageFit {
    const [short, long] = PAPER[page];
    const [width, height] = drawingHeight > drawingWidth ? [short, long] : [long, short];
    const areaWidth = width - 2 * PAGE_MARGIN;
    const areaHeight = height - 2 * PAGE_MARGIN - FOOTER_BAND;
    const scale = Math.min(areaWidth / drawingWidth, areaHeight / drawingHeight);
    return {
        width, height, scale,
        x: PAGE_MARGIN + (areaWidth - drawingWidth * scale) / 2,
        y: PAGE_MARGIN,
    };
}

/** The size in points the map's body text prints at on a page. */
export function bodyTextPt(drawingWidth: number, drawingHeight: number, page: PdfPage): number {
    return BODY_TEXT_UNITS * fitOnPage(drawingWidth, drawingHeight, page).scale;
}

/**
 * A note for stderr when the map's text prints too small to read on the chosen page: which
 * larger paper would make it readable, or, when none does, that the vector PDF can be printed
 * as a poster. Undefined when the text is readable.
 */
export function smallTextNote(drawingWidth: number, drawingHeight: number, page: PdfPage): string | undefined {
    const size = bodyTextPt(drawingWidth, drawingHeight, page);
    if (size >= READABLE_PT) return undefined;
    const pt = (n: number) => `${n.toFixed(1)} pt`;
    const larger = PDF_PAGES.filter(p => p !== 'letter' && bodyTextPt(drawingWidth, drawingHeight, p) > size);
    const readable = larger.find(p => bodyTextPt(drawingWidth, drawingHeight, p) >= READABLE_PT);
    const what = `the map's text prints at ${pt(size)} on ${page.toUpperCase()}, which is hard to read`;
    if (readable) return `${what}: --page ${readable} prints it at ${pt(bodyTextPt(drawingWidth, drawingHeight, readable))}`;
    const largest = larger.at(-1);
    const best = largest ? `; --page ${largest} prints it at ${pt(bodyTextPt(drawingWidth, drawingHeight, largest))}` : '';
    return `${what}${best}; the PDF is vector: a PDF viewer's poster (tile) printing enlarges it without blur`;
}
