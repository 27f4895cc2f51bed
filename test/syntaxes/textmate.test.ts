// Checks the hand-written TextMate grammar (syntaxes/journey.tmLanguage.json) with VS Code's own
// engine: vscode-textmate over the Oniguruma WebAssembly build, tokenizing line by line as the editor does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import oniguruma from 'vscode-oniguruma';
import vsctm from 'vscode-textmate';
import { parse } from '../language/journey-test-services.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

// ---------------------------------------------------------------- keywords of the Langium grammar

const isWord = (keyword: string): boolean => /^\p{L}/u.test(keyword);

/**
 * The alphabetic keywords, read from the single-quoted literals of journey.langium itself (the source
 * the generated JourneyMapsKeywordNames comes from, so no `langium:generate` is needed first).
 * Terminal rules and comments are dropped first: their regexes and prose may contain quotes.
 */
function grammarKeywords(): string[] {
    const source = read('src/language/journey.langium')
        .replace(/^\s*(hidden\s+)?terminal\b.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
    const literals = [...source.matchAll(/'([^'\\]*)'/g)].map(m => m[1]);
    return [...new Set(literals)].filter(isWord).sort();
}

/** The literals of the generated union type JourneyMapsKeywordNames, to check the extraction above. */
function generatedKeywords(): string[] {
    const union = read('src/language/generated/ast.ts').match(/export type JourneyMapsKeywordNames =([^;]*);/)?.[1] ?? '';
    return [...union.matchAll(/"([^"]*)"/g)].map(m => m[1]).filter(isWord).sort();
}

const KEYWORDS = new Set(grammarKeywords());

// ---------------------------------------------------------------- tokenizing

let grammar: vsctm.IGrammar;

beforeAll(async () => {
    await oniguruma.loadWASM(fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm')));
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async scopeName => scopeName === 'source.journey'
            ? vsctm.parseRawGrammar(read('syntaxes/journey.tmLanguage.json'), 'journey.tmLanguage.json')
            : null,
    });
    grammar = (await registry.loadGrammar('source.journey'))!;
});

interface Token { text: string; line: number; start: number; end: number; scopes: string[] }

/** Tokenizes `text` line by line, carrying the rule stack over (block comments span lines). */
function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let ruleStack = vsctm.INITIAL;
    text.split(/\r?\n/).forEach((line, index) => {
        const result = grammar.tokenizeLine(line, ruleStack);
        for (const t of result.tokens) {
            tokens.push({ text: line.slice(t.startIndex, t.endIndex), line: index + 1, start: t.startIndex, end: t.endIndex, scopes: t.scopes });
        }
        ruleStack = result.ruleStack;
    });
    return tokens;
}

/** The one token that contains the first occurrence of `fragment` in `text` (undefined if it is split). */
function tokenAt(text: string, fragment: string): Token | undefined {
    const offset = text.indexOf(fragment);
    expect(offset, `"${fragment}" not in the snippet`).toBeGreaterThanOrEqual(0);
    const before = text.slice(0, offset).split(/\r?\n/);
    const line = before.length, start = before[before.length - 1].length, end = start + fragment.length;
    return tokenize(text).find(t => t.line === line && t.start <= start && t.end >= end);
}

/** Scopes of the token holding `fragment`, without the root `source.journey`. */
const scopesAt = (text: string, fragment: string): string[] => tokenAt(text, fragment)?.scopes.slice(1) ?? ['<split over several tokens>'];

/** The runs of adjacent text that carry `scope` (one run per stretch of a line). */
function runsWithScope(text: string, scope: string): string[] {
    const runs: { line: number; end: number; text: string }[] = [];
    for (const t of tokenize(text).filter(t => t.scopes.includes(scope))) {
        const last = runs[runs.length - 1];
        if (last && last.line === t.line && last.end === t.start) Object.assign(last, { end: t.end, text: last.text + t.text });
        else runs.push({ line: t.line, end: t.end, text: t.text });
    }
    return runs.map(r => r.text);
}

