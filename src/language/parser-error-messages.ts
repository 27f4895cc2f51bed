import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AstUtils, GrammarAST, type Grammar } from 'langium';
import type { Locale } from '../i18n/locales.js';
import { closestName } from './did-you-mean.js';
import { kindWord, withArticle } from './element-kinds.js';
import { declarationPhrases, fieldPhrasesByRule } from './field-keywords.js';
import { RememberedWordings, type Wording } from './syntax-wordings.js';
import { languageText as say, localKindWord, type LanguageMessageKey } from './validation/language-messages.js';

// Words for the grammar's terminals, as a map author would say them.
const TERMINAL_WORDS = {
    ID: 'syntax.a-name',
    NUMBER: 'syntax.a-number',
    STRING: 'syntax.a-quoted-text',
    EOF: 'syntax.end-of-file',
} as const;

function terminalWord(name: string): (typeof TERMINAL_WORDS)[keyof typeof TERMINAL_WORDS] | undefined {
    return Object.hasOwn(TERMINAL_WORDS, name) ? TERMINAL_WORDS[name as keyof typeof TERMINAL_WORDS] : undefined;
}

function keywordOf(type: TokenType | undefined): string | undefined {
    if (!type || terminalWord(type.name) || type.name === 'WS') return undefined;
    return type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
}

function describeExpected(locale: Locale, type: TokenType): string {
    const terminal = terminalWord(type.name);
    return terminal ? say(locale, terminal) : `'${keywordOf(type)}'`;
}

function isEnd(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || token.image === '';
}

function describeFound(locale: Locale, token: IToken | undefined): string {
    return isEnd(token) ? say(locale, 'syntax.end-of-file') : `'${token!.image}'`;
}

function oneOf(locale: Locale, words: string[]): string {
    const unique = [...new Set(words)];
    if (unique.length <= 1) return unique[0] ?? say(locale, 'syntax.something-else');
    return say(locale, 'syntax.or', { items: unique.slice(0, -1).join(', '), last: unique[unique.length - 1] });
}

function firstTokens(locale: Locale, paths: TokenType[][]): string[] {
    return paths.filter(p => p.length > 0).map(p => describeExpected(locale, p[0]));
}

