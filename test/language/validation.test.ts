import { afterEach, describe, expect, test } from 'vitest';
import { expectError, expectWarning } from 'langium/test';
import { isJourney } from '../../src/language/generated/ast.js';
import { errors, messages, resetWorkspace, SHARED, validate } from './journey-test-services.js';

afterEach(resetWorkspace);

function touchpoint(body: string): string {
    return `${SHARED}\njourney J { stage S { touchpoint T { ${body} } } }`;
}

describe('emotion scale', () => {
    test.each([1, 2, 3, 4, 5])('emotion %i is on the scale', async score => {
        const result = await validate(touchpoint(`emotion ${score}`));
        expect(result.diagnostics).toEqual([]);
    });

    test.each(['0', '6', '7', '-1', '2.5', '100'])('emotion %s is refused with the scale explained', async score => {
        const result = await validate(touchpoint(`emotion ${score} upset`));
        const emotion = result.document.parseResult.value.elements.find(isJourney)!.stages[0].touchpoints[0].emotion!;
        expectError(result,
            `Emotion ${Number(score)} is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.`,
            { node: emotion, property: 'score', code: 'emotion-out-of-range' });
        expect(result.diagnostics).toHaveLength(1);
    });
});

describe('duplicate names', () => {
    test('two personas with one name in a file', async () => {
        const result = await validate(`persona Alex "A"\npersona Alex "B"`, { documentUri: 'file:///ws/people.journey' });
        expect(messages(result.diagnostics)).toEqual([
            "There is more than one persona named 'Alex' (also in people.journey line 2). Rename one of them.",
            "There is more than one persona named 'Alex' (also in people.journey line 1). Rename one of them.",
        ]);
        expect(result.diagnostics.every(d => d.code === 'duplicate-name')).toBe(true);
        expect(result.diagnostics[0].relatedInformation?.[0].location.range.start.line).toBe(1);
    });

    test('a persona and a stakeholder may share a name', async () => {
        const result = await validate(`persona Alex\nstakeholder Alex`);
        expect(result.diagnostics).toEqual([]);
    });

    test('two touchpoints with one name in different stages of a journey', async () => {
        const result = await validate(`journey J {
            stage A { touchpoint Call { } }
            stage B { touchpoint Call { } }
        }`);
        const second = result.document.parseResult.value.elements.find(isJourney)!.stages[1].touchpoints[0];
        expectError(result, "There is already a touchpoint named 'Call' in journey 'J' (line 2). Rename one of them.",
            { node: second, property: 'name', code: 'duplicate-name' });
        expect(result.diagnostics).toHaveLength(1);
    });

    test('the same touchpoint name in the actual and the ideal journey is expected', async () => {
        const result = await validate(`
            journey Now { stage S { touchpoint Call { } } }
            ideal journey Better improves Now { stage S { touchpoint Call { } } }`);
        expect(result.diagnostics).toEqual([]);
    });

    test('stages, improvements and metrics', async () => {
        const result = await validate(`journey J {
            stage A { touchpoint T { metric M actual 1 metric M actual 2 } }
            stage A
            improvement I
            improvement I
            metric K target 1
            metric K target 2
        }`);
        expect(messages(result.diagnostics)).toEqual([
            "There is already a stage named 'A' in journey 'J' (line 2). Rename one of them.",
            "There is already an improvement named 'I' in journey 'J' (line 4). Rename one of them.",
            "There is already a metric named 'K' on journey 'J' (line 6). Rename one of them.",
            "There is already a metric named 'M' on touchpoint 'T' (line 2). Rename one of them.",
        ]);
    });
});

describe('fields given twice', () => {
    test('a second owner is reported where it is written', async () => {
        const result = await validate(touchpoint(`owner ServiceDesk\n owner IdentityTeam`));
        expect(messages(result.diagnostics)).toEqual([
            "The touchpoint 'T' already has an owner (line 9). Keep one: only one is used.",
        ]);
        expect(result.diagnostics[0]).toMatchObject({ code: 'duplicate-field', range: { start: { line: 9, character: 7 } } });
    });

    test.each([
        ['channel Phone channel Email', "The touchpoint 'T' already has a channel (line 9). Keep one: only one is used."],
        ['emotion 1 emotion 2', "The touchpoint 'T' already has an emotion (line 9). Keep one: only one is used."],
        ['moment of truth moment of truth', "The touchpoint 'T' already has a 'moment of truth' marker (line 9). Keep one: only one is used."],
        ['evidence observed evidence assumed', "The touchpoint 'T' already has an evidence status (line 9). Keep one: only one is used."],
    ])('%s', async (body, message) => {
        const result = await validate(touchpoint(body));
        expect(messages(result.diagnostics)).toEqual([message]);
    });

    test('inline and block stakeholder fields count together', async () => {
        const result = await validate(`stakeholder Desk influence high { influence low }`);
        expect(messages(result.diagnostics)).toEqual([
            "The stakeholder 'Desk' already has an influence (line 1). Keep one: only one is used.",
        ]);
    });

    test('journey outcome and improvement priority', async () => {
        const result = await validate(`journey J { outcome "a" outcome "b" improvement I { priority P1 priority P2 } }`);
        expect(messages(result.diagnostics)).toEqual([
            "The journey 'J' already has an outcome (line 1). Keep one: only one is used.",
            "The improvement 'I' already has a priority (line 1). Keep one: only one is used.",
        ]);
    });

    test('an improvement\'s status', async () => {
        const result = await validate(`journey J { improvement I { status planned status done } }`);
        expect(messages(result.diagnostics)).toEqual([
            "The improvement 'I' already has a status (line 1). Keep one: only one is used.",
        ]);
    });
});

