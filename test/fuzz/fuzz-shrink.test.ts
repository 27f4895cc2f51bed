import { describe, expect, it } from 'vitest';
import { shrink } from './fuzz-shrink.js';

describe('shrink', () => {
    it('keeps only what the failure needs: lines first, then characters', async () => {
        const input = 'persona P\njourney J {\n  stage S { touchpoint T "a \u0000 b" }\n}\nchannel C\n';
        expect(await shrink(input, async text => text.includes('\u0000'))).toBe('\u0000');
        expect(await shrink(input, async text => text.includes('{') && text.includes('}'))).toBe('{}');
    });

    it('gives the input back when nothing smaller fails, and stops at its budget', async () => {
        expect(await shrink('abc', async text => text === 'abc')).toBe('abc');
        let calls = 0;
        await shrink('x'.repeat(5000), async () => { calls++; return false; }, 50);
        expect(calls).toBeLessThanOrEqual(50);
    });
});
