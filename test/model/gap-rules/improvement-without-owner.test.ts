import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'improvement-without-owner';
const MESSAGE = (improvement: string) => `Improvement ${improvement} has no owner. Say who will carry it out with 'owner <stakeholder>'.`;

const MAP = (improvements: string) => withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk emotion 1 }
    }
${improvements}}
`);

describe(CODE, () => {
    test('an improvement without an owner is reported at its name, with or without a title', async () => {
        const gaps = await gapsOfClean(MAP(`    improvement Callback "Offer a callback" {
        addresses Calls
        priority P1
    }
    improvement Later
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '7:17-7:25', severity: 'warning', related: [], message: MESSAGE(`'Callback' ("Offer a callback")`) },
            { file: 'map.journey', at: '11:17-11:22', severity: 'warning', related: [], message: MESSAGE(`'Later'`) },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', improvement: 'Callback' });
    });

    test('an improvement with an owner (declared in another file) is not reported', async () => {
        expect(await gapsOfClean(MAP(`    improvement Callback "Offer a callback" {
        addresses Calls
        owner Desk
    }
`), CODE)).toEqual([]);
    });
});
