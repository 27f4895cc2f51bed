import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'improvement-without-priority';
const MESSAGE = (improvement: string) => `Improvement ${improvement} has no priority. Give it one from P1 (do first) to P4 with 'priority P1'.`;

const MAP = (improvements: string) => withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk emotion 1 }
    }
${improvements}}
`);

describe(CODE, () => {
    test('an improvement without a priority is reported at its name, with or without a title', async () => {
        const gaps = await gapsOfClean(MAP(`    improvement Callback "Offer a callback" {
        addresses Calls
        owner Desk
    }
    improvement Later
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '7:17-7:25', severity: 'warning', related: [], message: MESSAGE(`'Callback' ("Offer a callback")`) },
            { file: 'map.journey', at: '11:17-11:22', severity: 'warning', related: [], message: MESSAGE(`'Later'`) },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', improvement: 'Callback' });
    });

    test('any priority from P1 to P4 will do', async () => {
        expect(await gapsOfClean(MAP(`    improvement Callback "Offer a callback" {
        priority P4
    }
    improvement Urgent { priority P1 }
`), CODE)).toEqual([]);
    });
});
