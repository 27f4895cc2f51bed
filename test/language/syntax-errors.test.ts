import { afterEach, describe, expect, test } from 'vitest';
import { resetWorkspace, SHARED, validate } from './journey-test-services.js';

afterEach(resetWorkspace);

async function syntaxErrors(text: string): Promise<string[]> {
    const result = await validate(text);
    return result.diagnostics.filter(d => d.code === 'syntax-error').map(d => {
        const { line, character } = d.range.start;
        return `${line + 1}:${character + 1} ${d.message}`;
    });
}

describe('syntax errors a map author can act on', () => {
    test('a misspelt touchpoint field suggests the right one and lists them all', async () => {
        expect(await syntaxErrors(`journey J { stage S { touchpoint T { ownr ServiceDesk } } }`)).toEqual([
            "1:38 'ownr' is not a touchpoint field. Did you mean 'owner'? A touchpoint takes: channel, owner, emotion, description, need, perception, success, pain, moment of truth, gives up, evidence, metric, frontstage, backstage, support, question; close it with '}'.",
        ]);
    });

    test('a misspelt journey member', async () => {
        const [first] = await syntaxErrors(`journey J {\n  stages S { }\n}`);
        expect(first).toBe("2:3 'stages' is not a journey field. Did you mean 'stage'? A journey takes: persona, outcome, description, stage, improvement, question, metric; close it with '}'.");
    });

    test('persona fields', async () => {
        expect(await syntaxErrors(`persona P { goals "x" }`)).toEqual([
            "1:13 'goals' is not a persona field. Did you mean 'goal'? A persona takes: description, goal, segment, need; close it with '}'.",
        ]);
    });

    test('a missing closing brace', async () => {
        expect(await syntaxErrors(`journey J {\n  stage S {\n    touchpoint T { }\n`)).toEqual([
            "3:21 The file ends before this stage is closed: add the missing '}'.",
        ]);
    });

    test('a brace too many', async () => {
        expect(await syntaxErrors(`journey J { }\n}`)).toEqual([
            "2:1 Unexpected '}': there is no open '{' for it to close.",
        ]);
    });

    test('a priority outside P1–P4', async () => {
        expect(await syntaxErrors(`journey J { improvement I { priority P5 } }`)).toEqual([
            "1:38 Expected 'P1', 'P2', 'P3' or 'P4' but found 'P5'.",
        ]);
    });

    test('an unknown influence level', async () => {
        expect(await syntaxErrors(`stakeholder X influence huge`)).toEqual([
            "1:25 Expected 'low', 'medium' or 'high' but found 'huge'.",
        ]);
    });

    test('an unknown evidence status', async () => {
        expect(await syntaxErrors(`journey J { stage S { touchpoint T { evidence guessed } } }`)).toEqual([
            "1:47 Expected 'observed', 'assumed' or 'proposed' but found 'guessed'.",
        ]);
    });

    test('a reference with the name left out', async () => {
        expect(await syntaxErrors(`journey J { stage S { touchpoint T { channel } } }`)).toEqual([
            "1:46 Expected a name after 'channel' but found '}'.",
        ]);
    });

    test('an emotion without its score', async () => {
        expect(await syntaxErrors(`journey J { stage S { touchpoint T { emotion happy } } }`)).toEqual([
            "1:46 Expected a number but found 'happy'.",
        ]);
    });

    test('an unclosed text', async () => {
        const [first] = await syntaxErrors(`persona P "Office worker\n`);
        expect(first).toBe('1:11 This text is not closed: add the closing " on the same line.');
    });

    test('a stray character', async () => {
        expect(await syntaxErrors(`${SHARED}journey J { stage S { touchpoint T { emotion 2 } } } €`)).toEqual([
            "8:54 Unexpected character '€'. Names use letters, digits and '_'; put other text in quotes.",
        ]);
    });

    test('text at the top level', async () => {
        expect(await syntaxErrors(`journey J { }\nhello`)).toEqual([
            "2:1 Unexpected 'hello'. At the top of a file, write persona, stakeholder, channel or journey declarations.",
        ]);
    });

    test('a broken touchpoint does not hide the rest of the file', async () => {
        const result = await validate(`${SHARED}
            journey J {
                stage S { touchpoint T { ownr ServiceDesk } }
                stage Later { touchpoint U { owner Nobody } }
            }`);
        expect(result.diagnostics.map(d => d.code)).toEqual(['syntax-error', 'unresolved-reference']);
    });
});
