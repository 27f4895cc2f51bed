/**
 * What a page did that it should not have: every dialog, every call of the `__xss` trap,
 * every request that leaves the page's own origin, and new globals. Plus what its DOM holds
 * that could run later (an `on…` attribute, a `javascript:` link, an element that should
 * never come from text). All of it as readable lines; an empty list means clean.
 */
import type { Frame, Page } from 'playwright-core';

/** Runs before any of the page's own scripts, in every frame. */
const TRAP = `(() => {
    const hits = [];
    Object.defineProperty(window, '__xssHits', { value: hits });
    Object.defineProperty(window, '__xss', { value: id => hits.push('__xss(' + id + ') was called') });
})();`;

export interface Watched {
    /** What ran, or tried to reach the network, since the last `take()`. */
    take(): Promise<string[]>;
}

/**
 * Watches `page`. `ownOrigin` tells a request the page may make (its own document, its
 * server's origin); every other request is recorded and aborted, so nothing leaves the machine.
 */
export async function watch(page: Page, ownOrigin: (url: string) => boolean): Promise<Watched> {
    const seen: string[] = [];
    await page.addInitScript(TRAP);
    page.on('dialog', dialog => {
        seen.push(`a ${dialog.type()} dialog opened: ${JSON.stringify(dialog.message())}`);
        void dialog.dismiss().catch(() => undefined);
    });
    await page.route('**/*', route => {
        const url = route.request().url();
        if (ownOrigin(url)) return route.continue();
        seen.push(`a request left the page: ${url}`);
        return route.abort();
    });
    page.on('request', request => {
        const url = request.url();
        // Requests the route does not see (a navigation to javascript:, a data: URL).
        if (/^(javascript|vbscript):/i.test(url)) seen.push(`a navigation to ${url}`);
    });
    page.on('popup', popup => seen.push(`a window opened: ${popup.url()}`));
    return {
        take: async () => {
            const found = [...seen.splice(0)];
            for (const frame of page.frames()) found.push(...await frameHits(frame));
            return found;
        },
    };
}

/** `__xss` calls in one frame, read in the page (the tests have no DOM types: page code is a string). */
const FRAME_HITS = `(() => {
    const hits = [...(window.__xssHits ?? [])];
    window.__xssHits?.splice(0);
    return hits;
})()`;

async function frameHits(frame: Frame): Promise<string[]> {
    try {
        return await frame.evaluate(FRAME_HITS) as string[];
    } catch (error) {
        return [`frame ${frame.url()} could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`];
    }
}

/** Elements that no text of a map may ever become (not `details`: the diff report folds its own sections in them; an `ontoggle` is caught as an attribute). */
export const NEVER_FROM_TEXT = ['script', 'iframe', 'frame', 'object', 'embed', 'foreignObject', 'animate', 'animateMotion', 'animateTransform', 'set', 'base', 'meta',
    'form', 'button', 'input', 'textarea', 'img', 'image', 'video', 'audio', 'source', 'math', 'link', 'use', 'marquee', 'noscript', 'svg', 'style', 'a', 'b', 'div'];

/**
 * The page's DOM, read in the page: how many of each NEVER_FROM_TEXT element it has (to be
 * compared with the same page drawn from harmless text), every `on…` attribute and every
 * attribute whose URL would run script, and its readable text (without script and style).
 */
const AUDIT = (tags: string[]) => `(() => {
    const counts = {};
    for (const tag of ${JSON.stringify(tags)}) counts[tag] = document.getElementsByTagName(tag).length;
    // A link to a web page is what Markdown makes of a URL in text (linkify, as GitHub does): harmless. Any other <a> is counted.
    counts.a = [...document.getElementsByTagName('a')].filter(a => !/^(https?:|mailto:|\\/\\/)/i.test(a.getAttribute('href') ?? '')).length;
    const attributes = [];
    for (const element of document.getElementsByTagName('*')) {
        for (const attribute of element.attributes) {
            const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
            const shown = '<' + element.localName + ' ' + attribute.name + '="' + attribute.value + '">';
            if (/^on/i.test(attribute.name)) attributes.push(shown);
            else if (/^(href|xlink:href|src|action|formaction|data|poster|srcdoc)$/i.test(attribute.name) && /^(javascript|vbscript|data):/.test(value)) attributes.push(shown);
            else if (attribute.name === 'style' && /url\\(|expression\\(|@import/i.test(attribute.value)) attributes.push(shown);
        }
    }
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement?.localName;
        if (parent !== 'script' && parent !== 'style') text += node.nodeValue;
    }
    return { counts, attributes, text, globals: Object.getOwnPropertyNames(window) };
})()`;

/** `globals`: the window's own properties, to compare with the same page drawn from harmless text (a script that ran may leave one). */
export interface DomAudit { counts: Record<string, number>; attributes: string[]; text: string; globals: string[] }

export async function auditDom(frame: Frame | Page): Promise<DomAudit> {
    return await frame.evaluate(AUDIT(NEVER_FROM_TEXT)) as DomAudit;
}

/** Text compared as a reader sees it: the lines a renderer wrapped it into joined up again, without the invisible word joiner Markdown output puts after an `@`. */
export function withoutSpace(text: string): string {
    return text.replace(/[\s\u2060]+/g, '');
}
