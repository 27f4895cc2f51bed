import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'empty-stage';
const MESSAGE = (stage: string) => `Stage ${stage} has no touchpoint. Add the steps the customer takes at this stage, or remove the stage.`;

describe(CODE, () => {
    test('a stage with no touchpoint, with or without a body, is reported at its name', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk }
    }
    stage FollowUp "Follow-up" {
        description "Nobody has mapped this yet"
        question "What happens after the reset?" { answer "Unknown" }
    }
    stage Later
}
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '7:11-7:19', severity: 'warning', related: [], message: MESSAGE(`'FollowUp' ("Follow-up")`) },
            { file: 'map.journey', at: '11:11-11:16', severity: 'warning', related: [], message: MESSAGE(`'Later'`) },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', stage: 'FollowUp' });
    });

    test('a stage with one touchpoint is not empty', async () => {
        expect(await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls
    }
}
`), CODE)).toEqual([]);
    });
});
