import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'moment-of-truth-at-risk';
const TAIL = 'This is where the customer makes up their mind about the service.';

const MAP = (touchpoints: string) => withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
${touchpoints}    }
}
`);

describe(CODE, () => {
    test('an unowned moment of truth, one at emotion 2 (the boundary), and one with both', async () => {
        const gaps = await gapsOfClean(MAP(`        touchpoint Calls "Calls the desk" {
            channel Phone
            emotion 4 hopeful
            moment of truth
        }
        touchpoint Waits "Waits in the queue" {
            channel Phone
            owner Desk
            emotion 2 upset
            moment of truth
        }
        touchpoint HangsUp {
            channel Phone
            emotion 1
            moment of truth
        }
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '5:20-5:25', severity: 'warning', related: [],
                message: `Moment of truth 'Calls' ("Calls the desk") is at risk: nobody owns it. ${TAIL}` },
            { file: 'map.journey', at: '10:20-10:25', severity: 'warning', related: [],
                message: `Moment of truth 'Waits' ("Waits in the queue") is at risk: the customer feels bad there (emotion 2 (upset)). ${TAIL}` },
            { file: 'map.journey', at: '16:20-16:27', severity: 'warning', related: [],
                message: `Moment of truth 'HangsUp' is at risk: nobody owns it and the customer feels bad there (emotion 1). ${TAIL}` },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', touchpoint: 'Calls' });
    });

    test('not reported: an owned moment of truth at emotion 3 or with no emotion, and an unowned low point that is no moment of truth', async () => {
        expect(await gapsOfClean(MAP(`        touchpoint Calls { channel Phone owner Desk emotion 3 moment of truth }
        touchpoint Waits { channel Phone owner Desk moment of truth }
        touchpoint HangsUp { channel Phone emotion 1 }
`), CODE)).toEqual([]);
    });
});
