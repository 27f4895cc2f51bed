import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import { JourneyMapsTerminals } from './generated/ast.js';

const TERMINAL_REGEXES: Record<string, RegExp> = JourneyMapsTerminals;

/**
 * Where a name may start, for Chevrotain's first-character optimisation. The ID terminal needs
 * the `u` flag (`\p{L}`), which Chevrotain cannot analyse: without this hint it turns the
 * optimisation off for the whole lexer and tries every token at every character, which made
 * lexing most of a large map's parse time. Chevrotain files characters above 255 in buckets of
 * 255, so one character per bucket is enough; a bucket that holds no letter costs one failed
 * regex test, never a wrong token.
 */
export const ID_START_CHARS: readonly number[] = (() => {
    const codes: number[] = [];
    for (let code = 0; code < 256; code++) {
        if (/[\p{L}_]/u.test(String.fromCharCode(code))) codes.push(code);
    }
    for (let code = 256; code < 65536; code += 255) codes.push(code);
    codes.push(65535);
    return codes;
})();

/**
 * Names in any script, lexed fast: see ID_START_CHARS, and findLongerAlt below.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') {
            token.START_CHARS_HINT = [...ID_START_CHARS];
            // A name never spans lines, so the lexer need not look for line breaks in it.
            token.LINE_BREAKS = false;
        }
        return token;
    }

    /**
     * Langium decides whether a keyword can also start a longer name by testing the keyword
     * against each terminal's regex source. Our ID terminal needs the `u` flag, so Langium turns
     * it into a matcher function and the test never matches: `goals` would lex as `goal` + `s`,
     * and a touchpoint could not be named `ownerCall`. Test against the terminal's own regex,
     * flags included.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const regex = TERMINAL_REGEXES[token.name];
            if (!regex) return false;
            return new RegExp(`^(?:${regex.source})$`, regex.flags.replace(/[gy]/g, '')).test(keyword.value);
        });
    }
}
