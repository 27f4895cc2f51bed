import { CliError } from './cli-error.js';

/**
 * Runs `work` on one file's text; if it overflows the call stack, says so in one line naming
 * the file. Langium inserts a run of comments into its tree with one spread call, so some
 * 100,000 comments in a row (half a megabyte) overflow it, as a string of millions of
 * characters overflows the lexer's regular expression.
 */
export function withStackGuard<T>(shown: string, work: () => T): T {
    try {
        return work();
    } catch (error) {
        if (!isStackOverflow(error)) throw error;
        throw new CliError(`${shown}: too complex to parse (out of stack space: some 100,000 comments in a row, or a text millions of characters long); split it into smaller files`);
    }
}

function isStackOverflow(error: unknown): boolean {
    return error instanceof RangeError && /call stack/i.test(error.message);
}
