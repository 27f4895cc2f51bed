import type { LangiumDocument } from 'langium';

/**
 * Where the parser's guesses begin in a document, if they do: the offset of its first syntax
 * error when more syntax errors follow it. The parser recovers from a syntax error by guessing,
 * and a second error soon after shows that the guess went wrong: a misspelt `touchpont` makes
 * the touchpoint's `channel Phone` a new top-level channel, and its `owner` a misplaced field.
 * A single syntax error the parser got past (a misspelt field inside a touchpoint) leaves the
 * rest of the file as written, and everything in it is still checked.
 */
export function recoveryGuessOffset(document: LangiumDocument): number | undefined {
    const errors = document.parseResult.parserErrors;
    if (errors.length < 2) return undefined;
    let first: number | undefined;
    for (const error of errors) {
        const offset = Number.isFinite(error.token.startOffset) ? error.token.startOffset : document.textDocument.getText().length;
        if (first === undefined || offset < first) first = offset;
    }
    return first;
}
