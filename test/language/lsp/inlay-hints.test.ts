import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { InlayHint, InlayHintLabelPart } from 'vscode-languageserver';
import { buildWorkspace, resetWorkspace, services, SHARED } from '../journey-test-services.js';

const ACTUAL = `journey Support {
    stage Contact {
        touchpoint Call { channel Phone emotion 2 frustrated }
        touchpoint Ticket { channel Portal emotion 3 }
        touchpoint Wait { channel Phone }
        touchpoint Email { channel Email emotion 1 }
    }
}
`;

const IDEAL = `ideal journey Better improves Support {
    stage Contact {
        touchpoint Call { channel Phone emotion 4 "reassured" }
        touchpoint Ticket { channel Portal }
        touchpoint Wait { channel Phone emotion 4 }
        touchpoint Chat { channel Portal emotion 5 }
    }
}
`;

const WHOLE_FILE = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

async function hintsIn(files: Record<string, string>, name: string, range = WHOLE_FILE): Promise<InlayHint[]> {
    const documents = await buildWorkspace(files);
    const document = documents[name];
    return (await services.Journey.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range })) ?? [];
}

/** `line:col label`, 1-based like an editor shows it. */
function show(hints: InlayHint[]): string[] {
    return hints.map(hint => `${hint.position.line + 1}:${hint.position.character + 1} ${typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('')}`);
}

function setEnabled(enabled: boolean | undefined): void {
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { journey: enabled === undefined ? {} : { inlayHints: { enabled } } } });
}

describe('inlay hints', () => {
    beforeEach(resetWorkspace);
    afterEach(() => setEnabled(undefined));

    test('in an actual journey: the ideal emotion right after the actual one', async () => {
        const hints = await hintsIn({ 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL }, 'actual.journey');
        const callLine = ACTUAL.split('\n')[2];
        expect(show(hints)).toEqual([`3:${callLine.indexOf('frustrated') + 'frustrated'.length + 1} ideal 4`]);
        expect(hints[0].paddingLeft).toBe(true);
    });

    test('in an ideal journey: the actual emotion after the ideal one', async () => {
        const hints = await hintsIn({ 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL }, 'ideal.journey');
        const callLine = IDEAL.split('\n')[2];
        expect(show(hints)).toEqual([`3:${callLine.indexOf('"reassured"') + '"reassured"'.length + 1} actual 2`]);
    });

    test('the hint explains itself and leads to the counterpart', async () => {
        const hints = await hintsIn({ 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL }, 'actual.journey');
        const part = (hints[0].label as InlayHintLabelPart[])[0];
        expect(part.tooltip).toEqual({ kind: 'markdown', value: 'Emotion at `Call` in the ideal journey `Better`: 4 (positive) "reassured"' });
        expect(part.location?.uri).toBe('file:///ws/ideal.journey');
        expect(part.location?.range.start).toEqual({ line: 2, character: IDEAL.split('\n')[2].indexOf('Call') });
    });

    test('no hint where either side has no emotion, nor for unmatched touchpoints', async () => {
        const hints = await hintsIn({ 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL }, 'actual.journey');
        // Ticket (ideal has none), Wait (actual has none), Email (not in the ideal), Chat (not in the actual).
        expect(show(hints).some(hint => /ideal [135]/.test(hint))).toBe(false);
        expect(hints).toHaveLength(1);
    });

    test('no hints in a journey nothing improves', async () => {
        expect(await hintsIn({ 'shared.journey': SHARED, 'actual.journey': ACTUAL }, 'actual.journey')).toEqual([]);
    });

    test('with two ideal journeys, one hint for each, naming the journey', async () => {
        const second = IDEAL.replace('Better', 'Best').replace('emotion 4 "reassured"', 'emotion 5');
        const hints = await hintsIn({ 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL, 'best.journey': second }, 'actual.journey');
        expect(show(hints).map(hint => hint.replace(/^\S+ /, '')).sort()).toEqual(['ideal 4 (Better)', 'ideal 5 (Best)']);
    });

    test('only hints inside the requested range', async () => {
        const files = { 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL };
        expect(await hintsIn(files, 'actual.journey', { start: { line: 3, character: 0 }, end: { line: 6, character: 0 } })).toEqual([]);
        expect(await hintsIn(files, 'actual.journey', { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } })).toHaveLength(0);
        expect(await hintsIn(files, 'actual.journey', { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } })).toHaveLength(1);
    });

    test('`journey.inlayHints.enabled: false` switches them off, and back on', async () => {
        const files = { 'shared.journey': SHARED, 'actual.journey': ACTUAL, 'ideal.journey': IDEAL };
        setEnabled(false);
        expect(await hintsIn(files, 'actual.journey')).toEqual([]);
        setEnabled(true);
        expect(await hintsIn(files, 'actual.journey')).toHaveLength(1);
    });
});
