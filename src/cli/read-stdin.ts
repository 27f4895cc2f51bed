import { decodeSourceText } from '../language/source-text.js';
import { CliError } from './cli-error.js';

/** How standard input is named in messages, unless --stdin-filename says otherwise. */
export const STDIN_NAME = '<stdin>';

/** All of standard input as text; bytes that are not UTF-8 are refused with their position. */
export async function readStdin(name = STDIN_NAME): Promise<string> {
    const chunks: Buffer[] = [];
    try {
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    } catch (error) {
        throw new CliError(`${name}: cannot read standard input: ${(error as Error).message}`);
    }
    const decoded = decodeSourceText(Buffer.concat(chunks));
    if (!decoded.ok) {
        const byte = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
        throw new CliError(`${name}:${decoded.line}:${decoded.column}: not UTF-8 text (byte 0x${byte})`);
    }
    return decoded.text;
}
