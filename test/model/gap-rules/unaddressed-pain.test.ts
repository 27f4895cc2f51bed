import { describe, expect, test } from 'vitest';
import { PEOPLE, gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'unaddressed-pain';

describe(CODE, () => {
    test('a low point (emotion 2, the boundary) that no improvement addresses is reported at the touchpoint', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
            emotion 2 upset
            pain "Queue too long"
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'map.journey', at: '5:20-5:25', severity: 'warning', related: [],
            message: `Touchpoint 'Calls' ("Calls the desk") is a low point (emotion 2 (upset)) and no improvement addresses it. Add an improvement with 'addresses Calls'.`,
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', touchpoint: 'Calls' });
    });

    test('a pain point at a neutral touchpoint is reported with the pain, cut to 50 characters', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls {
            channel Phone
            owner Desk
            emotion 3
            pain "The queue message never says how long the wait will be"
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'map.journey', at: '5:20-5:25', severity: 'warning', related: [],
            message: `Touchpoint 'Calls' has a pain point ("The queue message never says how long the wait wi…") and no improvement addresses it. Add an improvement with 'addresses Calls'.`,
        }]);
    });

    test('not reported: emotion 3 without a pain, an addressed low point, a low point in an ideal journey', async () => {
        expect(await gapsOfClean({
            'people.journey': PEOPLE,
            'actual.journey': `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Neutral { channel Phone owner Desk emotion 3 }
        touchpoint Calls { channel Phone owner Desk emotion 1 pain "Queue" }
        touchpoint Emails { channel Email owner Desk emotion 2 }
    }
    improvement Callback "Offer a callback" {
        addresses Calls, Emails
        owner Desk
        priority P1
    }
}
`,
            'ideal.journey': `ideal journey ResetIdeal improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls { channel Portal owner Desk emotion 1 pain "Still hard" }
    }
}
`,
        }, CODE)).toEqual([]);
    });

    test('an improvement addressing another touchpoint does not cover this one', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls { channel Phone owner Desk emotion 1 }
        touchpoint Emails { channel Email owner Desk emotion 1 }
    }
    improvement Callback { addresses Calls owner Desk priority P1 }
}
`), CODE);
        expect(gaps.map(g => [g.data?.touchpoint, g.message])).toEqual([
            ['Emails', `Touchpoint 'Emails' is a low point (emotion 1) and no improvement addresses it. Add an improvement with 'addresses Emails'.`],
        ]);
    });
});
