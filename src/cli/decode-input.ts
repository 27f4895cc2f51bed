import { promises as fs } from 'node:fs';
import { decodeSourceText } from '../language/source-text.js';
import { CliError, describeIoError } from './cli-error.js';
import { refuseTooLarge } from './input-size-limit.js';

/** Git's test for binary content: a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF = 8000;

/** How much of a file that is not a plain file (or that grew) is read at a time. */
const CHUNK = 64 * 1024;

/**
 * A file's (or standard input's) bytes as text, or one line saying why not: too large, UTF-16,
 * binary content, or the position of the first byte that is not UTF-8. `kind` names what was
 * expected.
 */
export function decodeInput(shown: string, bytes: Uint8Array, kind: string): string {
    refuseTooLarge(shown, bytes.length);
    // Checked before the binary test: UTF-16 text is full of NUL bytes, but it is not binary.
    const utf16 = utf16ByteOrder(bytes);
    if (utf16) throw new CliError(`${shown}: is UTF-16 text (${utf16}, with a byte-order mark); save the file as UTF-8`);
    if (bytes.subarray(0, BINARY_SNIFF).includes(0)) throw new CliError(`${shown}: is a binary file, not ${kind}`);
    const decoded = decodeSourceText(bytes);
    if (!decoded.ok) {
        const byte = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
        throw new CliError(`${shown}:${decoded.line}:${decoded.column}: not UTF-8 text (byte 0x${byte}); save the file as UTF-8`);
    }
    return decoded.text;
}

/** The byte order a UTF-16 byte-order mark says (Windows editors and PowerShell's `>` write it), or undefined. */
function utf16ByteOrder(bytes: Uint8Array): string | undefined {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
    return undefined;
}

/** All of standard input, up to the size limit. */
export async function readStdinBytes(shown: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let length = 0;
    try {
        for await (const chunk of process.stdin) {
            chunks.push(chunk as Buffer);
            length += (chunk as Buffer).length;
            // Stops reading there: `journey check - < /dev/zero` must not fill the memory.
            refuseTooLarge(shown, length, false);
        }
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(`${shown}: cannot read standard input: ${(error as Error).message}`);
    }
    return Buffer.concat(chunks);
}

/**
 * A file's bytes, or one line saying why they cannot be read. A file over the size limit is
 * refused from its size, before it is read; a device or pipe is read only up to the limit.
 */
export async function readFileBytes(file: string, shown: string): Promise<Buffer> {
    const cannotRead = (error: NodeJS.ErrnoException): never => {
        throw new CliError(`${shown}: cannot read: ${describeIoError(error)}`);
    };
    const handle = await fs.open(file, 'r').catch(cannotRead);
    try {
        const stat = await handle.stat().catch(cannotRead);
        if (stat.isFile()) refuseTooLarge(shown, stat.size);
        // A file is read in one go (a byte more, to see its end); a file that grows meanwhile,
        // or a device or pipe, goes on in chunks, up to the limit.
        const chunks: Buffer[] = [];
        let length = 0;
        let size = stat.isFile() ? stat.size + 1 : CHUNK;
        for (;;) {
            const chunk = Buffer.allocUnsafe(size);
            const { bytesRead } = await handle.read(chunk, 0, size).catch(cannotRead);
            if (bytesRead === 0) break;
            chunks.push(chunk.subarray(0, bytesRead));
            length += bytesRead;
            refuseTooLarge(shown, length, false);
            size = CHUNK;
        }
        return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
    } finally {
        await handle.close();
    }
}
