import { describe, expect, it } from 'vitest';
import type { Gap } from '../../src/model/gap.js';
import type { Range } from '../../src/model/journey-model.js';
import { gapsByPlace } from '../../src/render/gaps-by-place.js';

function gap(uri: string, line: number, character: number, code: string): Gap {
    const at = { line, character };
    return { uri, code, severity: 'warning', message: code, location: { uri, range: { start: at, end: at } }, related: [] } as unknown as Gap;
}

function range(a: [number, number], b: [number, number]): Range {
    return { start: { line: a[0], character: a[1] }, end: { line: b[0], character: b[1] } };
}

function naive(gaps: Gap[], uri: string, r: Range): Gap[] {
    const after = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line > q.line || (p.line === q.line && p.character >= q.character);
    return gaps.filter(g => g.location.uri === uri && after(g.location.range.start, r.start) && after(r.end, g.location.range.start));
}

describe('gapsByPlace', () => {
    it('finds the gaps that start inside a range, ends included, in their original order', () => {
        const gaps = [gap('a', 5, 2, 'x'), gap('a', 3, 0, 'y'), gap('b', 4, 0, 'z'), gap('a', 4, 9, 'w'), gap('a', 3, 0, 'v'), gap('a', 7, 0, 'u')];
        const within = gapsByPlace(gaps);
        expect(within('a', range([3, 0], [5, 2])).map(g => g.code)).toEqual(['x', 'y', 'w', 'v']);
        expect(within('a', range([3, 1], [5, 1])).map(g => g.code)).toEqual(['w']);
        expect(within('b', range([0, 0], [9, 0])).map(g => g.code)).toEqual(['z']);
        expect(within('c', range([0, 0], [9, 0]))).toEqual([]);
    });

    it('agrees with filtering every gap, on random gaps and ranges', () => {
        let seed = 7;
        const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
        const gaps = Array.from({ length: 400 }, (_, i) => gap(random(2) ? 'a' : 'b', random(60), random(5), `g${i}`));
        const within = gapsByPlace(gaps);
        for (let i = 0; i < 300; i++) {
            const start: [number, number] = [random(60), random(5)];
            const end: [number, number] = [start[0] + random(6), random(5)];
            const r = range(start, end);
            expect(within('a', r)).toEqual(naive(gaps, 'a', r));
        }
    });
});
