import { describe, expect, test } from 'vitest';
import { decodeSourceText, firstInvalidUtf8 } from '../../src/language/source-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading map files', () => {
    test('UTF-8 in any script is read as is', () => {
        expect(decodeSourceText(utf8('journey Ταξίδι { } // 電話 😀'))).toEqual({ ok: true, text: 'journey Ταξίδι { } // 電話 😀' });
    });

    test('a byte-order mark is dropped', () => {
        expect(decodeSourceText(utf8('\uFEFFjourney J { }'))).toEqual({ ok: true, text: 'journey J { }' });
    });

    test('invalid UTF-8 gives the line and column of the first bad byte', () => {
        const bytes = new Uint8Array([...utf8('journey J {\n  pain "Ελλ'), 0xe9, ...utf8('"\n}')]);
        expect(decodeSourceText(bytes)).toEqual({ ok: false, line: 2, column: 12, byte: 0xe9 });
    });

    test.each([
        ['a lone continuation byte', [0x61, 0x80], 1],
        ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
        ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
        ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
        ['a sequence cut short at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ])('finds %s', (_what, bytes, offset) => {
        expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
    });

    test('well-formed text has no invalid byte', () => {
        expect(firstInvalidUtf8(utf8('ascii, Ελληνικά, 電話, 😀'))).toBe(-1);
    });
});
