/**
 * Turns a file's bytes into the text the language sees: UTF-8, with a byte-order mark
 * removed (editors hide it, so columns on line 1 must not count it). Text that is not valid
 * UTF-8 is refused with the position of the first bad byte instead of being silently
 * replaced with U+FFFD.
 */
export type DecodedText =
    | { ok: true; text: string }
    | { ok: false; line: number; column: number; byte: number };

const BOM = '\uFEFF';

export function stripBom(text: string): string {
    return text.startsWith(BOM) ? text.slice(1) : text;
}

export function decodeSourceText(bytes: Uint8Array): DecodedText {
    try {
        return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)) };
    } catch {
        const offset = Math.max(0, firstInvalidUtf8(bytes));
        const before = bytes.subarray(0, offset);
        const lineStart = before.lastIndexOf(0x0a) + 1;
        const line = before.reduce((count, b) => count + (b === 0x0a ? 1 : 0), 1);
        const prefix = stripBom(new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)));
        return { ok: false, line, column: prefix.length + 1, byte: bytes[offset] ?? 0 };
    }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        if (lead < 0x80) { i++; continue; }
        // Second-byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
        const [length, low, high] =
            lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] :
            lead === 0xe0 ? [3, 0xa0, 0xbf] :
            lead === 0xed ? [3, 0x80, 0x9f] :
            lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] :
            lead === 0xf0 ? [4, 0x90, 0xbf] :
            lead === 0xf4 ? [4, 0x80, 0x8f] :
            lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
        if (length === 0) return i;
        if (i + 1 >= bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return i;
        for (let k = 2; k < length; k++) {
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
        }
        i += length;
    }
    return -1;
}
