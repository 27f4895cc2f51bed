import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import { JourneyMapsTerminals } from './generated/ast.js';

const TERMINAL_REGEXES: Record<string, RegExp> = JourneyMapsTerminals;

/**
 * Langium decides whether a keyword can also start a longer name by testing the keyword
 * against each terminal's regex source. Our ID terminal needs the `u` flag (`\p{L}`), so
 * Langium turns it into a matcher function and the test never matches: `goals` would lex as
 * `goal` + `s`, and a touchpoint could not be named `ownerCall`. Test against the terminal's
 * own regex, flags included.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const regex = TERMINAL_REGEXES[token.name];
            if (!regex) return false;
            return new RegExp(`^(?:${regex.source})$`, regex.flags.replace(/[gy]/g, '')).test(keyword.value);
        });
    }
}
