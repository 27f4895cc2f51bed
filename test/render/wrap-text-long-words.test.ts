import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/render/text.js';

/** wrapText as it was before long words were measured incrementally: the reference. */
function reference(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
    const width = (t: string) => textWidth(t, fontSize, bold);
    const lines: string[] = [];
    let line = '';
    const push = () => { if (line) lines.push(line); line = ''; };
    for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (width(candidate) <= maxWidth) { line = candidate; continue; }
        push();
        if (width(word) <= maxWidth) { line = word; continue; }
        for (const ch of word) {
            if (width(line + ch) > maxWidth) push();
            line += ch;
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

describe('wrapText with long words', () => {
    it('breaks as it did, word for word, on random text with words longer than a line', () => {
        let seed = 11;
        const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
        const alphabet = ['a', 'W', 'i', ' ', 'é', '中', '😀', 'l', 'M', '.', '\u0301'];
        for (let i = 0; i < 400; i++) {
            const text = Array.from({ length: random(300) }, () => alphabet[random(alphabet.length)]).join('');
            const maxWidth = 60 + random(200);
            const fontSize = 11 + random(3);
            const maxLines = [1, 2, 3, 4, Infinity][random(5)];
            const bold = random(2) === 0;
            expect(wrapText(text, maxWidth, fontSize, maxLines, bold), JSON.stringify({ text, maxWidth, fontSize, maxLines, bold }))
                .toEqual(reference(text, maxWidth, fontSize, maxLines, bold));
        }
    });

    it('wraps a 100,000-character name into its lines without measuring each line again per character', () => {
        const lines = wrapText('N'.repeat(100_000), 200, 12, 2);
        expect(lines).toHaveLength(2);
        expect(lines[1].endsWith('…')).toBe(true);
        expect(wrapText('N'.repeat(3000), 200, 12)).toEqual(reference('N'.repeat(3000), 200, 12));
    });
});
