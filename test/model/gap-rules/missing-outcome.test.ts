import { describe, expect, test } from 'vitest';
import { PEOPLE, gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'missing-outcome';
const MESSAGE = (journey: string) => `Journey ${journey} has no outcome. Add 'outcome "…"': what the customer is trying to achieve.`;

describe(CODE, () => {
    test('a journey without an outcome is reported at its name', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    description "Not an outcome"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk reaches outcome }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '1:9-1:14', severity: 'warning', related: [], message: MESSAGE(`'Reset' ("Password reset")`) },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset' });
    });

    test('a journey with an outcome is not reported; an ideal journey in another file without one is', async () => {
        const gaps = await gapsOfClean({
            'people.journey': PEOPLE,
            'actual.journey': `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
}
`,
            'ideal.journey': `ideal journey ResetIdeal improves Reset {
    persona Alex
}
`,
        }, CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'ideal.journey', at: '1:15-1:25', severity: 'warning', related: [], message: MESSAGE(`'ResetIdeal'`) },
        ]);
    });
});
