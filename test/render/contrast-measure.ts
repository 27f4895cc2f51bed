/**
 * Text contrast of a drawn SVG, measured in the page that shows it. `MEASURE_CONTRAST` is
 * plain JavaScript source (run with page.evaluate), so that no transpiler helper leaks in.
 * For every line of every <text>, it takes the computed fill of the text and, at three points
 * along the line, the fills of the shapes under it (document.elementsFromPoint, kept only
 * where the point is inside the shape's fill), composited from the page's background up with
 * their opacity; the ratio is WCAG 2.2's, from relative luminance. axe-core's color-contrast
 * rule skips SVG text, which is why this exists.
 */

export interface TextContrast {
    text: string;
    className: string;
    fontSize: number;
    fontWeight: number;
    /** Large text under WCAG: at least 24px, or 18.66px and bold (700). Needs 3:1, not 4.5:1. */
    large: boolean;
    foreground: string;
    background: string;
    ratio: number;
}

export const MEASURE_CONTRAST = String.raw`(selector) => {
    const parse = (colour) => {
        const m = /rgba?\(([^)]+)\)/.exec(colour || '');
        if (!m) return undefined;
        const parts = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
        return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
    };
    const over = (top, bottom, alpha) => ({
        r: top.r * alpha + bottom.r * (1 - alpha), g: top.g * alpha + bottom.g * (1 - alpha), b: top.b * alpha + bottom.b * (1 - alpha), a: 1,
    });
    const channel = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
    const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    const ratio = (a, b) => { const x = luminance(a); const y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
    const hex = (c) => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
    const opacityOf = (el) => {
        let o = 1;
        for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= Number(getComputedStyle(e).opacity || 1);
        return o;
    };
    const pageBackground = () => {
        for (let e = document.querySelector(selector); e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c && c.a > 0) return c;
        }
        return { r: 255, g: 255, b: 255, a: 1 };
    };
    const svg = document.querySelector(selector);
    const shapes = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon', 'polyline']);
    const backgroundAt = (x, y, base) => {
        const under = document.elementsFromPoint(x, y).filter(e => svg.contains(e) && shapes.has(e.localName));
        let colour = base;
        for (const shape of under.reverse()) {
            const style = getComputedStyle(shape);
            if (style.visibility === 'hidden' || style.display === 'none') continue;
            const fill = parse(style.fill);
            if (!fill || fill.a === 0) continue;
            const ctm = shape.getScreenCTM();
            if (!ctm || !shape.isPointInFill(new DOMPoint(x, y).matrixTransform(ctm.inverse()))) continue;
            colour = over(fill, colour, fill.a * Number(style.fillOpacity || 1) * opacityOf(shape));
        }
        return colour;
    };
    const base = pageBackground();
    const results = [];
    for (const text of svg.querySelectorAll('text')) {
        const style = getComputedStyle(text);
        if (style.display === 'none' || style.visibility === 'hidden' || !text.textContent.trim()) continue;
        const tspans = [...text.querySelectorAll('tspan')];
        const lines = (tspans.length ? tspans : [text]).filter(l => l.textContent.trim());
        let worst;
        for (const line of lines) {
            const lineStyle = getComputedStyle(line);
            const fill = parse(lineStyle.fill);
            if (!fill) continue;
            const box = line.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            const y = box.top + box.height * 0.55;
            for (const share of [0.1, 0.5, 0.9]) {
                const x = box.left + box.width * share;
                const background = backgroundAt(x, y, base);
                const foreground = over(fill, background, fill.a * Number(lineStyle.fillOpacity || 1) * opacityOf(line));
                const r = ratio(foreground, background);
                if (!worst || r < worst.ratio) {
                    const fontSize = parseFloat(lineStyle.fontSize);
                    const fontWeight = Number(lineStyle.fontWeight) || 400;
                    worst = {
                        text: line.textContent.trim().slice(0, 60), className: text.getAttribute('class') || (text.parentElement && text.parentElement.getAttribute('class')) || '',
                        fontSize, fontWeight, large: fontSize >= 24 || (fontSize >= 18.66 && fontWeight >= 700),
                        foreground: hex(foreground), background: hex(background), ratio: Math.round(r * 100) / 100,
                    };
                }
            }
        }
        if (worst) results.push(worst);
    }
    return results;
}`;

/** The texts below their threshold (4.5:1, or 3:1 for large text), described one a line. */
export function contrastProblems(measured: TextContrast[]): string[] {
    return measured
        .filter(t => t.ratio < (t.large ? 3 : 4.5))
        .map(t => `'${t.text}' (.${t.className}, ${t.fontSize}px): ${t.foreground} on ${t.background} is ${t.ratio}:1, below ${t.large ? 3 : 4.5}:1`);
}
