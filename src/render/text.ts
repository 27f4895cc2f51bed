/**
 * Text for SVG without a DOM: escaping, an estimate of rendered width, and wrapping.
 * The estimate errs on the wide side, so that wrapped text never overflows its box; the
 * browser tests measure the real boxes to keep it honest.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for SVG/XML content and attribute values. Drops characters XML forbids. */
export function escapeXml(text: string): string {
    // Most text (every number, most words) needs nothing: one test, no copy.
    if (!NEEDS_ESCAPING.test(text)) return text;
    return text.replace(ESCAPED, ch => ESCAPES[ch] ?? '');
}

/** Width of one character as a share of the font size, for a sans-serif UI font (generous). */
function measureChar(ch: string): number {
    const code = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch)) return 0;                                   // combining marks sit on the letter before
    if (code >= 0x1100 && (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(ch) || code >= 0x1f300)) return 1.05;
    if (/[iljI.,:;'!|]/.test(ch)) return 0.34;
    if (/[mwMW@]/.test(ch)) return 0.92;
    if (/\p{Lu}/u.test(ch)) return 0.72;
    if (ch === ' ') return 0.32;
    return 0.6;
}

const CHAR_WIDTHS = new Map<string, number>();

/** measureChar, remembered: a map measures the same few dozen characters thousands of times. */
function charWidth(ch: string): number {
    let width = CHAR_WIDTHS.get(ch);
    if (width === undefined) {
        width = measureChar(ch);
        if (CHAR_WIDTHS.size < 10_000) CHAR_WIDTHS.set(ch, width);
    }
    return width;
}

/**
 * Bold (the stylesheet's weight 600) is about 13% wider than regular in DejaVu Sans, the
 * widest of the usual fallbacks; measured in chromium.
 */
const BOLD = 1.15;

export function textWidth(text: string, fontSize: number, bold = false): number {
    let width = 0;
    for (const ch of text) width += charWidth(ch);
    return width * fontSize * (bold ? BOLD : 1);
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces where it can and inside a word
 * where it must. With `maxLines`, the last line ends in an ellipsis when text is cut. Text
 * drawn bold (`.title`, `.heading`, `.card-name`) must be wrapped with `bold`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
    const width = (t: string) => textWidth(t, fontSize, bold);
    const lines: string[] = [];
    let line = '';
    const push = () => { if (line) lines.push(line); line = ''; };
    const scale = fontSize * (bold ? BOLD : 1);
    for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
        // Past the last line that is kept, the rest only decides that there is an ellipsis.
        if (lines.length > maxLines) break;
        const candidate = line ? `${line} ${word}` : word;
        if (width(candidate) <= maxWidth) { line = candidate; continue; }
        push();
        if (width(word) <= maxWidth) { line = word; continue; }
        // A word longer than the line: break it by characters, adding up the line's width as it
        // grows (measuring the whole line again for each character made a 100,000-character
        // name take seconds), with the same sums in the same order as textWidth.
        let units = 0;
        for (const ch of word) {
            const unit = charWidth(ch);
            if ((units + unit) * scale > maxWidth) { push(); units = 0; if (lines.length > maxLines) break; }
            line += ch;
            units += unit;
        }
    }
    push();
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
    kept[maxLines - 1] = `${last.trimEnd()}…`;
    return kept;
}
