import { describe, expect, test } from 'vitest';
import {
    matchTouchpointRenames, renameScore, titleSimilarity, withTouchpointsRenamed, type RenameCandidate,
} from '../../src/model/touchpoint-renames.js';
import { modelOf, PEOPLE } from './model-test-helpers.js';

const step = (name: string, title: string | undefined, more: Partial<RenameCandidate> = {}): RenameCandidate =>
    ({ name, title, stage: 'Help', channel: 'Phone', owner: 'Desk', emotion: 2, ...more });
const pairs = (removed: RenameCandidate[], added: RenameCandidate[]) =>
    matchTouchpointRenames(removed, added).map(p => `${p.before.name} → ${p.after.name}`);

describe('matchTouchpointRenames', () => {
    test('same stage and channel, a similar title: renamed', () => {
        const [pair] = matchTouchpointRenames([step('Calls', 'Calls the desk')], [step('CallsServiceDesk', 'Calls the service desk')]);
        expect(pair.before.name).toBe('Calls');
        expect(pair.after.name).toBe('CallsServiceDesk');
        expect(pair.score).toBeGreaterThan(0.8);
        expect(pair.score).toBeLessThan(1);
    });

    test('another channel or another stage: not a rename, however alike', () => {
        expect(pairs([step('Calls', 'Calls the desk')], [step('CallsDesk', 'Calls the desk', { channel: 'Portal' })])).toEqual([]);
        expect(pairs([step('Calls', 'Calls the desk')], [step('CallsDesk', 'Calls the desk', { channel: undefined })])).toEqual([]);
        expect(pairs([step('Calls', 'Calls the desk')], [step('CallsDesk', 'Calls the desk', { stage: 'Detect' })])).toEqual([]);
    });

    test('a dissimilar title: removed and added, even with the same owner and emotion', () => {
        expect(pairs([step('Calls', 'Calls the desk')], [step('Chat', 'Opens a chat')])).toEqual([]);
        expect(renameScore(step('Calls', 'Calls the desk'), step('Chat', 'Opens a chat'))).toBeUndefined();
    });

    test('the same title survives an owner change and an emotion shift; a half-kept title needs the owner', () => {
        expect(pairs([step('Calls', 'Calls the desk')], [step('PhoneCall', 'Calls the desk', { owner: 'Iam', emotion: 5 })])).toEqual(['Calls → PhoneCall']);
        const halfKept = step('Phones', 'Phones the service desk');
        expect(titleSimilarity('Calls the desk', 'Phones the service desk')).toBeGreaterThanOrEqual(0.5);
        expect(pairs([step('Calls', 'Calls the desk')], [halfKept])).toEqual(['Calls → Phones']);
        expect(pairs([step('Calls', 'Calls the desk')], [{ ...halfKept, owner: 'Iam' }])).toEqual([]);
    });

    test('two candidates: the better one is paired, the other stays added', () => {
        const removed = [step('Calls', 'Calls the desk')];
        const added = [step('CallsAgain', 'Calls the desk again'), step('CallsDesk', 'Calls the desk', { emotion: 3 })];
        expect(pairs(removed, added)).toEqual(['Calls → CallsDesk']);
        // And the other way round: two removed, one added.
        expect(pairs([step('Old', 'Calls the desk again'), step('Older', 'Calls the desk')], [step('New', 'Calls the desk')])).toEqual(['Older → New']);
    });

    test('one to one, best score first, ties to the earlier touchpoint: the same answer every time', () => {
        const removed = [step('A', 'Calls the desk'), step('B', 'Calls the desk')];
        const added = [step('C', 'Calls the desk'), step('D', 'Calls the desk')];
        expect(pairs(removed, added)).toEqual(['A → C', 'B → D']);
        expect(pairs(removed, added)).toEqual(pairs(removed, added));
        // Greedy by score: C is A's best match, but B's perfect match with C is taken first.
        const [a, b, c, d] = [step('A', 'Calls the desk'), step('B', 'Calls the desk again'), step('C', 'Calls the desk again'), step('D', 'Rings the desk')];
        expect(renameScore(a, c)!).toBeGreaterThan(renameScore(a, d)!);
        expect(pairs([a, b], [c, d])).toEqual(['B → C', 'A → D']);
    });

    test('without titles, names are compared by their words', () => {
        expect(pairs([step('Portal', undefined)], [step('WebPortal', undefined)])).toEqual(['Portal → WebPortal']);
        expect(pairs([step('Portal', undefined)], [step('CallsDesk', undefined)])).toEqual([]);
    });
});

