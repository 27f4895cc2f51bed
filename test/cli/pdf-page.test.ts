import { describe, expect, test } from 'vitest';
import { FOOTER_BAND, PAGE_MARGIN, bodyTextPt, fitOnPage, smallTextNote } from '../../src/cli/pdf-page.js';
import { printableSvg, svgRootAttribute, svgSize, svgTitle } from '../../src/cli/pdf-svg.js';

describe('fitOnPage', () => {
    test('a wide map: landscape, as large as fits inside the margins and above the footer, aspect kept, centred across', () => {
        const fit = fitOnPage(2890, 1740, 'a4');
        expect([fit.width, fit.height]).toEqual([841.89, 595.28]);
        expect(2890 * fit.scale).toBeCloseTo(841.89 - 2 * PAGE_MARGIN, 6); // width-bound
        expect(1740 * fit.scale).toBeLessThanOrEqual(595.28 - 2 * PAGE_MARGIN - FOOTER_BAND);
        expect(fit.x).toBeCloseTo(PAGE_MARGIN, 6);
        expect(fit.y).toBe(PAGE_MARGIN);
    });

    test('a tall drawing: portrait, height-bound, centred across', () => {
        const fit = fitOnPage(400, 1000, 'a3');
        expect([fit.width, fit.height]).toEqual([841.89, 1190.55]);
        expect(1000 * fit.scale).toBeCloseTo(1190.55 - 2 * PAGE_MARGIN - FOOTER_BAND, 6);
        expect(fit.x + 400 * fit.scale / 2).toBeCloseTo(841.89 / 2, 6);
    });

    test('a small drawing is enlarged to the page: print fills the sheet', () => {
        expect(fitOnPage(300, 100, 'a4').scale).toBeGreaterThan(2);
    });
});

describe('smallTextNote', () => {
    test('nothing to say when the body text prints at 6 pt or more', () => {
        expect(bodyTextPt(1200, 700, 'a4')).toBeGreaterThanOrEqual(6);
        expect(smallTextNote(1200, 700, 'a4')).toBeUndefined();
    });

    test('names the first paper on which the text is readable', () => {
        expect(smallTextNote(2890, 1740, 'a4')).toBe("the map's text prints at 3.2 pt on A4, which is hard to read: --page a2 prints it at 6.7 pt");
        expect(smallTextNote(2000, 1200, 'a4')).toMatch(/on A4, which is hard to read: --page a3 prints it at \d\.\d pt$/);
        expect(smallTextNote(2000, 1200, 'letter')).toMatch(/on LETTER, .*--page a3/);
    });

    test('a map too large for every paper: the largest, and poster printing of the vector PDF', () => {
        expect(smallTextNote(9000, 3000, 'a3')).toMatch(/on A3, which is hard to read; --page a2 prints it at \d\.\d pt; the PDF is vector: a PDF viewer's poster \(tile\) printing enlarges it without blur$/);
        expect(smallTextNote(9000, 3000, 'a2')).toMatch(/on A2, which is hard to read; the PDF is vector/);
    });
});

describe('the SVG for svg-to-pdfkit', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="jm" width="300" height="100" viewBox="0 0 300 100" aria-label="Map: A &amp; B" lang="el">'
        + '<title id="t">Χάρτης: A &amp; B &#39;x&#39;</title><style>.jm{font-size:12px}\n.jm text{fill:#111}.jm .card.assumed{stroke-dasharray:6 4}.jm .badge,.jm .band-alt{stroke:#000}</style><rect class="card"/></svg>';

    test('drops the .jm ancestor from each rule, which svg-to-pdfkit cannot match, and nothing else', () => {
        expect(printableSvg(svg)).toContain('<style>.jm{font-size:12px}\ntext{fill:#111}.card.assumed{stroke-dasharray:6 4}.badge,.band-alt{stroke:#000}</style><rect class="card"/>');
        expect(printableSvg(svg).replace(/<style>[\s\S]*<\/style>/, '')).toBe(svg.replace(/<style>[\s\S]*<\/style>/, ''));
    });

    test('reads the size, the title and the language, unescaped', () => {
        expect(svgSize(svg)).toEqual({ width: 300, height: 100 });
        expect(svgTitle(svg)).toBe("Χάρτης: A & B 'x'");
        expect(svgTitle(svg.replace(/<title[\s\S]*<\/title>/, ''))).toBe('Map: A & B');
        expect(svgRootAttribute(svg, 'lang')).toBe('el');
        expect(svgRootAttribute(svg, 'dir')).toBeUndefined();
        expect(() => svgSize('<svg></svg>')).toThrow('the drawing has no size');
    });
});
