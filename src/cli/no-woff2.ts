// Stands in for the brotli decoder in the PDF bundle (scripts/build.mjs): fontkit needs it only
// for WOFF2 fonts, and the PDF embeds TrueType files; the decoder would be half the bundle.
export default function decompress(): never {
    throw new Error('WOFF2 fonts are not supported in PDF output');
}
