import type { IToken } from 'chevrotain';
import type { Grammar, LangiumCoreServices, ParseResult } from 'langium';
import type { Model } from '../generated/ast.js';
import { applyWhitespaceEdits, canonicalLayout } from './canonical-layout.js';
import { layoutTokens } from './layout-roles.js';
import type { WhitespaceEdit } from './layout-token.js';

/** Why a file cannot be formatted: the first syntax error, 1-based. */
export interface FormatBlocker {
    line: number;
    column: number;
    message: string;
}

export type FormatOutcome = { ok: true; edits: WhitespaceEdit[] } | { ok: false; blocker: FormatBlocker };

/**
 * The canonical layout's edits for a parsed file. A file with syntax errors is not
 * formatted: without a sound tree the layout could join what the author kept apart.
 */
export function formatParsed(grammar: Grammar, services: LangiumCoreServices, text: string, parse: ParseResult<Model>, range?: { start: number; end: number }): FormatOutcome {
    const blocker = firstSyntaxError(parse);
    if (blocker) return { ok: false, blocker };
    const lexed = services.parser.Lexer.tokenize(text);
    const tokens = layoutTokens(grammar, parse.value, lexed.tokens, lexed.hidden);
    return { ok: true, edits: canonicalLayout(text, tokens, range) };
}

/** The canonical form of a .journey text (used by `journey fmt`). */
export function formatJourneyText(services: LangiumCoreServices, text: string): { ok: true; text: string } | { ok: false; blocker: FormatBlocker } {
    const parse = services.parser.LangiumParser.parse<Model>(text);
    const outcome = formatParsed(services.Grammar, services, text, parse);
    return outcome.ok ? { ok: true, text: applyWhitespaceEdits(text, outcome.edits) } : outcome;
}

function firstSyntaxError(parse: ParseResult): FormatBlocker | undefined {
    const lexer = parse.lexerErrors[0];
    if (lexer) return { line: lexer.line ?? 1, column: lexer.column ?? 1, message: lexer.message };
    const parser = parse.parserErrors[0];
    if (parser) {
        // A token the parser made up while recovering (at the end of the file, say) has no
        // position: point just after the token before it, as the editor's diagnostic does.
        if (hasPosition(parser.token)) return { line: parser.token.startLine!, column: parser.token.startColumn!, message: parser.message };
        const previous = (parser as { previousToken?: IToken }).previousToken;
        if (previous && hasPosition(previous)) return { line: previous.endLine!, column: previous.endColumn! + 1, message: parser.message };
        return { line: 1, column: 1, message: parser.message };
    }
    return undefined;
}

function hasPosition(token: IToken): boolean {
    return [token.startOffset, token.startLine, token.startColumn, token.endLine, token.endColumn].every(n => n !== undefined && Number.isFinite(n) && n >= 0);
}
