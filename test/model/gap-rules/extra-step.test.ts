import { describe, expect, test } from 'vitest';
import { gapsOfClean, pairFiles, shape, withPeople } from './gap-test-utils.js';

const CODE = 'extra-step';

const ACTUAL = `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
        }
        touchpoint Retries "Tries again" {
            channel Phone
            owner Desk
        }
    }
}
`;

describe(CODE, () => {
    test('an actual step the ideal journey (in another file) does not have, with the ideal journey related', async () => {
        const gaps = await gapsOfClean(pairFiles(ACTUAL, `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'actual.journey', at: '9:20-9:27', severity: 'info',
            message: `Touchpoint 'Retries' ("Tries again") is not in the ideal journey 'ResetIdeal' ("Password reset, ideal"): a detour or waste to remove.`,
            related: [{ file: 'ideal.journey', at: '1:15-1:25', message: "The ideal journey 'ResetIdeal'" }],
        }]);
        expect(gaps[0].journey).toBe('Reset');
        expect(gaps[0].data).toEqual({ journey: 'Reset', ideal: 'ResetIdeal', touchpoint: 'Retries' });
    });

    test('not reported: every actual step kept in the ideal journey, in whatever stage', async () => {
        expect(await gapsOfClean(pairFiles(ACTUAL, `ideal journey ResetIdeal improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help { touchpoint Calls { channel Phone owner Desk } }
    stage Resolve { touchpoint Retries { channel Portal owner Desk } }
}
`), CODE)).toEqual([]);
    });

    test('not reported: an actual journey that no ideal journey improves', async () => {
        expect(await gapsOfClean(withPeople(ACTUAL), CODE)).toEqual([]);
    });
});
