import { describe, expect, test } from 'vitest';
import { GapFixDetector } from '../../src/extension/walkthrough/gap-fix-detector.js';

describe('the walkthrough\'s "gap fixed" signal', () => {
    test('fires when an edit leaves fewer gaps and no errors', () => {
        const detector = new GapFixDetector();
        expect(detector.update('file:///m.journey', 1, 2, 0)).toBe(false);
        expect(detector.update('file:///m.journey', 2, 1, 0)).toBe(true);
    });

    test('not for the first diagnostics of a map, a count that falls without an edit, or mid-typing with errors', () => {
        const detector = new GapFixDetector();
        expect(detector.update('file:///m.journey', 3, 0, 0)).toBe(false);
        detector.update('file:///n.journey', 1, 3, 0);
        expect(detector.update('file:///n.journey', 1, 1, 0), 'a changed journey.rules setting').toBe(false);
        expect(detector.update('file:///n.journey', 2, 0, 1), 'the text does not parse').toBe(false);
        expect(detector.update('file:///n.journey', 3, 2, 0), 'more gaps').toBe(false);
    });

    test('forgets a closed map', () => {
        const detector = new GapFixDetector();
        detector.update('file:///m.journey', 1, 2, 0);
        detector.forget('file:///m.journey');
        expect(detector.update('file:///m.journey', 2, 1, 0)).toBe(false);
    });
});
