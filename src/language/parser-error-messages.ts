import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Grammar } from 'langium';
import { closestName } from './did-you-mean.js';
import { kindWord, withArticle } from './element-kinds.js';
import { fieldPhrasesByRule } from './field-keywords.js';

// Words for the grammar's terminals, as a map author would say them.
const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    NUMBER: 'a number',
    STRING: 'a quoted text',
    EOF: 'the end of the file',
};

function keywordOf(type: TokenType): string | undefined {
    if (TERMINAL_WORDS[type.name] || type.name === 'WS') return undefined;
    return type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
}

function describeExpected(type: TokenType): string {
    return TERMINAL_WORDS[type.name] ?? `'${keywordOf(type)}'`;
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
 * Parser messages written for map authors, e.g. "'ownr' is not a touchpoint field. Did you
 * mean 'owner'?" instead of chevrotain's token-sequence dumps.
 */
export class JourneyParserErrorMessages implements IParserErrorMessageProvider {
    private fieldsByRule: Map<string, string[]> | undefined;

    constructor(private readonly grammar: () => Grammar) {}

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual, previous } = options;
        const ruleName = plainRuleName(options.ruleName);
        const found = describeFound(actual);
        // A field loop ended on something that is not a field: say which fields the element takes.
        if (keywordOf(expected) === '}' && actual.tokenType?.name !== 'EOF') {
            const fields = this.fields(ruleName);
            if (fields) {
                const kind = kindWord(ruleName);
                const guess = closestName(actual.image, fields.map(f => f.split(' ')[0]));
                const phrase = guess ? fields.find(f => f.split(' ')[0] === guess) : undefined;
                return `${found} is not ${withArticle(kind)} field.${phrase ? ` Did you mean '${phrase}'?` : ''} ` +
                    `${capitalise(withArticle(kind))} takes: ${fields.join(', ')}; close it with '}'.`;
            }
        }
        if (keywordOf(expected) === '}' && found === 'the end of the file') {
            const kind = this.fields(ruleName) ? ` ${kindWord(ruleName)}` : '';
            return `The file ends before this${kind} is closed: add the missing '}'.`;
        }
        const after = previous && keywordOf(previous.tokenType) && expected.name === 'ID' ? ` after '${previous.image}'` : '';
        return `Expected ${describeExpected(expected)}${after} but found ${found}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        const found = describeFound(options.firstRedundant);
        if (options.firstRedundant.image === '}') {
            return `Unexpected '}': there is no open '{' for it to close.`;
        }
        return `Unexpected ${found}. At the top of a file, write persona, stakeholder, channel or journey declarations.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = firstTokens(options.expectedPathsPerAlt.flat());
        return `Expected ${oneOf(expected)} but found ${describeFound(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = firstTokens(options.expectedIterationPaths);
        return `Expected at least one ${oneOf(expected)} but found ${describeFound(options.actual[0])}.`;
    }

    private fields(ruleName: string): string[] | undefined {
        this.fieldsByRule ??= fieldPhrasesByRule(this.grammar());
        return this.fieldsByRule.get(ruleName);
    }
}

/** Chevrotain marks rule names with zero-width characters; drop them. */
function plainRuleName(name: string): string {
    return name.replace(/[\u200B-\u200D\uFEFF]/g, '');
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
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
