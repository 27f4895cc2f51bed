// A fixed slice of the fuzzer (npm run fuzz runs as many as you ask): 2,000 documents through
// parse, link, validate, model, gaps, every drawing, the formatter and Mermaid, with no
// exception, no document over a second, and the formatter idempotent and losing no token.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUZZ_CORPUS } from './fuzz-corpus.js';
import { fuzz, fuzzDocument } from './fuzz-run.js';

const corpus = FUZZ_CORPUS.map(file => readFileSync(file, 'utf8'));

describe('the fuzzer', () => {
    it('makes the same documents for the same seed, and different ones for another', () => {
        expect(fuzzDocument(7, 3, corpus)).toEqual(fuzzDocument(7, 3, corpus));
        expect(fuzzDocument(7, 3, corpus).text).not.toBe(fuzzDocument(8, 3, corpus).text);
    });

    it('finds nothing in 2,000 documents of seed 1 (random text, mutations of the examples, random maps)', async () => {
        const summary = await fuzz({ count: 2000, seed: 1, corpus });
        expect(summary.documents).toBe(2000);
        expect(Object.keys(summary.byInput).sort()).toEqual(['grammar', 'mutation', 'random']);
        expect(summary.failures.map(f => `${f.kind} in ${f.stage} (document ${f.index}): ${f.message.split('\n')[0]}`)).toEqual([]);
    }, 240_000);
});
