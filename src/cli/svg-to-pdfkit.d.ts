// svg-to-pdfkit ships no types: the part of its API the PDF renderer uses.
declare module 'svg-to-pdfkit' {
    interface FontOptions { fauxBold?: boolean; fauxItalic?: boolean }
    interface SvgToPdfOptions {
        width?: number;
        height?: number;
        preserveAspectRatio?: string;
        /** Take SVG units as points rather than CSS pixels (3/4 pt). */
        assumePt?: boolean;
        warningCallback?: (message: string) => void;
        fontCallback?: (family: string, bold: boolean, italic: boolean, options: FontOptions) => string;
    }
    function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void;
    export = SVGtoPDF;
}
