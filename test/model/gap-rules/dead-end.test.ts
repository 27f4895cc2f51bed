import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'dead-end';
const TAIL = "Add a way forward, and mark the step that gets there with 'reaches outcome'.";

describe(CODE, () => {
    test('a give-up with no later step reaching the outcome (an earlier one does not count); the outcome cut to 50 characters', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Can log in again and get back to work before the meeting starts"
    stage Help "Seeks help" {
        touchpoint Resets "Resets at the portal" {
            channel Portal
            owner Desk
            reaches outcome
        }
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
            gives up "Hangs up after 12 minutes"
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'map.journey', at: '10:20-10:25', severity: 'warning', related: [],
            message: `The customer gives up at 'Calls' ("Calls the desk") and no later step reaches the outcome ("Can log in again and get back to work before the…"). ${TAIL}`,
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', touchpoint: 'Calls' });
    });

    test('in a journey with no outcome the message leaves it out', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    stage Help "Seeks help" {
        touchpoint Calls {
            channel Phone
            owner Desk
            gives up
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'map.journey', at: '4:20-4:25', severity: 'warning', related: [],
            message: `The customer gives up at 'Calls' and no later step reaches the outcome. ${TAIL}`,
        }]);
    });

    test("not reported: a give-up followed, in a later stage, by a step that 'reaches outcome'", async () => {
        expect(await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls { channel Phone owner Desk gives up "Queue too long" }
    }
    stage Resolve "Resets the password" {
        touchpoint Resets { channel Portal owner Desk reaches outcome }
    }
}
`), CODE)).toEqual([]);
    });
});
