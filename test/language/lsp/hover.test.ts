import { expectHover } from 'langium/test';
import { afterAll, beforeAll, beforeEach, describe, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../src/model/gap-settings.js';
import { parse, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const hover = expectHover(services.Journey);

const ACTUAL = `
journey Support "IT support" {
    persona Alex
    stage Contact {
        touchpoint Call "Call the desk" { channel Phone owner ServiceDesk emotion 2 frustrated }
        touchpoint Ticket { channel Portal emotion 3 }
    }
    improvement Callback { addresses Call owner ServiceDesk priority P1 }
}
`;

const IDEAL = `
ideal journey Better improves Support {
    stage Contact {
        touchpoint Call { channel Phone owner ServiceDesk emotion 4 }
    }
}
`;

/** Hovers at the `<|>` marker of `text`, built into the workspace of SHARED and ACTUAL. */
function check(text: string, expected: RegExp | undefined): Promise<unknown> {
    return hover({ text, index: 0, hover: expected, disposeAfterCheck: true });
}

describe('hover', () => {
    // Only the gap rule these tests look for, so that the hover lists a known gap.
    beforeAll(() => services.Journey.gaps.Settings.update({ rules: { '*': 'off', 'missing-owner': 'warning' }, thresholds: DEFAULT_THRESHOLDS }));
    afterAll(() => services.Journey.gaps.Settings.update({ rules: { '*': 'off' }, thresholds: DEFAULT_THRESHOLDS }));

    beforeEach(async () => {
        await resetWorkspace();
        await parse(SHARED);
        await parse(ACTUAL);
    });

    test('on a touchpoint name: stage, channel, owner, emotion and the ideal emotion', async () => {
        await check(IDEAL.replace('touchpoint Call', 'touchpoint <|>Call'), /\*\*Touchpoint\*\* `Call`[\s\S]*stage `Contact`[\s\S]*Channel: `Phone`[\s\S]*Owner: `ServiceDesk`[\s\S]*Emotion: 4 \(positive\)[\s\S]*Actual emotion \(Support\): 2 \(negative\) "frustrated"/);
    });

    test('on a touchpoint reference: the same content', async () => {
        await check('journey J { stage S { touchpoint A { owner ServiceDesk } touchpoint B { owner ServiceDesk repeats <|>A } } }', /\*\*Touchpoint\*\* `A`[\s\S]*stage `S`/);
    });

    test('lists the gaps inside the touchpoint', async () => {
        await check('journey J { stage S { touchpoint <|>Lonely { channel Phone } } }', /Gaps[\s\S]*missing-owner.*Lonely/);
    });

    test('does not list gaps of other touchpoints', async () => {
        await check('journey J { stage S { touchpoint <|>Owned { owner ServiceDesk } touchpoint Lonely { } } }', /`Owned`(?![\s\S]*Gaps)/);
    });

    test('on a stakeholder reference: influence and what it owns', async () => {
        await check('journey J { stage S { touchpoint T { owner <|>ServiceDesk } } }', /\*\*Stakeholder\*\* `ServiceDesk` — Service desk manager[\s\S]*Influence: high[\s\S]*Owns touchpoints: `Call` \(Support\), `T` \(J\)[\s\S]*Owns improvements: `Callback` \(Support\)/);
    });

    test('on a stakeholder declaration name', async () => {
        await check('stakeholder <|>Helpdesk influence low interest high', /Influence: low[\s\S]*Interest: high[\s\S]*Owns touchpoints: none/);
    });

    test('on a channel: the touchpoints that use it', async () => {
        await check('journey J { stage S { touchpoint T { channel <|>Portal } } }', /\*\*Channel\*\* `Portal`[\s\S]*Used by touchpoints: `Ticket` \(Support\), `T` \(J\)/);
    });

    test('on a persona: the journeys that use it', async () => {
        await check('journey J { persona <|>Alex }', /\*\*Persona\*\* `Alex`[\s\S]*Used in journeys: `Support`, `J`/);
    });

    test('on whitespace: nothing', async () => {
        await check('journey J {   <|>   stage S { } }', undefined);
    });

    test('on a keyword or a journey name: nothing', async () => {
        await check('journey J { st<|>age S { } }', undefined);
        await check('journey <|>J { }', undefined);
    });
});
