import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape } from './gap-test-utils.js';

const CODE = 'unused-declaration';
const TAIL = 'Use it, or remove it if it no longer belongs to the map.';

const SHARED = `persona Alex "Office worker"
persona Sam "Contractor"
stakeholder Desk "Service desk"
stakeholder Legal "Legal team"
channel Phone "Phone"
channel Fax "Fax"
`;

describe(CODE, () => {
    test('declarations in a shared file that no journey in another file uses are reported at their names', async () => {
        const gaps = await gapsOfClean({
            'people.journey': SHARED,
            'map.journey': `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
        }
        touchpoint Fax "A touchpoint named Fax does not use the channel Fax"
    }
}
`,
        }, CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'people.journey', at: '2:9-2:12', severity: 'hint', related: [],
                message: `The persona 'Sam' is declared but no journey travels with it. ${TAIL}` },
            { file: 'people.journey', at: '4:13-4:18', severity: 'hint', related: [],
                message: `The stakeholder 'Legal' is declared but owns nothing and acts nowhere. ${TAIL}` },
            { file: 'people.journey', at: '6:9-6:12', severity: 'hint', related: [],
                message: `The channel 'Fax' is declared but no touchpoint uses it. ${TAIL}` },
        ]);
        expect(gaps[0].journey).toBeUndefined();
        expect(gaps[0].data).toEqual({ kind: 'persona', name: 'Sam' });
    });

    test('every kind of use counts: ideal journeys, improvement and question owners, lane actors', async () => {
        expect(await gapsOfClean({
            'people.journey': SHARED,
            'actual.journey': `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        backstage "Checks the fax machine" by Legal
        touchpoint Calls "Calls the desk" { channel Phone }
    }
    improvement Callback "Offer a callback" { owner Desk priority P1 }
}
`,
            'ideal.journey': `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Sam
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Fax }
    }
}
`,
        }, CODE)).toEqual([]);
    });

    test('a stakeholder used only as the owner of a question is used', async () => {
        expect(await gapsOfClean({
            'people.journey': `persona Alex "Office worker"
stakeholder Legal "Legal team"
`,
            'map.journey': `journey Reset "Password reset" {
    persona Alex
    question "May we record calls?" { owner Legal }
}
`,
        }, CODE)).toEqual([]);
    });

    test('a name declared with a combining accent and used precomposed is the same name', async () => {
        expect(await gapsOfClean({
            'people.journey': `persona Alex "Office worker"
channel Tele\u0301fono "Teléfono"
`,
            'map.journey': `journey Reset "Password reset" {
    persona Alex
    stage Help "Seeks help" {
        touchpoint Calls { channel Tel\u00e9fono }
    }
}
`,
        }, CODE)).toEqual([]);
    });
});
