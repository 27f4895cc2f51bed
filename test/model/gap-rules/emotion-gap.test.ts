import { describe, expect, test } from 'vitest';
import { gapsOfClean, pairFiles, shape } from './gap-test-utils.js';

const CODE = 'emotion-gap';
const GAP_OF_3 = { rules: {}, thresholds: { channelSwitches: 2, emotionGap: 3 } };

/** An actual and an ideal journey with the touchpoint Calls, emotion on line 6 of each file. */
const PAIR = (actualEmotion: string, idealEmotion: string) => pairFiles(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk
            emotion ${actualEmotion}
        }
    }
}
`, `ideal journey ResetIdeal "Password reset, ideal" improves Reset {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls "Calls the desk" { channel Phone owner Desk
            emotion ${idealEmotion}
        }
    }
}
`);

describe(CODE, () => {
    test('2 points below the ideal (the default threshold), reported at the actual emotion with the ideal one related', async () => {
        const gaps = await gapsOfClean(PAIR('2 upset', '4 calm'), CODE);
        expect(gaps.map(shape)).toEqual([{
            file: 'actual.journey', at: '6:21-6:28', severity: 'warning',
            message: `At 'Calls' ("Calls the desk") the customer feels 2 points worse than in the ideal journey: ` +
                "emotion 2 (upset) against emotion 4 (calm) in 'ResetIdeal'. This is the empathy gap.",
            related: [{ file: 'ideal.journey', at: '6:21-6:27', message: 'The ideal: emotion 4 (calm)' }],
        }]);
        expect(gaps[0].data).toEqual({ journey: 'Reset', ideal: 'ResetIdeal', touchpoint: 'Calls' });
    });

    test('not reported: 1 point below (threshold - 1), or an actual emotion above the ideal', async () => {
        expect(await gapsOfClean(PAIR('3', '4'), CODE)).toEqual([]);
        expect(await gapsOfClean(PAIR('5 delighted', '3'), CODE)).toEqual([]);
    });

    test('with the threshold set to 3: 2 points below is not reported, 3 points below is', async () => {
        expect(await gapsOfClean(PAIR('2 upset', '4 calm'), CODE, GAP_OF_3)).toEqual([]);
        const gaps = await gapsOfClean(PAIR('1', '4'), CODE, GAP_OF_3);
        expect(gaps.map(shape)).toEqual([{
            file: 'actual.journey', at: '6:21-6:22', severity: 'warning',
            message: `At 'Calls' ("Calls the desk") the customer feels 3 points worse than in the ideal journey: ` +
                "emotion 1 against emotion 4 in 'ResetIdeal'. This is the empathy gap.",
            related: [{ file: 'ideal.journey', at: '6:21-6:22', message: 'The ideal: emotion 4' }],
        }]);
    });

    test('not reported when either side has no emotion', async () => {
        const files = PAIR('1', '5');
        files['ideal.journey'] = files['ideal.journey'].replace('            emotion 5\n', '');
        expect(await gapsOfClean(files, CODE)).toEqual([]);
    });
});