/** Chevrotain marks rule names with zero-width characters; drop them. */
function plainRuleName(name: string): string {
    return name.replace(/[\u200B-\u200D\uFEFF]/g, '');
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A kind of element where English says "a touchpoint": the other locales' messages put the bare
 * word in their own quotes ("στοιχείο «σημείο επαφής»"), as the validation messages do.
 */
function aKind(locale: Locale, kind: string): string {
    return locale === 'en' ? withArticle(kind) : localKindWord(locale, kind);
}

/** Kinds in a list ("a stage or a touchpoint"), each quoted in the other locales. */
function kindsListed(locale: Locale, kinds: string[]): string {
    return oneOf(locale, kinds.map(kind => (locale === 'en' ? withArticle(kind) : say(locale, 'syntax.kind-in-list', { kind: localKindWord(locale, kind) }))));
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
 * grammar, so the messages follow it when it changes. Chevrotain gets the English text; the
 * document validator words it in the document's locale (see syntax-wordings.ts).
 */
export class JourneyParserErrorMessages implements IParserErrorMessageProvider {
    private words: GrammarWords | undefined;
    readonly wordings = new RememberedWordings();

    constructor(private readonly grammar: () => Grammar) {}

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return this.wordings.english(this.mismatchToken(options));
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.wordings.english(this.topLevelMessage(options.firstRedundant));
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const paths = options.expectedPathsPerAlt.flat();
        const actual = options.actual[0];
        return this.wordings.english(locale => say(locale, 'syntax.expected', { expected: oneOf(locale, firstTokens(locale, paths)), found: describeFound(locale, actual) }));
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const paths = options.expectedIterationPaths;
        const actual = options.actual[0];
        return this.wordings.english(locale => say(locale, 'syntax.expected-at-least-one', { expected: oneOf(locale, firstTokens(locale, paths)), found: describeFound(locale, actual) }));
    }

    private mismatchToken(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): Wording {
        const { expected, actual, previous } = options;
        const ruleName = plainRuleName(options.ruleName);
        const expectedKeyword = keywordOf(expected);
        if (expectedKeyword === '}' && isEnd(actual)) {
            if (!this.grammarWords().fieldsByRule.has(ruleName)) return locale => say(locale, 'syntax.unclosed-brace');
            const kind = kindWord(ruleName);
            return locale => say(locale, 'syntax.unclosed-brace-kind', { kind: localKindWord(locale, kind) });
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
        const word = actual.image;
        if (expected.name === 'ID' && keywordOf(actual.tokenType) && /^\p{L}/u.test(word)) {
            const alternative = capitalise(word) !== word ? capitalise(word) : `${word}_`;
            return locale => say(locale, 'syntax.reserved-word-name', { word, alternative });
        }
        const after = previous && keywordOf(previous.tokenType) && expected.name === 'ID' ? previous.image : undefined;
        return locale => {
            const params = { expected: describeExpected(locale, expected), found: describeFound(locale, actual) };
            return after === undefined ? say(locale, 'syntax.expected', params) : say(locale, 'syntax.expected-after', { ...params, previous: after });
        };
    }

    /**
     * A name is missing: after a word that declares an element (`touchpoint {`) or refers to
     * one (`owner` at the end of a line), the next token is not a name but what comes next.
     * The message provider does not know the enclosing rule (the failing rule is `Name`), so it
     * goes by the words. A keyword on the same line after a declaring word is taken for an
     * attempted name (`channel support`), and gets the message that a word of the language
     * cannot be one.
     */
    private missingNameMessage(previous: IToken | undefined, actual: IToken): Wording | undefined {
        const word = keywordOf(previous?.tokenType);
        if (!previous || !word) return undefined;
        const { referenceTargets, declaringWords, fieldWords, declarations } = this.grammarWords();
        const declares = declaringWords.has(word);
        const target = referenceTargets.get(word);
        if (!declares && target === undefined && word !== ',') return undefined;
        const needs = (locale: Locale) => word === ',' ? say(locale, 'syntax.needs-name-after-comma')
            : target && !declares ? say(locale, 'syntax.needs-name-of', { word, kindWithArticle: aKind(locale, target) })
            : say(locale, 'syntax.needs-name', { word });
        // English says "This touchpoint" with the keyword itself; the others name its kind.
        const thisKind = (locale: Locale) => (locale === 'en' ? word : localKindWord(locale, word));
        if (isEnd(actual)) return locale => say(locale, 'syntax.needs-before-end', { needs: needs(locale) });
        const found = keywordOf(actual.tokenType);
        if (actual.tokenType?.name === 'STRING') {
            if (!declares) return locale => say(locale, 'syntax.needs-not-quoted', { needs: needs(locale) });
            return target ? locale => say(locale, 'syntax.needs-before-quoted', { needs: needs(locale) })
                : locale => say(locale, 'syntax.no-name-before-title', { kind: thisKind(locale), word });
        }
        if (found === '{' && declares) return locale => say(locale, 'syntax.no-name-before-brace', { kind: thisKind(locale), word });
        if (found === '{' || found === '}' || found === ',') return locale => say(locale, 'syntax.needs-before-token', { needs: needs(locale), found });
        if (!found || !/^\p{L}/u.test(found)) return undefined;
        const sameLine = (actual.startLine ?? 0) <= (previous.endLine ?? previous.startLine ?? 0);
        const ownWords = declaringWords.get(word);
        const what = ownWords?.has(found) || (!ELEMENT_WORDS.has(found) && fieldWords.has(found)) ? 'field'
            : ELEMENT_WORDS.has(found) ? 'element' : declarations.includes(found) ? 'declaration' : undefined;
        const startsNext = (reserved: boolean): Wording => locale =>
            say(locale, `syntax.needs-next-${what!}${reserved ? '-reserved' : ''}` as LanguageMessageKey, { needs: needs(locale), found });
        if (!sameLine) return what ? startsNext(false) : locale => say(locale, 'syntax.needs-before-token', { needs: needs(locale), found });
        // On the same line, `channel support` names a channel 'support'; `owner emotion 2` leaves the owner out.
        if (what && !declares) return startsNext(false);
        if (what && ELEMENT_WORDS.has(found)) return startsNext(true);
        return undefined;
    }

    /** Inside an element's braces, a word that is not one of its fields. */
    private notAFieldMessage(ruleName: string, actual: IToken): Wording | undefined {
        const { fieldsByRule, kindsByFieldWord } = this.grammarWords();
        const fields = fieldsByRule.get(ruleName);
        if (!fields) return undefined;
        const kind = kindWord(ruleName);
        const word = actual.image;
        const firstWords = fields.map(f => f.split(' ')[0]);
        const guess = closestName(word, firstWords);
        const owners = guess ? undefined : kindsByFieldWord.get(word);
        return locale => {
            const hint = guess ? say(locale, 'syntax.did-you-mean-field', { field: fields[firstWords.indexOf(guess)] })
                : owners ? say(locale, 'syntax.field-of-other', { owners: kindsListed(locale, owners) }) : '';
            const a = aKind(locale, kind);
            return say(locale, 'syntax.not-a-field', { word, aKind: a, hint, AKind: locale === 'en' ? capitalise(a) : a, fields: fields.join(', ') });
        };
    }

    /** Between declarations, something that does not start one. */
    private topLevelMessage(token: IToken): Wording {
        const word = token.image;
        if (word === '}') return locale => say(locale, 'syntax.unexpected-close');
        const { declarations, kindsByFieldWord } = this.grammarWords();
        const expected = (locale: Locale) => say(locale, 'syntax.top-level-expected', { declarations: oneOf(locale, declarations.filter(d => d !== 'ideal' && d !== 'actual')) });
        if (word === '-') return locale => say(locale, 'syntax.no-dash');
        const owners = kindsByFieldWord.get(word);
        if (owners) return locale => say(locale, 'syntax.field-at-top', { word, owners: kindsListed(locale, owners) });
        const guess = closestName(word, [...declarations, ...kindsByFieldWord.keys()]);
        if (guess && declarations.includes(guess)) return locale => say(locale, 'syntax.unexpected-did-you-mean', { word, guess, expected: expected(locale) });
        if (guess) return locale => say(locale, 'syntax.unexpected-did-you-mean-field', { word, guess, owners: kindsListed(locale, kindsByFieldWord.get(guess)!) });
        return locale => say(locale, 'syntax.unexpected', { word, expected: expected(locale) });
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
    readonly wordings = new RememberedWordings();

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, length);
        if (text.startsWith('/*')) return this.wordings.english(locale => say(locale, 'syntax.unclosed-comment'));
        if (text.startsWith('"') || text.startsWith("'")) {
            const quote = text[0];
            return this.wordings.english(locale => say(locale, 'syntax.unclosed-text', { quote }));
        }
        const character = visible(text);
        return this.wordings.english(locale => say(locale, 'syntax.unexpected-character', { character }));
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        const image = token.image;
        return this.wordings.english(locale => say(locale, 'syntax.unexpected-token', { token: image }));
    }
}
