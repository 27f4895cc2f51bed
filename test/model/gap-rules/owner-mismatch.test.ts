import { describe, expect, test } from 'vitest';
import { gapsOfClean, pairFiles, shape } from './gap-test-utils.js';

const CODE = 'owner-mismatch';

/** An actual and an ideal journey with the touchpoint Calls, owner on line 7 of each file. */
const PAIR = (actualOwner: string, idealOwner: string) => pairFiles(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            ${actualOwner}
        }
    }
}
`, `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            ${idealOwner}
        }
    }
}
`);

describe(CODE, () => {
    test('another owner than the ideal one, reported at the actual owner with the ideal one related', async () => {
        const gaps = await gapsOfClean(PAIR('owner Desk', 'owner Iam'), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'actual.journey', at: '7:19-7:23', severity: 'info',
            message: `Touchpoint 'Calls' ("Calls the desk") is owned by 'Desk'; in the ideal journey 'ResetIdeal' it is owned by 'Iam'.`,
            related: [{ file: 'ideal.journey', at: '7:19-7:22', message: "The ideal owner: 'Iam'" }],
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', ideal: 'ResetIdeal', touchpoint: 'Calls', owner: 'Iam' });
    });

    test('not reported: the same owner, or no owner on one side', async () => {
        expect(await gapsOfClean(PAIR('owner Desk', 'owner Desk'), CODE)).toEqual([]);
        expect(await gapsOfClean(PAIR('emotion 2', 'owner Iam'), CODE)).toEqual([]);
    });
});
