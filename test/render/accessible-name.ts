/**
 * The name a screen reader gives a drawing: the text of the <title> that the root <svg>'s
 * aria-labelledby points at (the drawings carry no aria-label of their own).
 */
export function accessibleName(svg: string | undefined): string | undefined {
    const root = /<svg\b[^>]*>/.exec(svg ?? '')?.[0] ?? '';
    const id = /\saria-labelledby="([^"]+)"/.exec(root)?.[1];
    if (!id) return undefined;
    const title = new RegExp(`<title id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">([^<]*)</title>`).exec(svg ?? '')?.[1];
    return title?.replace(/&(lt|gt|quot|#39|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity]!);
}

/** The same, in a page, for a locator's evaluate(): ids resolve in the svg's own tree (a shadow root too). */
export const ACCESSIBLE_NAME_IN_PAGE = (svg: InPageElement): string | null =>
    (svg.getRootNode() as unknown as InPageRoot).getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? null;

// The tests are compiled without the DOM's types: what the function above uses of them.
interface InPageElement { getAttribute(name: string): string | null; getRootNode(): unknown }
interface InPageRoot { getElementById(id: string): { textContent: string | null } | null }
