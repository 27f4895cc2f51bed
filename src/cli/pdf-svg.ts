/**
 * The renderer's SVG made readable for svg-to-pdfkit, whose stylesheet support knows
 * compound selectors (`.card.assumed`) but not descendant ones (`.jm .card`).
 */

export interface SvgSize { width: number; height: number }

/** The drawing's size in SVG units, from the root's viewBox (else its width and height). */
export function svgSize(svg: string): SvgSize {
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const viewBox = /\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
    const width = Number(viewBox?.[1] ?? /\bwidth="([\d.]+)"/.exec(root)?.[1]);
    const height = Number(viewBox?.[2] ?? /\bheight="([\d.]+)"/.exec(root)?.[1]);
    if (!(width > 0 && height > 0)) throw new Error('the drawing has no size');
    return { width, height };
}

/**
 * Every rule of the stylesheet is scoped to the root's `.jm` class (`.jm .card{…}`). The
 * drawing is always under that root, so dropping the `.jm ` ancestor keeps what each rule
 * matches, and, as every rule loses the same one class, the order of their specificities.
 */
export function printableSvg(svg: string): string {
    return svg.replace(/(<style>)([\s\S]*?)(<\/style>)/, (_all, open: string, css: string, close: string) =>
        open + css.replace(/\.jm\s+(?=[.#\w*])/g, '') + close);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute of the root element, unescaped; undefined when it has none. */
export function svgRootAttribute(svg: string, name: string): string | undefined {
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
    return value === undefined ? undefined : unescapeXml(value);
}

/** The drawing's accessible name: its first <title>, else the root's aria-label. */
export function svgTitle(svg: string): string | undefined {
    const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];
    return title !== undefined ? unescapeXml(title) : svgRootAttribute(svg, 'aria-label');
}

function unescapeXml(text: string): string {
    return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, entity: string) =>
        /^#x/i.test(entity) ? String.fromCodePoint(parseInt(entity.slice(2), 16))
        : entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1)))
        : ENTITIES[entity] ?? all);
}
