import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { ILexerErrorMessageProvider } from 'chevrotain';

// Words for the grammar's terminals, as a map author would say them.
const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    NUMBER: 'a number',
    STRING: 'a quoted text',
    EOF: 'the end of the file',
};

function describeExpected(type: TokenType): string {
    const terminal = TERMINAL_WORDS[type.name];
    if (terminal) return terminal;
    const keyword = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return `'${keyword}'`;
}

function describeFound(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') return 'the end of the file';
    return `'${token.image}'`;
}

function oneOf(words: string[]): string {
    const unique = [...new Set(words)];
    if (unique.length <= 1) return unique[0] ?? 'something else';
    return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

/** The first token of each path the parser would have accepted. */
function firstTokens(paths: TokenType[][]): string[] {
    return paths.filter(p => p.length > 0).map(p => describeExpected(p[0]));
}

/**
 * Parser messages written for map authors: "Expected 'owner', 'channel' or '}' but found 'ownr'."
 * instead of chevrotain's token-sequence dumps.
 */
export class JourneyParserErrorMessages implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Expected ${describeExpected(options.expected)} but found ${describeFound(options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return `Unexpected ${describeFound(options.firstRedundant)}: a file holds persona, stakeholder, channel and journey declarations only.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = firstTokens(options.expectedPathsPerAlt.flat());
        return `Expected ${oneOf(expected)} but found ${describeFound(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = firstTokens(options.expectedIterationPaths);
        return `Expected at least one ${oneOf(expected)} but found ${describeFound(options.actual[0])}.`;
    }
}

export class JourneyLexerErrorMessages implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, length);
        if (text.startsWith('"') || text.startsWith("'")) {
            return `This text is not closed: add the closing ${text[0]} on the same line.`;
        }
        return `Unexpected character '${text}'. Names use letters, digits and '_'; put other text in quotes.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected '${token.image}'.`;
    }
}