const KEYWORD_SCOPE = /^(keyword|storage|constant\.language)\./;
const LITERAL_OR_COMMENT = /^(string\.quoted|comment)\./;
const isKeyword = (scopes: string[]): boolean => scopes.some(s => KEYWORD_SCOPE.test(s));
const isLiteralOrComment = (scopes: string[]): boolean => scopes.some(s => LITERAL_OR_COMMENT.test(s));

interface Word { word: string; line: number; scopes: string[] | undefined }

/** Every identifier-shaped word of `text` (the ID terminal of the grammar) with its token's scopes. */
function words(text: string): Word[] {
    const tokens = tokenize(text);
    return text.split(/\r?\n/).flatMap((line, index) =>
        [...line.matchAll(/[\p{L}_][\p{L}\p{M}\p{N}_]*/gu)].map(m => {
            const start = m.index!, end = start + m[0].length;
            const token = tokens.find(t => t.line === index + 1 && t.start <= start && t.end >= end);
            return { word: m[0], line: index + 1, scopes: token?.scopes };
        }));
}

/**
 * What is highlighted wrongly in `text`: a keyword outside strings and comments with no keyword scope,
 * a name (even one that starts with a keyword, like `ownerTeam`) cut into tokens or scoped as a keyword,
 * and anything inside a string or comment scoped as a keyword.
 */
function misHighlighted(text: string): string[] {
    return words(text).flatMap(({ word, line, scopes }) => {
        if (!scopes) return [`line ${line}: "${word}" is split over several tokens`];
        const shown = scopes.join(' ');
        if (isLiteralOrComment(scopes)) return isKeyword(scopes) ? [`line ${line}: "${word}" in a string or comment has a keyword scope (${shown})`] : [];
        if (KEYWORDS.has(word)) return isKeyword(scopes) ? [] : [`line ${line}: keyword "${word}" is not highlighted as a keyword (${shown})`];
        return isKeyword(scopes) ? [`line ${line}: name "${word}" is highlighted as a keyword (${shown})`] : [];
    });
}

/** The keywords that `text` shows highlighted as keywords. */
const highlightedKeywords = (text: string): Set<string> =>
    new Set(words(text).filter(w => w.scopes && isKeyword(w.scopes) && !isLiteralOrComment(w.scopes) && KEYWORDS.has(w.word)).map(w => w.word));

// ---------------------------------------------------------------- tests

describe('every keyword of the Langium grammar is highlighted', () => {
    const fixture = read('test/syntaxes/all-keywords.journey');

    test('the keyword list read from journey.langium matches Langium\'s generated list', () => {
        expect(KEYWORDS.size).toBeGreaterThan(40);
        expect([...KEYWORDS]).toEqual(generatedKeywords());
    });

    test('the fixture is valid .journey text', async () => {
        const { parseResult } = await parse(fixture);
        expect(parseResult.lexerErrors).toEqual([]);
        expect(parseResult.parserErrors.map(e => e.message)).toEqual([]);
    });

    test('the fixture uses every keyword, and each one is highlighted as a keyword', () => {
        const highlighted = highlightedKeywords(fixture);
        expect([...KEYWORDS].filter(k => !highlighted.has(k))).toEqual([]);
        expect(misHighlighted(fixture)).toEqual([]);
    });

    // A keyword can never be a feeling: Langium lexes it as a keyword, so it starts the next field.
    const touchpointFields = read('src/language/journey.langium').match(/fragment TouchpointField:([^;]*);/)![1]
        .split('|').map(alternative => [...alternative.matchAll(/'(\w+)'/g)].map(m => m[1]).join(' ')).filter(Boolean);

    test.each(touchpointFields)('"%s" right after "emotion 3" is still a keyword', field => {
        const line = `touchpoint T { emotion 3 ${field} }`;
        expect(misHighlighted(line)).toEqual([]);
        expect(scopesAt(line, '3')).toEqual(['constant.numeric.emotion.journey']);
    });

    test('multi-word keywords split over lines are still keywords (whitespace, newlines included, is hidden)', async () => {
        const text = 'ideal\njourney J {\n stage S {\n  touchpoint T {\n   moment\n    of truth\n   gives\n    up "reason"\n  }\n }\n}';
        expect((await parse(text)).parseResult.parserErrors).toEqual([]);
        expect(misHighlighted(text)).toEqual([]);
        expect(highlightedKeywords(text)).toEqual(new Set(['ideal', 'journey', 'stage', 'touchpoint', 'moment', 'of', 'truth', 'gives', 'up']));
    });
});

