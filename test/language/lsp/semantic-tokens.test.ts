import { expectSemanticToken, highlightHelper, type DecodedSemanticTokensWithRanges } from 'langium/test';
import { beforeEach, describe, expect, test } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { TOKEN_MODIFIERS } from '../../../src/language/lsp/semantic-token-legend.js';
import { parse, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const highlight = highlightHelper(services.Journey);

function modifierNames(bits: number): string[] {
    return Object.entries(TOKEN_MODIFIERS).filter(([, bit]) => (bits & bit) !== 0).map(([name]) => name).sort();
}

/** `type modifier…` of the one token exactly covering range `index` (the n-th `<|…|>`). */
function tokenAt(result: DecodedSemanticTokensWithRanges, index: number): string {
    const [start, end] = result.ranges[index];
    const found = result.tokens.filter(t => t.offset === start && t.offset + t.text.length === end);
    expect(found, `tokens covering range ${index}`).toHaveLength(1);
    return [found[0].tokenType, ...modifierNames(found[0].tokenModifiers)].join(' ');
}

/** Every token as `text: type modifier…`, in document order. */
function allTokens(result: DecodedSemanticTokensWithRanges): string[] {
    return result.tokens.map(t => `${t.text}: ${[t.tokenType, ...modifierNames(t.tokenModifiers)].join(' ')}`);
}

describe('semantic tokens', () => {
    beforeEach(async () => {
        await resetWorkspace();
        await parse(SHARED);
    });

    test('declarations carry `declaration` and the kind of element', async () => {
        const result = await highlight([
            'persona <|Pat|> "Planner"',
            'stakeholder <|Desk|> influence high',
            'channel <|Chat|>',
            'journey <|Support|> {',
            '    stage <|Contact|> {',
            '        touchpoint <|Call|> { metric <|Wait|> actual 3 min }',
            '    }',
            '    improvement <|Callback|> { addresses Call }',
            '}',
        ].join('\n'));
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(result, { rangeIndex: 2, tokenType: SemanticTokenTypes.enumMember });
        expect([0, 1, 2, 3, 4, 5, 6, 7].map(i => tokenAt(result, i))).toEqual([
            'class declaration persona',
            'variable declaration stakeholder',
            'enumMember channel declaration',
            'namespace declaration journey',
            'struct declaration stage',
            'function declaration touchpoint',
            'property declaration metric',
            'event declaration improvement',
        ]);
    });

    test('references are coloured like what they name, without `declaration`', async () => {
        const result = await highlight([
            'journey Support {',
            '    persona <|Alex|>',
            '    stage Contact {',
            '        touchpoint Call { channel <|Phone|> owner <|ServiceDesk|> }',
            '        touchpoint Again { repeats <|Call|> backstage "Logs it" by <|IdentityTeam|> }',
            '    }',
            '    improvement Callback { addresses <|Call|>, <|Again|> owner <|ServiceDesk|> }',
            '    question "Why?" { about <|Call|> owner <|IdentityTeam|> }',
            '}',
            'ideal journey Better improves <|Support|> { }',
        ].join('\n'));
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(result, { rangeIndex: 2, tokenType: SemanticTokenTypes.variable });
        expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(i => tokenAt(result, i))).toEqual([
            'class persona',
            'enumMember channel',
            'variable stakeholder',
            'function touchpoint',
            'variable stakeholder',
            'function touchpoint',
            'function touchpoint',
            'variable stakeholder',
            'function touchpoint',
            'variable stakeholder',
            'namespace journey',
        ]);
    });

    test('emotion scores carry their place on the 1–5 scale', async () => {
        const result = await highlight([
            'journey J { stage S {',
            '    touchpoint A { emotion <|1|> furious }',
            '    touchpoint B { emotion <|2|> }',
            '    touchpoint C { emotion <|3|> "so-so" }',
            '    touchpoint D { emotion <|4|> }',
            '    touchpoint E { emotion <|5|> delighted }',
            '} }',
        ].join('\n'));
        for (let i = 0; i < 5; i++) expectSemanticToken(result, { rangeIndex: i, tokenType: SemanticTokenTypes.number });
        expect([0, 1, 2, 3, 4].map(i => tokenAt(result, i))).toEqual([
            'number emotion veryNegative',
            'number emotion negative',
            'number emotion neutral',
            'number emotion positive',
            'number emotion veryPositive',
        ]);
    });

    test('a score off the scale is an emotion with no place on it', async () => {
        const result = await highlight('journey J { stage S { touchpoint A { emotion <|7|> } touchpoint B { emotion <|2.5|> } touchpoint C { emotion <|-1|> } } }');
        expect([0, 1, 2].map(i => tokenAt(result, i))).toEqual(['number emotion', 'number emotion', 'number emotion']);
    });

    test('`moment of truth` and `gives up` stand out', async () => {
        const result = await highlight('journey J { stage S { touchpoint A { <|moment|> <|of|> <|truth|> <|gives|> <|up|> "Hangs up" emotion 1 } } }');
        expect([0, 1, 2].map(i => tokenAt(result, i))).toEqual(['keyword momentOfTruth', 'keyword momentOfTruth', 'keyword momentOfTruth']);
        expect([3, 4].map(i => tokenAt(result, i))).toEqual(['keyword givesUp', 'keyword givesUp']);
    });

    test('keywords, strings, feelings and other values are left to the TextMate grammar', async () => {
        const result = await highlight([
            'journey J "Title" {',
            '    outcome "Done"',
            '    stage S "Stage" {',
            '        touchpoint T "Touch" { emotion 2 up need "Help" evidence observed }',
            '    }',
            '    improvement I { priority P1 status planned description "Fix" }',
            '}',
        ].join('\n'));
        expect(allTokens(result)).toEqual([
            'J: namespace declaration journey',
            'S: struct declaration stage',
            'T: function declaration touchpoint',
            '2: number emotion negative',
            'I: event declaration improvement',
        ]);
    });

    test('an unresolved reference is still coloured by where it stands (the error underlines it)', async () => {
        const result = await highlight('journey J { stage S { touchpoint T { owner <|Nobody|> } } }');
        expect(tokenAt(result, 0)).toBe('variable stakeholder');
    });

    test('a document with a syntax error still gets tokens for what parsed', async () => {
        const result = await highlight('journey J { stage S { touchpoint T { emotion 4 owner } touchpoint <|U|> { channel <|Phone|> } } }');
        expect(tokenAt(result, 0)).toBe('function declaration touchpoint');
        expect(tokenAt(result, 1)).toBe('enumMember channel');
    });

    test('a range request returns only the tokens in that range', async () => {
        const document = await parse('journey J {\n    stage S {\n        touchpoint T { emotion 4 }\n    }\n}\n');
        const provider = services.Journey.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlightRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 100 } },
        });
        // Two tokens of five numbers each: `T` and `4`, both on line 2.
        expect(tokens.data).toHaveLength(10);
        expect(tokens.data[0]).toBe(2);
    });
});
