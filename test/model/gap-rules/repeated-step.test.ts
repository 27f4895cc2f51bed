import { describe, expect, test } from 'vitest';
import { gapsOf } from '../model-test-helpers.js';
import { gapsOfClean, problemsOf, shape, withPeople } from './gap-test-utils.js';

const CODE = 'repeated-step';

/** One stage of touchpoints from line 5, one a line. */
const JOURNEY = (touchpoints: string) => withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
${touchpoints}    }
}
`);

describe(CODE, () => {
    test("a step that says 'repeats' is reported at the repeat, with the first attempt related, whatever its channel", async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
        }
        touchpoint Tries "Tries the portal" {
            channel Portal
            owner Desk
        }
        touchpoint Again "Writes to the desk instead" {
            channel Email
            owner Iam
            repeats Calls
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'map.journey', at: '13:20-13:25', severity: 'info',
            message: `Touchpoint 'Again' ("Writes to the desk instead") repeats 'Calls' ("Calls the desk"): the customer is going round in a loop. Why did the first attempt not work?`,
            related: [{ file: 'map.journey', at: '5:20-5:25', message: 'The first attempt' }],
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', touchpoint: 'Again', earlier: 'Calls' });
    });

    test('recognised without repeats: same channel and owner, and the name with something added or mostly the same words', async () => {
        const gaps = await gapsOfClean(JOURNEY(`        touchpoint CallsDesk "Dials the number" { channel Phone owner Desk }
        touchpoint Phones "Phones the service desk line" { channel Phone owner Desk }
        touchpoint CallsDeskAgain "Holds on" { channel Phone owner Desk }
        touchpoint Rings "Rings the service desk line again" { channel Phone owner Desk }
`), CODE);
        expect(gaps.map(g => [g.location.range.start.line + 1, g.data?.touchpoint, g.data?.earlier])).toEqual([
            [7, 'CallsDeskAgain', 'CallsDesk'],
            [8, 'Rings', 'Phones'],
        ]);
    });

    test('the wording boundary: 3 of 4 long words (75%) shared is the same step, 2 of 4 (50%) is not; short words do not count', async () => {
        const gaps = await gapsOfClean(JOURNEY(`        touchpoint TypesError "Types the long error message" { channel Portal owner Desk }
        touchpoint TypesCode "Types the error message again" { channel Portal owner Desk }
        touchpoint Searches "Searches account number online" { channel Email owner Iam }
        touchpoint Reads "Reads account number aloud" { channel Email owner Iam }
`), CODE);
        expect(gaps.map(g => [g.data?.touchpoint, g.data?.earlier])).toEqual([['TypesCode', 'TypesError']]);
    });

    test('not reported: the same words with another owner, another channel, or no owner', async () => {
        expect(await gapsOfClean(JOURNEY(`        touchpoint Calls "Calls the desk" { channel Phone owner Desk }
        touchpoint Phones "Calls the desk" { channel Phone owner Iam }
        touchpoint Emails "Calls the desk" { channel Email owner Desk }
        touchpoint Rings "Calls the desk" { channel Phone }
`), CODE)).toEqual([]);
    });

    test('two shared words, or a name extended by anything but a retry word, do not make a loop', async () => {
        expect(await gapsOfClean(JOURNEY(`        touchpoint LogsIn "Logs into the portal" { channel Portal owner Desk }
        touchpoint LogsOut "Logs out of the portal" { channel Portal owner Desk }
        touchpoint Search "Searches the portal" { channel Portal owner Desk }
        touchpoint SearchResults "Reads the list of results" { channel Portal owner Desk }
`), CODE)).toEqual([]);
    });

    test('short shared words and a name that merely starts with another do not make a loop', async () => {
        expect(await gapsOfClean(JOURNEY(`        touchpoint Call "Opens the portal" { channel Portal owner Desk }
        touchpoint Callback "Searches the portal" { channel Portal owner Desk }
`), CODE)).toEqual([]);
    });

    test('a stated repeat of a later step is an error of the language, not a loop', async () => {
        const files = JOURNEY(`        touchpoint First "Opens the portal" { channel Portal owner Desk repeats Later }
        touchpoint Later "Reads a knowledge article" { channel Email owner Iam }
`);
        expect((await problemsOf(files)).map(p => p.replace(/^\S+ /, ''))).toEqual([
            "Touchpoint 'First' repeats 'Later', which comes later. 'repeats' names an earlier step the customer is doing again.",
        ]);
        expect(await gapsOf(files, CODE)).toEqual([]);
    });
});
