import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, where, withPeople } from './gap-test-utils.js';

const CODE = 'channel-hopping';
const TWO_SWITCHES_THRESHOLD = { rules: {}, thresholds: { channelSwitches: 2, emotionGap: 3 } };

/** One stage of touchpoints, one a line from line 5, each `[name, channel or '']`. */
const JOURNEY = (...touchpoints: [string, string][]) => withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
${touchpoints.map(([name, channel]) => `        touchpoint ${name} {${channel ? ` channel ${channel}` : ''} owner Desk }\n`).join('')}    }
}
`);

describe(CODE, () => {
    test('three switches in a row (the default threshold), across stages, reported at the last touchpoint', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Detect "Can't log in" {
        touchpoint Login "Can't log in" { channel Device owner Iam }
        touchpoint Calls { channel Phone owner Desk }
    }
    stage Help "Seeks help" {
        touchpoint OpensPortal "Opens the portal" { channel Portal owner Desk }
        touchpoint Mail "Checks email" { channel Email owner Iam }
    }
}
`), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'map.journey', at: '10:20-10:24', severity: 'warning',
            message: `By touchpoint 'Mail' ("Checks email") the customer has switched channel 3 times in a row: Device → Phone → Portal → Email. ` +
                'Let them finish where they started, or hand the context over with them.',
            related: [
                { file: 'map.journey', at: '5:20-5:25', message: "Device: Can't log in" },
                { file: 'map.journey', at: '6:20-6:25', message: 'Phone: Calls' },
                { file: 'map.journey', at: '9:20-9:31', message: 'Portal: Opens the portal' },
            ],
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', touchpoint: 'Mail' });
    });

    test('back and forth between two channels counts; a longer run is reported once, at its end', async () => {
        const gaps = await gapsOfClean(JOURNEY(['A', 'Phone'], ['B', 'Portal'], ['C', 'Phone'], ['D', 'Portal'], ['E', 'Phone']), CODE);
        expect(gaps.map(g => [where(g), g.message])).toEqual([[
            '9:20-9:21',
            `By touchpoint 'E' the customer has switched channel 4 times in a row: Phone → Portal → Phone → Portal → Phone. ` +
                'Let them finish where they started, or hand the context over with them.',
        ]]);
    });

    test('not reported: two switches (threshold - 1), or a run broken by the same channel twice or by a touchpoint without channel', async () => {
        const twoSwitches = await gapsOfClean(JOURNEY(['A', 'Device'], ['B', 'Phone'], ['C', 'Portal']), CODE);
        const sameChannel = await gapsOfClean(JOURNEY(['A', 'Device'], ['B', 'Phone'], ['C', 'Phone'], ['D', 'Portal'], ['E', 'Email']), CODE);
        const noChannel = await gapsOfClean(JOURNEY(['A', 'Device'], ['B', 'Phone'], ['C', 'Portal'], ['D', ''], ['E', 'Email']), CODE);
        expect([twoSwitches, sameChannel, noChannel]).toEqual([[], [], []]);
    });

    test('with the threshold set to 2, two switches are reported and one is not', async () => {
        const two = await gapsOfClean(JOURNEY(['A', 'Device'], ['B', 'Phone'], ['C', 'Portal']), CODE, TWO_SWITCHES_THRESHOLD);
        expect(two.map(shape)).toEqual([{
            file: 'map.journey', at: '7:20-7:21', severity: 'warning',
            message: `By touchpoint 'C' the customer has switched channel 2 times in a row: Device → Phone → Portal. ` +
                'Let them finish where they started, or hand the context over with them.',
            related: [
                { file: 'map.journey', at: '5:20-5:21', message: 'Device: A' },
                { file: 'map.journey', at: '6:20-6:21', message: 'Phone: B' },
            ],
        }]);
        expect(await gapsOfClean(JOURNEY(['A', 'Device'], ['B', 'Phone'], ['C', 'Phone']), CODE, TWO_SWITCHES_THRESHOLD)).toEqual([]);
    });
});
