import { describe, expect, test } from 'vitest';
import { gapsOfClean, pairFiles, shape } from './gap-test-utils.js';

const CODE = 'ideal-step-missing';

const ACTUAL = `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
        }
    }
}
`;

describe(CODE, () => {
    test('an ideal step with no actual step of the same name, reported in the ideal file with the actual journey related', async () => {
        const gaps = await gapsOfClean(pairFiles(ACTUAL, `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
        }
        touchpoint SelfReset "Resets on the login screen" {
            channel Device
            owner Iam
        }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'ideal.journey', at: '9:20-9:29', severity: 'warning',
            message: `The ideal step 'SelfReset' ("Resets on the login screen") does not happen in the actual journey 'Reset' ("Password reset"). ` +
                'This is a gap to close, or add it to the actual journey under the same name if it does happen.',
            related: [{ file: 'actual.journey', at: '1:9-1:14', message: "The actual journey 'Reset'" }],
        }]);
        expect(gaps[0].journey).toBe('ResetIdeal');
        expect(gaps[0].data).toEqual({ journey: 'ResetIdeal', actual: 'Reset', touchpoint: 'SelfReset', stage: 'Help' });
    });

    test('not reported: the same name in both journeys, even in another stage with another title', async () => {
        expect(await gapsOfClean(pairFiles(ACTUAL, `ideal journey ResetIdeal improves Reset {
    persona Alex
    outcome "Back to work"
    stage Resolve "Gets help at once" {
        touchpoint Calls "Reaches a person at once" { channel Phone owner Desk }
    }
}
`), CODE)).toEqual([]);
    });

    test('names match after Unicode normalisation: an accent typed either way is the same touchpoint', async () => {
        const actual = `journey Reset "Password reset" {
    persona Alex
    stage Help { touchpoint Llam\u00f3 { channel Phone owner Desk } }
}
`;
        const ideal = `ideal journey ResetIdeal improves Reset {
    persona Alex
    stage Help { touchpoint Llamo\u0301 { channel Phone owner Desk } }
}
`;
        expect(await gapsOfClean(pairFiles(actual, ideal), CODE)).toEqual([]);
    });
});
