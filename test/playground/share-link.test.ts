// The playground's share links: the map text in the URL fragment, deflated and base64url.
import { describe, expect, test } from 'vitest';
import { decodeFragment, encodeFragment, fromBase64Url, MAX_MAP_BYTES, toBase64Url } from '../../src/playground/share-link.js';

async function roundTrip(text: string): Promise<string | undefined> {
    const read = await decodeFragment(await encodeFragment({ text }));
    return read.kind === 'map' ? read.map.text : undefined;
}

describe('share link', () => {
    test.each([
        ['empty', ''],
        ['ASCII map', 'journey J "A" {\n    stage S { touchpoint T { emotion 3 } }\n}\n'],
        ['Greek names and text', 'persona Αλέξης "Υπάλληλος γραφείου"\njourney Επαναφορά "Επαναφορά κωδικού" { persona Αλέξης }\n'],
        ['emoji, astral characters and a lone CRLF', 'journey J "🔑 reset 😡→😊 𝔘𝔫𝔦𝔠𝔬𝔡𝔢" {}\r\n// 中文 العربية עברית\n'],
        ['characters that mean something in a URL', 'journey J "a#b&c=d%20e?f+g/h" {}'],
    ])('gives back exactly the text: %s', async (_label, text) => {
        expect(await roundTrip(text)).toBe(text);
    });

    test('round trips a large map, and compresses it', async () => {
        const text = Array.from({ length: 2000 }, (_, i) => `touchpoint T${i} "Step ${i}" { channel Phone owner Desk emotion ${1 + (i % 5)} }`).join('\n');
        const hash = await encodeFragment({ text });
        expect(hash.length).toBeLessThan(text.length / 4);
        expect(await roundTrip(text)).toBe(text);
    });

    test('is URL-safe: only base64url characters after m=', async () => {
        const hash = await encodeFragment({ text: '\u{1F600}'.repeat(300) + '\u00ff\u00fe' });
        expect(hash).toMatch(/^#m=[A-Za-z0-9_-]+$/);
    });

    test('carries the view and the journey, and leaves the default view out', async () => {
        expect(await encodeFragment({ text: 'x', view: 'map' })).not.toContain('view=');
        const hash = await encodeFragment({ text: 'x', view: 'compare', journey: 'Επαναφορά' });
        expect(await decodeFragment(hash)).toEqual({ kind: 'map', map: { text: 'x', view: 'compare', journey: 'Επαναφορά' } });
    });

    test('carries the page\'s language as lang=; a language the tool does not speak is ignored', async () => {
        const hash = await encodeFragment({ text: 'x', view: 'compare', locale: 'el' });
        expect(hash).toMatch(/&lang=el$/);
        expect(await decodeFragment(hash)).toEqual({ kind: 'map', map: { text: 'x', view: 'compare', journey: undefined, locale: 'el' } });
        expect(await encodeFragment({ text: 'x' })).not.toContain('lang=');
        const french = await decodeFragment((await encodeFragment({ text: 'x' })) + '&lang=fr');
        expect(french.kind === 'map' && 'locale' in french.map ? french.map.locale : 'absent').toBeUndefined();
    });

    test('a fragment without a map is none; an unknown view is ignored', async () => {
        expect(await decodeFragment('')).toEqual({ kind: 'none' });
        expect(await decodeFragment('#')).toEqual({ kind: 'none' });
        expect(await decodeFragment('#section-2')).toEqual({ kind: 'none' });
        const hash = (await encodeFragment({ text: 'y' })) + '&view=<script>';
        expect(await decodeFragment(hash)).toEqual({ kind: 'map', map: { text: 'y', view: undefined, journey: undefined } });
    });

    test.each([
        ['not base64url', '#m=abc$def'],
        ['standard base64 with +, read as a space', '#m=ab+c'],
        ['a length no base64 has', '#m=abcde'],
        ['not deflate data', `#m=${toBase64Url(new TextEncoder().encode('plain text, not deflated at all'))}`],
        ['an empty map value', '#m='],
    ])('garbled: %s gives a reason, never a throw', async (_label, hash) => {
        const read = await decodeFragment(hash);
        expect(read.kind).toBe('broken');
        if (read.kind === 'broken') expect(read.reason).toMatch(/^the map in it /);
    });

    test('cut short: a truncated link is broken, not a part of the map', async () => {
        const text = 'journey J "A" {}\n'.repeat(50) + Math.random();
        const hash = await encodeFragment({ text });
        const read = await decodeFragment(hash.slice(0, Math.floor(hash.length / 2)));
        expect(read.kind).toBe('broken');
    });

    test('not UTF-8: deflated bytes that are not text are refused', async () => {
        const stream = new CompressionStream('deflate-raw');
        const packed = new Uint8Array(await new Response(new Blob([new Uint8Array([0xff, 0xfe, 0xc3, 0x28])]).stream().pipeThrough(stream)).arrayBuffer());
        expect(await decodeFragment(`#m=${toBase64Url(packed)}`)).toEqual({ kind: 'broken', reason: 'the map in it is not UTF-8 text', because: { key: 'link.notUtf8' } });
    });

    test(`a link that inflates beyond ${MAX_MAP_BYTES / 1024 / 1024} MB is refused (a deflate bomb)`, async () => {
        const hash = await encodeFragment({ text: 'a'.repeat(MAX_MAP_BYTES + 1) });
        expect(hash.length).toBeLessThan(10_000);
        expect(await decodeFragment(hash)).toEqual({ kind: 'broken', reason: 'its map is larger than 1 MB', because: { key: 'link.tooLarge', params: { size: 1 } } });
    });

    test('base64url helpers', () => {
        const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
        expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
        expect(fromBase64Url('a')).toBeUndefined();
    });
});
