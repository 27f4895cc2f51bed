import { escapeXml } from '../render/text.js';

export type HtmlAttributes = Record<string, string | number | boolean | undefined>;

/**
 * One HTML element as text. Attribute values are escaped here; children are HTML already
 * (built by `h` or escaped with `text`), so that escaping happens once, at the leaves.
 */
export function h(tag: string, attributes: HtmlAttributes = {}, ...children: (string | false | undefined)[]): string {
    let attrs = '';
    for (const name in attributes) {
        const value = attributes[name];
        if (value === undefined || value === false) continue;
        attrs += value === true ? ` ${name}` : ` ${name}="${escapeXml(String(value))}"`;
    }
    const inner = children.filter(child => typeof child === 'string').join('');
    return VOID.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${inner}</${tag}>`;
}

const VOID = new Set(['meta', 'link', 'input', 'br', 'img']);

/** Text content, escaped. */
export function text(value: string): string {
    return escapeXml(value);
}

/** A list of HTML fragments joined, with nothing between. */
export function join(parts: readonly (string | false | undefined)[]): string {
    return parts.filter(part => typeof part === 'string').join('');
}
