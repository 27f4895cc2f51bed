import { escapeXml } from './text.js';

export type Attributes = Record<string, string | number | undefined>;

/** One SVG element as text; attribute values and text content are escaped here, and only here. */
export function el(tag: string, attributes: Attributes, ...children: string[]): string {
    // A plain loop: this builds every element of a large map (a 1,000-card map has ~40,000).
    let attrs = '';
    for (const name in attributes) {
        const value = attributes[name];
        if (value === undefined || value === '') continue;
        attrs += ` ${name}="${escapeXml(typeof value === 'number' ? round(value) : value)}"`;
    }
    return children.length > 0 ? `<${tag}${attrs}>${children.join('')}</${tag}>` : `<${tag}${attrs}/>`;
}

/** Text content: escaped. */
export function txt(text: string): string {
    return escapeXml(text);
}

/** Lines of text, one tspan each, starting at (x, y) with `lineHeight` between baselines. */
export function lines(x: number, y: number, lineHeight: number, content: string[], attributes: Attributes = {}): string {
    if (content.length === 0) return '';
    return el('text', { x, y, ...attributes }, ...content.map((line, i) => el('tspan', { x, dy: i === 0 ? 0 : lineHeight }, txt(line))));
}

export function title(text: string): string {
    return el('title', {}, txt(text));
}

/** Coordinates with at most two decimals, so output is stable and small. */
export function round(value: number): string {
    return String(Math.round(value * 100) / 100);
}
