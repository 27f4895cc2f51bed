import type { LangiumDocument } from 'langium';
import { beforeEach, describe, expect, test } from 'vitest';
import { findMatchingTouchpoint } from '../../../src/language/lsp/matching-touchpoint.js';
import { MatchingTouchpointRequest } from '../../../src/protocol/journey-protocol.js';
import { buildWorkspace, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const ACTUAL = `
journey Support "IT support" {
    stage Contact {
        touchpoint Call "Call the desk" {
            channel Phone
            emotion 2
        }
        touchpoint Ticket { channel Portal }
    }
}
`;

const IDEAL = `
ideal journey Better improves Support {
    stage Contact {
        touchpoint Call { channel Phone emotion 4 }
        touchpoint Chat { channel Portal }
    }
}
`;

let documents: Record<string, LangiumDocument>;

/** The matching touchpoint for the cursor just after the first `marker` in the file. */
function match(file: string, marker: string) {
    const document = documents[file]!;
    const offset = document.textDocument.getText().indexOf(marker);
    if (offset < 0) throw new Error(`${marker} not in ${file}`);
    return findMatchingTouchpoint(document, document.textDocument.positionAt(offset + marker.length), services.shared.workspace.LangiumDocuments);
}

describe('journey/matchingTouchpoint', () => {
    beforeEach(async () => {
        await resetWorkspace();
        documents = await buildWorkspace({ 'shared.journey': SHARED, 'support.journey': ACTUAL, 'better.journey': IDEAL });
    });

    test('the method name clients send', () => {
        expect(MatchingTouchpointRequest.method).toBe('journey/matchingTouchpoint');
    });

    test('from anywhere in an actual touchpoint to the name of the ideal one, in another file', () => {
        const expected = [{ uri: 'file:///ws/better.journey', range: { start: { line: 3, character: 19 }, end: { line: 3, character: 23 } }, journey: 'Better' }];
        expect(match('support.journey', 'touchpoint Ca')).toEqual(expected);
        expect(match('support.journey', 'emotion ')).toEqual(expected);
        expect(match('support.journey', '        }')).toEqual(expected);
    });

    test('from an ideal touchpoint back to the actual one', () => {
        expect(match('better.journey', 'channel Ph')).toEqual([
            { uri: 'file:///ws/support.journey', range: { start: { line: 3, character: 19 }, end: { line: 3, character: 23 } }, journey: 'Support', title: 'IT support' },
        ]);
    });

    test('none for a touchpoint without a namesake, outside touchpoints, or in an unpaired journey', async () => {
        expect(match('support.journey', 'touchpoint Tic')).toEqual([]);
        expect(match('better.journey', 'touchpoint Ch')).toEqual([]);
        expect(match('support.journey', 'stage Con')).toEqual([]);
        expect(match('shared.journey', 'channel Ph')).toEqual([]);
        documents = await buildWorkspace({ 'support.journey': ACTUAL, 'other.journey': IDEAL.replace('ideal journey', 'journey').replace(' improves Support', '') });
        expect(match('support.journey', 'touchpoint Ca')).toEqual([]);
        expect(match('other.journey', 'touchpoint Ca')).toEqual([]);
    });

    test('an ideal journey improving another ideal journey is no pair', async () => {
        documents = await buildWorkspace({ 'a.journey': IDEAL, 'b.journey': IDEAL.replace('Better improves Support', 'Best improves Better') });
        expect(match('b.journey', 'touchpoint Ca')).toEqual([]);
    });

    test('every ideal journey that has the touchpoint, each named, from the actual one', async () => {
        const second = IDEAL.replace('ideal journey Better improves Support', 'ideal journey QuickWins "Quick wins" improves Support');
        const without = IDEAL.replace('ideal journey Better improves Support', 'ideal journey NoCall improves Support').replace('touchpoint Call', 'touchpoint Callback');
        documents = await buildWorkspace({ 'shared.journey': SHARED, 'support.journey': ACTUAL, 'better.journey': IDEAL, 'quick.journey': second, 'nocall.journey': without });
        const found = match('support.journey', 'touchpoint Ca');
        expect(found.map(m => [m.journey, m.title, m.uri]).sort()).toEqual([
            ['Better', undefined, 'file:///ws/better.journey'],
            ['QuickWins', 'Quick wins', 'file:///ws/quick.journey'],
        ]);
        // From either ideal, the one actual touchpoint.
        expect(match('quick.journey', 'channel Ph').map(m => m.journey)).toEqual(['Support']);
    });
});
