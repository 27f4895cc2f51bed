import { escapeXml } from './text.js';

export type Attributes = Record<string, string | number | undefined>;

/** One SVG element as text; attribute values and text content are escaped here, and only here. */
export function el(tag: string, attributes: Attributes, ...children: string[]): string {
    const attrs = Object.entries(attributes)
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
        .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? round(value) : value)}"`)
        .join('');
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
