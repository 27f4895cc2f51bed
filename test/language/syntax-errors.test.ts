import { afterEach, describe, expect, test } from 'vitest';
import { buildWorkspace, errors, resetWorkspace, SHARED, validate } from './journey-test-services.js';

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
        expect(first).toBe("2:3 'stages' is not a journey field. Did you mean 'stage'? A journey takes: persona, outcome, language, description, stage, improvement, question, metric; close it with '}'.");
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
            "1:46 'channel' needs a name here, before '}'.",
        ]);
    });

    test('a name left out before the next line: the message says the name is missing, not that the next word cannot be one', async () => {
        const cases: Array<[string, string]> = [
            ['journey J "t" {\n    persona\n    stage S { }\n}', "3:5 'persona' needs a name here: 'stage' starts the next element."],
            ['journey J { stage S { touchpoint T {\n    owner\n    emotion 2\n} } }', "3:5 'owner' needs the name of a stakeholder here: 'emotion' starts the next field."],
            ['journey J { stage S { touchpoint T {\n    channel\n    owner X\n} } }', "3:5 'channel' needs a name here: 'owner' starts the next field."],
            ['journey J { stage S { touchpoint T {\n    repeats\n    evidence observed\n} } }', "3:5 'repeats' needs the name of a touchpoint here: 'evidence' starts the next field."],
            ['journey J { stage S {\n    backstage "Unlocks" by\n    touchpoint T\n} }', "3:5 'by' needs the name of a stakeholder here: 'touchpoint' starts the next element."],
            ['journey J { stage S { touchpoint T }\n    improvement I { addresses\n    owner X }\n}', "3:5 'addresses' needs the name of a touchpoint here: 'owner' starts the next field."],
            ['journey J { stage S { touchpoint T }\n    question "Why?" { about\n    }\n}', "3:5 'about' needs the name of a touchpoint here, before '}'."],
            ['journey J { stage S { touchpoint T }\n    improvement I { addresses T,\n    owner X }\n}', "3:5 A name is missing after ',': 'owner' starts the next field."],
            ['journey J { }\nideal journey K improves\n{ }', "3:1 'improves' needs the name of a journey here, before '{'."],
            ['persona\nstakeholder X', "2:1 'persona' needs a name here: 'stakeholder' starts the next declaration."],
            ['journey J { metric\n    stage S }', "2:5 'metric' needs a name here: 'stage' starts the next element."],
            ['journey J { stage S { touchpoint T { owner', "1:43 'owner' needs the name of a stakeholder here, before the end of the file."],
        ];
        for (const [text, message] of cases) {
            expect((await syntaxErrors(text))[0], text).toBe(message);
        }
    });

    test('on the same line: a reference left out before the next field, a declaration without a name', async () => {
        expect((await syntaxErrors('journey J { stage S { touchpoint T { owner emotion 2 } } }'))[0])
            .toBe("1:44 'owner' needs the name of a stakeholder here: 'emotion' starts the next field.");
        expect((await syntaxErrors('journey J "t" { persona stage S { } }'))[0])
            .toBe("1:25 'persona' needs a name here: 'stage' starts the next element, and a word of the language cannot be a name.");
        expect((await syntaxErrors('journey J { owner "Service desk" }'))[0]).not.toContain('needs');
        expect((await syntaxErrors('journey J { stage S { touchpoint T { owner "Service desk" } } }'))[0])
            .toBe("1:44 'owner' needs the name of a stakeholder here, not a quoted text: names are written without quotes.");
    });

    test('a declaration without its name: touchpoint {, stage "title", journey {', async () => {
        expect(await syntaxErrors('journey J { stage S { touchpoint { } } }')).toEqual(["1:34 This touchpoint has no name: write one after 'touchpoint', before '{'."]);
        expect((await syntaxErrors('journey J { stage "Seeks help" { } }'))[0]).toBe("1:19 This stage has no name: write one after 'stage', before its title.");
        expect((await syntaxErrors('journey { }'))[0]).toBe("1:9 This journey has no name: write one after 'journey', before '{'.");
        expect((await syntaxErrors('persona "Office worker"'))[0]).toBe("1:9 'persona' needs a name here, before the quoted text: names are written without quotes.");
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

describe('one misspelt keyword is one error', () => {
    const PEOPLE = 'persona Alex "Office worker"\nstakeholder ServiceDesk "Service desk"\nchannel Phone "Phone"\n';
    const MAP = [
        'journey Reset "Password reset" {',
        '    persona Alex',
        '    stage SeekHelp "Looks for help" {',
        '        touchpoint CallsDesk "Calls the desk" {',
        '            channel Phone  owner ServiceDesk  emotion 1 frustrated',
        '            metric Abandonment actual 38% target 10%',
        '        }',
        '    }',
        '    improvement Callback "Offer a callback" {',
        '        addresses CallsDesk  owner ServiceDesk  priority P1',
        '    }',
        '}',
    ].join('\n');

    test.each([
        ['touchpoint CallsDesk', 'touchpont CallsDesk', "4:9 'touchpont' is not a stage field. Did you mean 'touchpoint'?"],
        ['stage SeekHelp', 'stag SeekHelp', "3:5 'stag' is not a journey field. Did you mean 'stage'?"],
        ['improvement Callback', 'improvment Callback', "9:5 'improvment' is not a journey field. Did you mean 'improvement'?"],
    ])('%s misspelt: the syntax error alone, not the guesses the parser made past it', async (word, typo, message) => {
        const { 'people.journey': people, 'reset.journey': reset } = await buildWorkspace({ 'people.journey': PEOPLE, 'reset.journey': MAP.replace(word, typo) });
        const found = errors(reset).map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
        expect(found).toHaveLength(1);
        expect(found[0].startsWith(message)).toBe(true);
        // The parser read `channel Phone` as a new channel: the shared file must not be told it is declared twice.
        expect(errors(people)).toEqual([]);
    });

    test('a second, separate mistake after a syntax error the parser got past is still reported', async () => {
        const { 'reset.journey': reset } = await buildWorkspace({ 'people.journey': PEOPLE, 'reset.journey': MAP.replace('channel Phone  owner', 'chanel Phone  owner').replace('addresses CallsDesk  owner ServiceDesk', 'addresses CallsDesk  owner Nobody') });
        expect(errors(reset).map(d => d.code)).toEqual(['syntax-error', 'unresolved-reference']);
    });
});
