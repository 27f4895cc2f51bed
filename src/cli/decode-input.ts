import { promises as fs } from 'node:fs';
import { decodeSourceText } from '../language/source-text.js';
import { CliError, describeIoError } from './cli-error.js';

/** Git's test for binary content: a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF = 8000;

/**
 * A file's (or standard input's) bytes as text, or one line saying why not: binary content,
 * or the position of the first byte that is not UTF-8. `kind` names what was expected.
 */
export function decodeInput(shown: string, bytes: Uint8Array, kind: string): string {
    if (bytes.subarray(0, BINARY_SNIFF).includes(0)) throw new CliError(`${shown}: is a binary file, not ${kind}`);
    const decoded = decodeSourceText(bytes);
    if (!decoded.ok) {
        const byte = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
        throw new CliError(`${shown}:${decoded.line}:${decoded.column}: not UTF-8 text (byte 0x${byte}); save the file as UTF-8`);
    }
    return decoded.text;
}

/** All of standard input. */
export async function readStdinBytes(shown: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    try {
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    } catch (error) {
        throw new CliError(`${shown}: cannot read standard input: ${(error as Error).message}`);
    }
    return Buffer.concat(chunks);
}

/** A file's bytes, or one line saying why they cannot be read. */
export async function readFileBytes(file: string, shown: string): Promise<Buffer> {
    return fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${shown}: cannot read: ${describeIoError(error)}`);
    });
}