describe('strings, numbers and comments', () => {
    test('double- and single-quoted strings, with escapes, are strings from quote to quote', () => {
        const text = `persona P "Says \\"hi\\" to the owner" { goal 'It\\'s the goal of stage 2' }`;
        expect(runsWithScope(text, 'string.quoted.double.journey')).toEqual(['"Says \\"hi\\" to the owner"']);
        expect(runsWithScope(text, 'string.quoted.single.journey')).toEqual(["'It\\'s the goal of stage 2'"]);
        expect(scopesAt(text, '\\"')).toEqual(['string.quoted.double.journey', 'constant.character.escape.journey']);
        expect(scopesAt(text, "\\'")).toEqual(['string.quoted.single.journey', 'constant.character.escape.journey']);
        expect(scopesAt(text, 'owner')).toEqual(['string.quoted.double.journey']);
        expect(scopesAt(text, 'goal of')).toEqual(['string.quoted.single.journey']);
        expect(scopesAt(text, 'goal')).toEqual(['keyword.other.field.journey']); // the field keyword before the string
        expect(misHighlighted(text)).toEqual([]);
    });

    test.each([
        ['metric Abandonment actual 38% target 10%', '38'],
        ['metric Abandonment actual 38% target 10%', '10'],
        ['metric NPS actual -20 target 30', '-20'],
        ['metric Contacts actual 2.5 target 1', '2.5'],
        ['metric TimeToResolve actual 95 min target 5 min', '95'],
        ['touchpoint T { emotion 1 frustrated }', '1'],
        ['touchpoint T { emotion -2 }', '-2'],
    ])('in "%s", %s is one numeric token', (line, number) => {
        const token = tokenAt(line, number);
        expect(token?.text).toBe(number);
        expect(token?.scopes.some(s => s.startsWith('constant.numeric'))).toBe(true);
    });

    test('a percent sign is highlighted as the unit of its number; digits inside names are not numbers', () => {
        expect(scopesAt('metric A actual 38% target 10%', '%')).toEqual(['keyword.other.unit.percent.journey']);
        expect(scopesAt('touchpoint Ringer_Kø2 { owner Desk2 }', 'Ringer_Kø2')).toEqual(['entity.name.function.journey']);
        expect(scopesAt('touchpoint Ringer_Kø2 { owner Desk2 }', 'Desk2')).toEqual(['variable.other.reference.journey']);
    });

    test('line comments, alone or after code, are comments up to the end of the line', () => {
        const text = '// persona owner of the queue: 5 stages, P1\npain "Queue too long" // owner, stage 2\npersona Alex';
        expect(runsWithScope(text, 'comment.line.double-slash.journey')).toEqual(['// persona owner of the queue: 5 stages, P1', '// owner, stage 2']);
        expect(scopesAt(text, '//')).toEqual(['comment.line.double-slash.journey', 'punctuation.definition.comment.journey']);
        expect(scopesAt(text, 'pain')).toEqual(['keyword.other.field.journey']);
        expect(scopesAt(text, 'Alex')).toEqual(['entity.name.type.journey']); // highlighting resumes on the next line
        expect(misHighlighted(text)).toEqual([]);
    });

    test('block comments span lines, and highlighting resumes after them', () => {
        const text = 'channel Phone /* touchpoint X\n   owner ServiceDesk, 38% */ stakeholder Helpdesk';
        expect(runsWithScope(text, 'comment.block.journey')).toEqual(['/* touchpoint X', '   owner ServiceDesk, 38% */']);
        expect(scopesAt(text, 'stakeholder')).toEqual(['storage.type.declaration.journey']);
        expect(scopesAt(text, 'Helpdesk')).toEqual(['entity.name.type.journey']);
        expect(misHighlighted(text)).toEqual([]);
    });
});