describe('titleSimilarity', () => {
    test('Unicode: NFC and case folding, in any script', () => {
        expect(titleSimilarity('Llamá al técnico', 'Llama\u0301 al te\u0301cnico')).toBe(1);
        expect(titleSimilarity('LLAMA AL SERVICIO TÉCNICO', 'llama al servicio técnico')).toBe(1);
        expect(titleSimilarity('ΟΔΟΣ', 'οδος')).toBe(1);
        expect(titleSimilarity('Straße', 'STRASSE')).toBe(1);
        expect(titleSimilarity('Calls — the desk!', 'calls the desk')).toBe(1);
        expect(titleSimilarity('Llama al servicio técnico', 'Llama al soporte técnico')).toBeGreaterThan(0.6);
        expect(titleSimilarity('Llama al servicio técnico', 'Escribe un correo')).toBeLessThan(0.3);
    });

    test('renames in Greek, Spanish and Japanese titles', () => {
        expect(pairs([step('Kalei', 'Καλεί την υπηρεσία εξυπηρέτησης')], [step('Tilefonei', 'Τηλεφωνεί στην υπηρεσία εξυπηρέτησης')])).toEqual(['Kalei → Tilefonei']);
        expect(pairs([step('Llama', 'Llama al servicio técnico')], [step('LlamaSoporte', 'Llama al soporte técnico')])).toEqual(['Llama → LlamaSoporte']);
        // Written without spaces: character bigrams still see the shared part.
        expect(pairs([step('Forgot', 'パスワードを忘れた')], [step('Forgotten', 'パスワードを忘れてしまった')])).toEqual(['Forgot → Forgotten']);
        expect(pairs([step('Forgot', 'パスワードを忘れた')], [step('CallsDesk', '窓口に電話する')])).toEqual([]);
    });
});

describe('withTouchpointsRenamed', () => {
    test('renames the touchpoints and every reference to them, nothing else', async () => {
        const model = await modelOf({
            'people.journey': PEOPLE,
            'reset.journey': `journey Reset {
    persona Alex
    stage Help {
        touchpoint Calls { channel Phone  owner Desk  emotion 1  question "Why?" { about Calls } }
        touchpoint Again { channel Phone  owner Desk  emotion 1  repeats Calls }
    }
    question "How often?" { about Calls, Again }
    improvement Callback { addresses Calls, Again  owner Desk }
}
`,
        });
        const renamed = withTouchpointsRenamed(model.journeys[0], new Map([['Calls', 'PhonesDesk']]));
        const touchpoints = renamed.stages[0].touchpoints;
        expect(touchpoints.map(t => t.name)).toEqual(['PhonesDesk', 'Again']);
        expect(touchpoints[1].repeats?.name).toBe('PhonesDesk');
        expect(touchpoints[0].questions[0].about.map(r => r.name)).toEqual(['PhonesDesk']);
        expect(renamed.questions[0].about.map(r => r.name)).toEqual(['PhonesDesk', 'Again']);
        expect(renamed.improvements[0].addresses.map(r => r.name)).toEqual(['PhonesDesk', 'Again']);
        expect(renamed.improvements[0].owner?.name).toBe('Desk');
        expect(model.journeys[0].stages[0].touchpoints[0].name).toBe('Calls');
    });
});
