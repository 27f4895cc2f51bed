import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AstUtils, GrammarAST, type Grammar } from 'langium';
import { closestName } from './did-you-mean.js';
import { kindWord, withArticle } from './element-kinds.js';
import { declarationPhrases, fieldPhrasesByRule } from './field-keywords.js';

// Words for the grammar's terminals, as a map author would say them.
const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    NUMBER: 'a number',
    STRING: 'a quoted text',
    EOF: 'the end of the file',
};

function keywordOf(type: TokenType | undefined): string | undefined {
    if (!type || TERMINAL_WORDS[type.name] || type.name === 'WS') return undefined;
    return type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
}

function describeExpected(type: TokenType): string {
    return TERMINAL_WORDS[type.name] ?? `'${keywordOf(type)}'`;
}

function isEnd(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || token.image === '';
}

function describeFound(token: IToken | undefined): string {
    return isEnd(token) ? 'the end of the file' : `'${token!.image}'`;
}

function oneOf(words: string[], conjunction = 'or'): string {
    const unique = [...new Set(words)];
    if (unique.length <= 1) return unique[0] ?? 'something else';
    return `${unique.slice(0, -1).join(', ')} ${conjunction} ${unique[unique.length - 1]}`;
}

function firstTokens(paths: TokenType[][]): string[] {
    return paths.filter(p => p.length > 0).map(p => describeExpected(p[0]));
}

/** Chevrotain marks rule names with zero-width characters; drop them. */
function plainRuleName(name: string): string {
    return name.replace(/[\u200B-\u200D\uFEFF]/g, '');
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

interface GrammarWords {
    /** Rule name → phrases that start its fields ("owner", "moment of truth"). */
    fieldsByRule: Map<string, string[]>;
    /** First word of a field → the kinds of element it belongs to. */
    kindsByFieldWord: Map<string, string[]>;
    /** Words that start a top-level declaration. */
    declarations: string[];
    /** A word followed by a reference (`owner`, `repeats`) → the kind of element it names. */
    referenceTargets: Map<string, string>;
    /** Words that start an element with a name (`touchpoint`, `metric`) → the words of its rule after the name. */
    declaringWords: Map<string, Set<string>>;
    /** First words of every element's fields. */
    fieldWords: Set<string>;
}

/** Words that start an element of its own inside another, rather than a field. */
const ELEMENT_WORDS = new Set(['persona', 'channel', 'stage', 'touchpoint', 'improvement', 'question', 'metric']);

/**
 * The kind words of the rules that assign a `name` (the words that declare a named element),
 * each with the keywords written in the rule itself, after the name (`metric M actual 3`).
 */
function declaringWords(grammar: Grammar): Map<string, Set<string>> {
    const words = new Map<string, Set<string>>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || rule.dataType) continue;
        const nodes = AstUtils.streamAst(rule.definition).toArray();
        if (!nodes.some(node => GrammarAST.isAssignment(node) && node.feature === 'name')) continue;
        const word = kindWord(rule.name);
        const own = nodes.filter(GrammarAST.isKeyword).map(k => k.value).filter(k => k !== word && /^\p{L}/u.test(k));
        words.set(word, new Set(own));
    }
    return words;
}

/** Keyword → kind, for every `'keyword' feature=[Type:Name]` in the grammar. */
function referenceTargets(grammar: Grammar): Map<string, string> {
    const targets = new Map<string, string>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule)) continue;
        for (const node of AstUtils.streamAst(rule.definition)) {
            if (!GrammarAST.isGroup(node)) continue;
            node.elements.forEach((element, i) => {
                const next = node.elements[i + 1];
                if (GrammarAST.isKeyword(element) && next && GrammarAST.isAssignment(next) && GrammarAST.isCrossReference(next.terminal)) {
                    const type = next.terminal.type.ref?.name ?? next.terminal.type.$refText;
                    if (!targets.has(element.value)) targets.set(element.value, kindWord(type));
                }
            });
        }
    }
    return targets;
}

/**
 * Parser messages written for map authors, e.g. "'ownr' is not a touchpoint field. Did you
 * mean 'owner'?" instead of chevrotain's token-sequence dumps. The words come from the
 * grammar, so the messages follow it when it changes.
 */