describe('declaration names', () => {
    test.each([
        ['persona Alex "Office worker"', 'Alex'],
        ['stakeholder ServiceDesk "Service desk manager" influence high', 'ServiceDesk'],
        ['channel Phone', 'Phone'],
        ['actual journey Reset "Password reset" {', 'Reset'],
        ['ideal journey ResetIdeal improves Reset {', 'ResetIdeal'],
        ['stage SeekHelp "Looks for help" {', 'SeekHelp'],
        ['touchpoint CallsDesk "Calls the desk" {', 'CallsDesk'],
        ['improvement Callback "Offer a callback"', 'Callback'],
    ])('in "%s", %s is an entity name', (line, name) => {
        expect(tokenAt(line, name)?.text).toBe(name);
        expect(scopesAt(line, name)).toEqual([expect.stringMatching(/^entity\.name\./)]);
    });

    // Same shape, ASCII names then names in other scripts: every word must get the same scopes.
    test.each([
        ['touchpoint CallsDesk {', 'touchpoint Κλήση {'],
        ['touchpoint CallsDesk {', 'touchpoint 电话 {'],
        ['touchpoint CallsDesk2 {', 'touchpoint सेवा2 {'], // Devanagari vowel signs are marks (\p{M})
        ['channel Phone', 'channel Teléfono'],
        ['persona Alex', 'persona Μαρία'],
        ['stakeholder ServiceDesk', 'stakeholder Servicedesk_Kø'],
        ['stage SeekHelp', 'stage Søg'],
        ['journey Reset improves Old {', 'journey RestablecerContraseña improves Антигуо {'],
        ['improvement Callback', 'improvement DevoluciónDeLlamada'],
        ['owner ServiceDesk channel Phone emotion 1 frustrated', 'owner ΓραφείοΕξυπηρέτησης channel Τηλέφωνο emotion 1 απογοητευμένη'],
        ['addresses CallsDesk, ChecksEmail priority P1', 'addresses Κλήση, RevisaElCorreo priority P1'],
        ['addresses CallsDesk,\n    Step2', 'addresses Κλήση,\n    सेवा2'],
        ['about CallsDesk owner ServiceDesk', 'about LlamaALaMesa owner GestiónDeIdentidades'],
        ['backstage "Queue" by ServiceDesk', 'backstage "Cola" by GestiónDeIdentidades'],
        ['metric Abandonment actual 38% target 10% calls', 'metric Εγκατάλειψη actual 38% target 10% κλήσεις'],
    ])('%j and %j are highlighted alike', (ascii, unicode) => {
        const scopes = (text: string) => words(text).map(w => w.scopes?.slice(1) ?? '<split over several tokens>');
        expect(misHighlighted(ascii)).toEqual([]);
        expect(words(unicode).length).toBe(words(ascii).length);
        expect(scopes(unicode)).toEqual(scopes(ascii));
    });
});

describe('the examples', () => {
    const examples = (fs.readdirSync(path.join(ROOT, 'examples'), { recursive: true }) as string[])
        .filter(file => file.endsWith('.journey')).map(file => path.join('examples', file)).sort();

    test('there are examples to check', () => {
        expect(examples.length).toBeGreaterThanOrEqual(4);
    });

    test.each(examples)('%s: every keyword is highlighted, and no name is', file => {
        expect(misHighlighted(read(file))).toEqual([]);
    });

    test('names that start with a keyword are names, not a keyword and a rest', () => {
        const text = `
            stakeholder ownerTeam "x" influence low
            stakeholder ownerÉquipe influence high
            channel channelOne
            journey stages { stage goalSetting { touchpoint ownerCall { owner ownerTeam channel channelOne emotion 3 painless } } }
            improvement priorityFix { addresses ownerCall, stagesOne owner ownerÉquipe priority P2 }
            improvement goalTracker {
                addresses ownerCall,
                    stagesOne
            }
            metric Handoffs actual 4 stages target 1 ownerChange`;
        expect(misHighlighted(text)).toEqual([]);
        for (const name of ['ownerTeam', 'ownerÉquipe', 'channelOne', 'stages', 'goalSetting', 'ownerCall', 'painless', 'priorityFix', 'stagesOne', 'goalTracker', 'ownerChange']) {
            expect(tokenAt(text, name)?.text.trim(), name).toBe(name); // one token (unscoped ones keep their spaces)
            expect(isKeyword(tokenAt(text, name)!.scopes), name).toBe(false);
        }
    });
});
