import { describe, expect, it } from 'vitest';
import { ID_START_CHARS } from '../../src/language/journey-token-builder.js';
import { services } from './journey-test-services.js';

const lexer = services.Journey.parser.Lexer;

function images(text: string): string[] {
    return lexer.tokenize(text).tokens.map(token => `${token.tokenType.name}:${token.image}`);
}

describe('the lexer', () => {
    it('keeps Chevrotain\'s first-character optimisation on (a large map lexes several times faster)', () => {
        const chevrotain = (lexer as unknown as { chevrotainLexer: { canModeBeOptimized: Record<string, boolean> } }).chevrotainLexer;
        expect(chevrotain.canModeBeOptimized).toEqual({ defaultMode: true });
    });

    it('lexes names in any script, and keywords that start a longer name as that name', () => {
        expect(images('touchpoint Επαναφορά_2 owner ØresundTeam channel 電話 goals ownerCall 𝒜lpha')).toEqual([
            'touchpoint:touchpoint', 'ID:Επαναφορά_2', 'owner:owner', 'ID:ØresundTeam', 'channel:channel', 'ID:電話',
            'ID:goals', 'ID:ownerCall', 'ID:𝒜lpha',
        ]);
    });

    it('still reads a comparison sign and a unit after a number', () => {
        expect(images('target ≤ 10% actual 5 min')).toEqual(['target:target', '≤:≤', 'NUMBER:10', '%:%', 'actual:actual', 'NUMBER:5', 'ID:min']);
    });

    it('hints every character a name can start with: each letter\'s bucket is covered', () => {
        const bucket = (code: number) => (code < 256 ? code : 255 + Math.floor(code / 255));
        const hinted = new Set(ID_START_CHARS.map(bucket));
        for (const letter of ['a', 'Z', '_', 'ª', 'é', 'Ω', 'ж', 'ש', 'ع', 'अ', '中', 'ㄱ', '가', 'ﬁ', '\uD835']) {
            expect(hinted.has(bucket(letter.charCodeAt(0))), letter).toBe(true);
        }
        expect(hinted.has(bucket(' '.charCodeAt(0)))).toBe(false);
        expect(hinted.has(bucket('"'.charCodeAt(0)))).toBe(false);
    });
});
