import { describe, expect, test } from 'vitest';
import { PEOPLE, gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'missing-owner';
const MESSAGE = (touchpoint: string) => `Touchpoint ${touchpoint} has no owner. Name the stakeholder accountable for it with 'owner <stakeholder>'.`;

describe(CODE, () => {
    test('a touchpoint without an owner is reported at its name, with or without a title', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            emotion 3
        }
        touchpoint Waits
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '5:20-5:25', severity: 'warning', related: [], message: MESSAGE(`'Calls' ("Calls the desk")`) },
            { file: 'map.journey', at: '9:20-9:25', severity: 'warning', related: [], message: MESSAGE(`'Waits'`) },
        ]);
        expect(gaps[0].journey).toBe('Reset');
        expect(gaps[0].data).toEqual({ journey: 'Reset', touchpoint: 'Calls' });
    });

    test('a stakeholder acting in a lane is not the owner', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            frontstage "Answers the call" by Desk
        }
    }
}
`), CODE);
        expect(gaps.map(g => g.location.range.start.line + 1)).toEqual([5]);
    });

    test('an owner declared in another file is an owner: nothing to report', async () => {
        expect(await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
        }
    }
}
`), CODE)).toEqual([]);
    });

    test('touchpoints of an ideal journey need owners too, reported in their own file', async () => {
        const gaps = await gapsOfClean({
            'people.journey': PEOPLE,
            'actual.journey': `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk }
    }
}
`,
            'ideal.journey': `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone }
    }
}
`,
        }, CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'ideal.journey', at: '5:20-5:25', severity: 'warning', related: [], message: MESSAGE(`'Calls' ("Calls the desk")`) },
        ]);
        expect(gaps[0].journey).toBe('ResetIdeal');
    });
});
