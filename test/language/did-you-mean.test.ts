import { describe, expect, test } from 'vitest';
import { closestName, editDistance } from '../../src/language/did-you-mean.js';

describe('did you mean', () => {
    test.each([
        ['ServiceDsk', ['ServiceDesk', 'IdentityTeam'], 'ServiceDesk'],
        ['phone', ['Phone', 'Portal'], 'Phone'],
        ['CalDesk', ['CallDesk', 'CallsDeskAgain'], 'CallDesk'],
        ['ownr', ['owner', 'channel'], 'owner'],
        ['Carrier', ['Email', 'Phone', 'Portal'], undefined],
        ['X', ['Y', 'Z'], undefined],
        ['ΓραφείοΕξυπηρετησης', ['ΓραφείοΕξυπηρέτησης'], 'ΓραφείοΕξυπηρέτησης'],
    ])('%s among %j', (wanted, candidates, expected) => {
        expect(closestName(wanted, candidates)).toBe(expected);
    });

    test('transpositions count as one edit', () => {
        expect(editDistance('traget', 'target')).toBe(1);
    });

    test('very long names get no suggestion, at no cost', () => {
        const long = 'a'.repeat(20_000);
        expect(closestName(long, [`${long}b`])).toBeUndefined();
    });
});
