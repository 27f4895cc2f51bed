import { describe, expect, test } from 'vitest';
import { gapsOfClean, pairFiles, shape } from './gap-test-utils.js';

const CODE = 'channel-mismatch';

/** An actual and an ideal journey with the touchpoint Calls, channel on line 6 of each file. */
const PAIR = (actualChannel: string, idealChannel: string) => pairFiles(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            ${actualChannel}
            owner Desk
        }
    }
}
`, `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            ${idealChannel}
            owner Desk
        }
    }
}
`);

describe(CODE, () => {
    test('another channel than the ideal one, reported at the actual channel with the ideal one related', async () => {
        const gaps = await gapsOfClean(PAIR('channel Phone', 'channel Portal'), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'actual.journey', at: '6:21-6:26', severity: 'info',
            message: `At 'Calls' ("Calls the desk") the customer uses the channel 'Phone'; the ideal journey 'ResetIdeal' uses 'Portal'.`,
            related: [{ file: 'ideal.journey', at: '6:21-6:27', message: "The ideal channel: 'Portal'" }],
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', ideal: 'ResetIdeal', touchpoint: 'Calls', channel: 'Portal' });
    });

    test('not reported: the same channel, or no channel on one side', async () => {
        expect(await gapsOfClean(PAIR('channel Phone', 'channel Phone'), CODE)).toEqual([]);
        expect(await gapsOfClean(PAIR('channel Phone', 'emotion 4'), CODE)).toEqual([]);
    });
});
