import { describe, expect, test } from 'vitest';
import { gapsOfClean, shape, withPeople } from './gap-test-utils.js';

const CODE = 'open-question';
const TAIL = `Record the answer with 'answer "…"' when the team has it.`;

describe(CODE, () => {
    test('unanswered questions of a journey, a stage and a touchpoint, reported at their text', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        question "Who watches the queue?"
        touchpoint Calls "Calls the desk" {
            channel Phone
            owner Desk
            question "Why phone first?" { owner Desk about Calls }
        }
    }
    question "Were users ever taught self-service?"
}
`), CODE);
        expect(gaps.map(shape)).toEqual([
            { file: 'map.journey', at: '5:18-5:42', severity: 'info', related: [], message: `Open question: "Who watches the queue?". ${TAIL}` },
            { file: 'map.journey', at: '9:22-9:40', severity: 'info', related: [], message: `Open question: "Why phone first?" (for 'Desk'). ${TAIL}` },
            { file: 'map.journey', at: '12:14-12:52', severity: 'info', related: [], message: `Open question: "Were users ever taught self-service?". ${TAIL}` },
        ]);
        expect(gaps[0].data).toEqual({ journey: 'Reset' });
    });

    test('a long question is cut to 80 characters in the message', async () => {
        const gaps = await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    question "Why did the user call the service desk before trying the self-service portal at all?"
}
`), CODE);
        expect(gaps.map(g => g.message)).toEqual([
            `Open question: "Why did the user call the service desk before trying the self-service portal at…". ${TAIL}`,
        ]);
    });

    test('answered questions, wherever they are asked, are not open', async () => {
        expect(await gapsOfClean(withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        question "Who watches the queue?" { answer "The team lead" }
        touchpoint Calls {
            channel Phone
            owner Desk
            question "Why phone first?" { owner Desk answer "Habit" }
        }
    }
    question "Were users taught self-service?" { answer "No" about Calls }
}
`), CODE)).toEqual([]);
    });
});