export class JourneyParserErrorMessages implements IParserErrorMessageProvider {
    private words: GrammarWords | undefined;

    constructor(private readonly grammar: () => Grammar) {}

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const { expected, actual, previous } = options;
        const ruleName = plainRuleName(options.ruleName);
        const expectedKeyword = keywordOf(expected);
        if (expectedKeyword === '}' && isEnd(actual)) {
            const kind = this.grammarWords().fieldsByRule.has(ruleName) ? ` ${kindWord(ruleName)}` : '';
            return `The file ends before this${kind} is closed: add the missing '}'.`;
        }
        if (expectedKeyword === '}') {
            const fieldMessage = this.notAFieldMessage(ruleName, actual);
            if (fieldMessage) return fieldMessage;
        }
        if (expected.name === 'EOF') return this.topLevelMessage(actual);
        if (expected.name === 'ID') {
            const missing = this.missingNameMessage(previous, actual);
            if (missing) return missing;
        }
        if (expected.name === 'ID' && keywordOf(actual.tokenType) && /^\p{L}/u.test(actual.image)) {
            const alternative = capitalise(actual.image) !== actual.image ? capitalise(actual.image) : `${actual.image}_`;
            return `'${actual.image}' is a word of the language and cannot be a name. Choose another name, for example '${alternative}'.`;
        }
        const after = previous && keywordOf(previous.tokenType) && expected.name === 'ID' ? ` after '${previous.image}'` : '';
        return `Expected ${describeExpected(expected)}${after} but found ${describeFound(actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.topLevelMessage(options.firstRedundant);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = firstTokens(options.expectedPathsPerAlt.flat());
        return `Expected ${oneOf(expected)} but found ${describeFound(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const expected = firstTokens(options.expectedIterationPaths);
        return `Expected at least one ${oneOf(expected)} but found ${describeFound(options.actual[0])}.`;
    }

    /**
     * A name is missing: after a word that declares an element (`touchpoint {`) or refers to
     * one (`owner` at the end of a line), the next token is not a name but what comes next.
     * The message provider does not know the enclosing rule (the failing rule is `Name`), so it
     * goes by the words. A keyword on the same line after a declaring word is taken for an
     * attempted name (`channel support`), and gets the message that a word of the language
     * cannot be one.
     */
    private missingNameMessage(previous: IToken | undefined, actual: IToken): string | undefined {
        const word = keywordOf(previous?.tokenType);
        if (!previous || !word) return undefined;
        const { referenceTargets, declaringWords, fieldWords, declarations } = this.grammarWords();
        const declares = declaringWords.has(word);
        const target = referenceTargets.get(word);
        if (!declares && target === undefined && word !== ',') return undefined;
        const needs = word === ',' ? `A name is missing after ','` : `'${word}' needs ${target && !declares ? `the name of ${withArticle(target)}` : 'a name'} here`;
        if (isEnd(actual)) return `${needs}, before the end of the file.`;
        const found = keywordOf(actual.tokenType);
        if (actual.tokenType?.name === 'STRING') {
            if (!declares) return `${needs}, not a quoted text: names are written without quotes.`;
            return target ? `${needs}, before the quoted text: names are written without quotes.` : `This ${word} has no name: write one after '${word}', before its title.`;
        }
        if (found === '{' && declares) return `This ${word} has no name: write one after '${word}', before '{'.`;
        if (found === '{' || found === '}' || found === ',') return `${needs}, before '${found}'.`;
        if (!found || !/^\p{L}/u.test(found)) return undefined;
        const sameLine = (actual.startLine ?? 0) <= (previous.endLine ?? previous.startLine ?? 0);
        const ownWords = declaringWords.get(word);
        const what = ownWords?.has(found) || (!ELEMENT_WORDS.has(found) && fieldWords.has(found)) ? 'field'
            : ELEMENT_WORDS.has(found) ? 'element' : declarations.includes(found) ? 'declaration' : undefined;
        if (!sameLine) return what ? `${needs}: '${found}' starts the next ${what}.` : `${needs}, before '${found}'.`;
        // On the same line, `channel support` names a channel 'support'; `owner emotion 2` leaves the owner out.
        if (what && !declares) return `${needs}: '${found}' starts the next ${what}.`;
        if (what && ELEMENT_WORDS.has(found)) return `${needs}: '${found}' starts the next ${what}, and a word of the language cannot be a name.`;
        return undefined;
    }

    /** Inside an element's braces, a word that is not one of its fields. */
    private notAFieldMessage(ruleName: string, actual: IToken): string | undefined {
        const { fieldsByRule, kindsByFieldWord } = this.grammarWords();
        const fields = fieldsByRule.get(ruleName);
        if (!fields) return undefined;
        const kind = kindWord(ruleName);
        const firstWords = fields.map(f => f.split(' ')[0]);
        const guess = closestName(actual.image, firstWords);
        let hint = '';
        if (guess) {
            hint = ` Did you mean '${fields[firstWords.indexOf(guess)]}'?`;
        } else {
            const owners = kindsByFieldWord.get(actual.image);
            if (owners) hint = ` It is a field of ${oneOf(owners.map(withArticle))}: is the '{' after that element's title missing?`;
        }
        return `'${actual.image}' is not ${withArticle(kind)} field.${hint} ${capitalise(withArticle(kind))} takes: ${fields.join(', ')}; close it with '}'.`;
    }

    /** Between declarations, something that does not start one. */
    private topLevelMessage(token: IToken): string {
        if (token.image === '}') return `Unexpected '}': there is no open '{' for it to close.`;
        const { declarations, kindsByFieldWord } = this.grammarWords();
        const expected = `At the top of a file, write ${oneOf(declarations.filter(d => d !== 'ideal' && d !== 'actual'))} declarations.`;
        if (token.image === '-') {
            return `Names cannot contain '-': join the words with '_' or write them together, for example Service_Desk or ServiceDesk.`;
        }
        const owners = kindsByFieldWord.get(token.image);
        if (owners) {
            return `'${token.image}' is a field of ${oneOf(owners.map(withArticle))}: put it inside that element's '{ }' after its title.`;
        }
        const guess = closestName(token.image, [...declarations, ...kindsByFieldWord.keys()]);
        if (guess && declarations.includes(guess)) return `Unexpected '${token.image}'. Did you mean '${guess}'? ${expected}`;
        if (guess) return `Unexpected '${token.image}'. Did you mean '${guess}', a field of ${oneOf(kindsByFieldWord.get(guess)!.map(withArticle))}?`;
        return `Unexpected '${token.image}'. ${expected}`;
    }

    private grammarWords(): GrammarWords {
        if (!this.words) {
            const grammar = this.grammar();
            const fieldsByRule = fieldPhrasesByRule(grammar);
            const kindsByFieldWord = new Map<string, string[]>();
            for (const [rule, phrases] of fieldsByRule) {
                for (const phrase of phrases) {
                    const word = phrase.split(' ')[0];
                    const kinds = kindsByFieldWord.get(word) ?? [];
                    if (!kinds.includes(kindWord(rule))) kinds.push(kindWord(rule));
                    kindsByFieldWord.set(word, kinds);
                }
            }
            this.words = {
                fieldsByRule, kindsByFieldWord, declarations: declarationPhrases(grammar), referenceTargets: referenceTargets(grammar),
                declaringWords: declaringWords(grammar), fieldWords: new Set(kindsByFieldWord.keys()),
            };
        }
        return this.words;
    }
}

/** Shows invisible and control characters as their code point instead of printing them raw. */
function visible(text: string): string {
    return [...text].map(ch => /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) ? ch : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join('');
}

export class JourneyLexerErrorMessages implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, length);
        if (text.startsWith('/*')) return `This comment is not closed: add '*/' where it should end.`;
        if (text.startsWith('"') || text.startsWith("'")) {
            return `This text is not closed: add the closing ${text[0]} on the same line.`;
        }
        return `Unexpected character '${visible(text)}'. Names use letters, digits and '_'; put other text in quotes.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected '${token.image}'.`;
    }
}
