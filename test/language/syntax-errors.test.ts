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
            "1:38 'ownr' is not a touchpoint field. Did you mean 'owner'? A touchpoint takes: channel, owner, emotion, description, need, perception, success, pain, moment of truth, gives up, reaches outcome, repeats, evidence, metric, frontstage, backstage, support, question; close it with '}'.",
        ]);
    });

    test('an emotion without its score gets one message, not a second about "Emotion undefined"', async () => {
        const result = await validate(`journey J { stage S { touchpoint T { emotion relieved } } }`);
        expect(result.diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual(["Expected a number but found 'relieved'."]);
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

    test('a stray character', async () => {
        expect(await syntaxErrors(`${SHARED}journey J { stage S { touchpoint T { emotion 2 } } } €`)).toEqual([
            "8:54 Unexpected character '€'. Names use letters, digits and '_'; put other text in quotes.",
        ]);
    });

    test('text at the top level', async () => {
        expect(await syntaxErrors(`journey J { }\nhello world`)).toEqual([
            "2:1 Unexpected 'hello'. At the top of a file, write persona, stakeholder, channel or journey declarations.",
        ]);
    });

    test('a misspelt declaration keyword', async () => {
        expect(await syntaxErrors(`journey A { }\nchanel Phone`)).toEqual([
            "2:1 Unexpected 'chanel'. Did you mean 'channel'? At the top of a file, write persona, stakeholder, channel or journey declarations.",
        ]);
        expect(await syntaxErrors(`Journey J { }`)).toEqual([
            "1:1 Unexpected 'Journey'. Did you mean 'journey'? At the top of a file, write persona, stakeholder, channel or journey declarations.",
        ]);
    });

    test('a misspelt inline stakeholder field', async () => {
        expect(await syntaxErrors(`stakeholder X influnce high`)).toEqual([
            "1:15 Unexpected 'influnce'. Did you mean 'influence', a field of a stakeholder?",
        ]);
    });

    test('a field outside any element', async () => {
        expect(await syntaxErrors(`stage S { }`)).toEqual([
            "1:1 'stage' is a field of a journey: put it inside that element's '{ }' after its title.",
        ]);
    });

    test("a touchpoint's fields without its '{'", async () => {
        const [first] = await syntaxErrors(`journey J { stage S { touchpoint T "t"\n owner SD\n } }`);
        expect(first).toBe("2:2 'owner' is not a stage field. It is a field of a touchpoint, an improvement or a question: is the '{' after that element's title missing? A stage takes: touchpoint, description, metric, frontstage, backstage, support, question; close it with '}'.");
    });

    test('a word of the language used as a name', async () => {
        expect(await syntaxErrors(`channel support`)).toEqual([
            "1:9 'support' is a word of the language and cannot be a name. Choose another name, for example 'Support'.",
        ]);
    });

    test("a '-' in a name", async () => {
        expect(await syntaxErrors(`stakeholder Service-Desk`)).toEqual([
            "1:20 Names cannot contain '-': join the words with '_' or write them together, for example Service_Desk or ServiceDesk.",
        ]);
    });

    test('an unclosed text reports only itself, not the rest of its line', async () => {
        expect(await syntaxErrors(`persona P "Office worker\n`)).toEqual([
            '1:11 This text is not closed: add the closing " on the same line.',
        ]);
    });

    test('an unclosed comment', async () => {
        expect(await syntaxErrors(`/* unclosed\njourney J {}`)).toEqual([
            "1:1 This comment is not closed: add '*/' where it should end.",
        ]);
    });

    test('invisible characters are named by code point', async () => {
        expect(await syntaxErrors(`journey J {} \u200B`)).toEqual([
            "1:14 Unexpected character 'U+200B'. Names use letters, digits and '_'; put other text in quotes.",
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
