// The map in the URL fragment: `#m=<deflate-raw, base64url>`, with the view, the journey and
// the page's language, so that a link gives back exactly the text (and the picture) it was made from. Nothing of it
// is sent anywhere: a fragment never leaves the browser.
import { isLocale, type Locale } from '../i18n/locales.js';
import type { MessageParams } from '../i18n/translator.js';
import { VIEWS, type View } from '../render/render-svg.js';
import { playgroundText, type PlaygroundKey } from './playground-messages.js';

/** As the CLI's input limit: a link that inflates beyond this is refused, not read. */
export const MAX_MAP_BYTES = 1024 * 1024;

export interface SharedMap {
    text: string;
    view?: View;
    journey?: string;
    /** The page's language (`&lang=el`). */
    locale?: Locale;
}

export type ReadFragment =
    | { kind: 'none' }
    | { kind: 'map'; map: SharedMap }
    /** `reason` in English; `because`, to say it in the page's language. */
    | { kind: 'broken'; reason: string; because: LinkProblem };

export interface LinkProblem {
    key: Extract<PlaygroundKey, `link.${string}`>;
    params?: MessageParams;
}

function broken(key: LinkProblem['key'], params?: MessageParams): ReadFragment {
    return { kind: 'broken', reason: playgroundText('en', key, params), because: params ? { key, params } : { key } };
}

export async function encodeFragment(map: SharedMap): Promise<string> {
    const packed = await transform(new TextEncoder().encode(map.text), new CompressionStream('deflate-raw'));
    let fragment = `m=${toBase64Url(packed)}`;
    if (map.view && map.view !== 'map') fragment += `&view=${map.view}`;
    if (map.journey) fragment += `&journey=${encodeURIComponent(map.journey)}`;
    if (map.locale) fragment += `&lang=${map.locale}`;
    return `#${fragment}`;
}

/** Reads a location.hash; a fragment with no map in it is `none`, one that cannot be read says why. */
export async function decodeFragment(hash: string): Promise<ReadFragment> {
    const raw = hash.startsWith('#') ? hash.slice(1) : hash;
    if (raw === '') return { kind: 'none' };
    let params: URLSearchParams;
    try {
        params = new URLSearchParams(raw);
    } catch {
        return broken('link.notPairs');
    }
    const data = params.get('m');
    if (data === null) return raw.includes('m=') ? broken('link.unreadable') : { kind: 'none' };
    const bytes = fromBase64Url(data);
    if (!bytes) return broken('link.notBase64');
    let inflated: Uint8Array;
    try {
        inflated = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_MAP_BYTES);
    } catch (error) {
        return error instanceof TooLarge ? broken('link.tooLarge', { size: MAX_MAP_BYTES / 1024 / 1024 }) : broken('link.notDeflate');
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    } catch {
        return broken('link.notUtf8');
    }
    const view = params.get('view');
    const journey = params.get('journey');
    const lang = params.get('lang');
    return {
        kind: 'map',
        map: { text, view: (VIEWS as readonly string[]).includes(view ?? '') ? view as View : undefined, journey: journey || undefined, locale: isLocale(lang) ? lang : undefined },
    };
}

class TooLarge extends Error {}

async function transform(input: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array<ArrayBuffer>> {
    const writer = stream.writable.getWriter();
    // Errors surface on the reading side; the writer's own rejections are not separate failures.
    writer.write(input).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => undefined);
            throw new TooLarge();
        }
        chunks.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.byteLength;
    }
    return out;
}

export function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, c => c.charCodeAt(0));
}