describe('actual and ideal journeys', () => {
    test('an actual journey cannot improve another', async () => {
        const result = await validate(`journey A { } journey B improves A { }`);
        const b = result.document.parseResult.value.elements.filter(isJourney)[1];
        expectError(result, "Only an ideal journey can improve another journey. Write 'ideal journey B … improves A'.",
            { node: b, property: 'improves', code: 'improves-on-actual-journey' });
    });

    test('an ideal journey without the journey it improves is a warning', async () => {
        const result = await validate(`ideal journey Better { }`);
        const better = result.document.parseResult.value.elements.find(isJourney)!;
        expectWarning(result,
            "The ideal journey 'Better' does not say which actual journey it improves. Add 'improves <journey>' after its title so the two can be compared.",
            { node: better, property: 'name', code: 'ideal-without-actual' });
        expect(errors(result.document)).toEqual([]);
    });

    test('an ideal journey improves an actual one, not another ideal one', async () => {
        const result = await validate(`journey Now { } ideal journey A improves Now { } ideal journey B improves A { }`);
        expect(messages(result.diagnostics)).toEqual([
            "The ideal journey 'B' improves 'A', which is an ideal journey too. An ideal journey improves an actual (current-state) journey.",
        ]);
    });

    test('an ideal journey cannot improve itself', async () => {
        const result = await validate(`ideal journey Loop improves Loop { }`);
        expect(messages(result.diagnostics)).toEqual([
            "The ideal journey 'Loop' improves itself. An ideal journey improves an actual (current-state) journey.",
        ]);
    });

    test('the suggestion for improves never names the ideal journey itself', async () => {
        const result = await validate(`journey Now { } ideal journey Better improves Bettr { }`);
        expect(messages(result.diagnostics)).toEqual(["No journey named 'Bettr'. Known journeys: Now."]);
    });

    test('improves must name a journey', async () => {
        const result = await validate(`ideal journey Better improves Nowhere { }`);
        expect(messages(result.diagnostics)).toEqual(["No journey named 'Nowhere'. No other journey is declared yet."]);
    });
});

describe('metrics', () => {
    test('a metric with neither actual nor target value', async () => {
        const result = await validate(touchpoint('metric NPS'));
        expect(messages(result.diagnostics)).toEqual([
            "The metric 'NPS' has no value. Add 'actual <value>' and/or 'target <value>', for example 'metric NPS actual 38% target 10%'.",
        ]);
        expect(result.diagnostics[0]).toMatchObject({ severity: 2, code: 'metric-without-value' });
    });

    test('target only and actual only are fine', async () => {
        const result = await validate(touchpoint('metric A target 10% metric B actual 3 min'));
        expect(result.diagnostics).toEqual([]);
    });
});

describe('slips a parser cannot see', () => {
    test('a misspelt field swallowed as a feeling', async () => {
        const result = await validate(touchpoint('emotion 2 evidnce'));
        expect(messages(result.diagnostics)).toEqual([
            `'evidnce' is read as the feeling of this emotion. Did you mean the field 'evidence'? If it is the feeling, quote it: "evidnce".`,
        ]);
        expect(result.diagnostics[0]).toMatchObject({ severity: 2, code: 'looks-like-field' });
    });

    test('a misspelt target swallowed as a unit', async () => {
        const result = await validate(touchpoint('metric M actual 3 traget'));
        expect(messages(result.diagnostics)).toEqual([
            `'traget' is read as the unit of this value. Did you mean 'target'? If it is the unit, quote it: "traget".`,
        ]);
    });

    test('real feelings and units, and quoted look-alikes, pass', async () => {
        const result = await validate(touchpoint('emotion 2 pained metric M actual 3 min target 1 "traget"'));
        expect(result.diagnostics).toEqual([]);
    });

    test.each([['1e3', 'e3'], ['2abc', 'abc']])('a word glued to the score: emotion %s', async (written, word) => {
        const result = await validate(touchpoint(`emotion ${written}`));
        expect(messages(result.diagnostics)).toEqual([
            `'${written}' is not an emotion score. Write a whole number from 1 to 5, then a space and the feeling, for example 'emotion 2 ${word}'.`,
        ]);
    });

    test('a metric value given twice', async () => {
        const result = await validate(touchpoint('metric M actual 3 actual 4'));
        expect(messages(result.diagnostics)).toEqual([
            "The metric 'M' already has an 'actual' value (line 9). Keep one: only one is used.",
        ]);
    });

    test.each([
        'journey ideal { }', 'ideal journey { }', 'journey { stage A stage A }', 'journey J { metric "t" }',
        'journey J { stage S { touchpoint T { emotion - } } }',
    ])('no "undefined" or "NaN" after a syntax error: %s', async text => {
        const result = await validate(text);
        expect(result.diagnostics.length).toBeGreaterThan(0);
        expect(messages(result.diagnostics).filter(m => /undefined|NaN/.test(m))).toEqual([]);
    });
});

describe('repeats', () => {
    test('a step may repeat an earlier one', async () => {
        const result = await validate(`journey J { stage S { touchpoint A { } touchpoint B { repeats A } } }`);
        expect(result.diagnostics).toEqual([]);
    });

    test('a step cannot repeat a later one, or itself', async () => {
        const result = await validate(`journey J { stage S { touchpoint A { repeats B } touchpoint B { repeats B } } }`);
        expect(messages(result.diagnostics)).toEqual([
            "Touchpoint 'A' repeats 'B', which comes later. 'repeats' names an earlier step the customer is doing again.",
            "Touchpoint 'B' cannot repeat itself. Name the earlier step the customer is doing again.",
        ]);
        expect(result.diagnostics.every(d => d.code === 'repeats-later-step')).toBe(true);
    });
});
