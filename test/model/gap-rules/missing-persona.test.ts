import { describe, expect, test } from 'vitest';
import { PEOPLE, gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'missing-persona';
const MESSAGE = (journey: string) => `Journey ${journey} does not say who travels it. Add 'persona <name>': a map is drawn for one person or segment.`;

describe(CODE, () => {
    test('a journey without a persona is reported at its name', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '1:9-1:14', severity: 'warning', related: [], message: MESSAGE(`'Reset' ("Password reset")`) },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset' });
    });

    test('a persona declared in another file is enough; the ideal journey needs its own', async () => {
        const gaps = await gapsOfClean({
            'people.journey': PEOPLE,
            'actual.journey': `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
}
`,
            'ideal.journey': `ideal journey ResetIdeal improves Reset {
    outcome "Back to work"
}
`,
        }, CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'ideal.journey', at: '1:15-1:25', severity: 'warning', related: [], message: MESSAGE(`'ResetIdeal'`) },
        ]);
    });
});
