import { readFileSync } from 'node:fs';
import { AstUtils, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { firstNodeForProperty } from '../../src/language/cst-assignments.js';
import { parse } from './journey-test-services.js';

const PROPERTIES = ['name', 'title', 'text', 'channel', 'owner', 'emotion', 'persona', 'improves', 'description', 'actual', 'target', 'lane', 'score', 'feeling'];

describe('firstNodeForProperty', () => {
    it('finds the same CST node as GrammarUtils.findNodeForProperty, for every element of the examples', async () => {
        let compared = 0;
        for (const file of ['examples/password-reset.journey', 'examples/password-reset-ideal.journey', 'examples/shared.journey', 'test/fixtures/messy/ragged.journey']) {
            const document = await parse(readFileSync(file, 'utf8'));
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const property of PROPERTIES) {
                    const expected = GrammarUtils.findNodeForProperty(node.$cstNode, property);
                    expect(firstNodeForProperty(node.$cstNode, property), `${node.$type}.${property} in ${file}`).toBe(expected);
                    if (expected) compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(200);
    });
});
