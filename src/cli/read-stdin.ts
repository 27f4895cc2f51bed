import { decodeInput, readStdinBytes } from './decode-input.js';

/** How standard input is named in messages, unless --stdin-filename says otherwise. */
export const STDIN_NAME = '<stdin>';

/** A map from standard input as text; binary or non-UTF-8 input is refused with its position. */
export async function readStdin(name = STDIN_NAME): Promise<string> {
    return decodeInput(name, await readStdinBytes(name), 'a .journey map');
}
