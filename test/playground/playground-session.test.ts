// The playground worker's logic, run in Node: the same PlaygroundSession and RequestQueue the
// worker runs, without the worker.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { codeMirrorSnippet, PlaygroundSession } from '../../src/playground/worker/playground-session.js';
import { RequestQueue } from '../../src/playground/worker/request-queue.js';
import type { AnalyseRequest, FromWorker } from '../../src/playground/worker-protocol.js';
import { accessibleName } from '../render/accessible-name.js';

const root = path.resolve(__dirname, '..', '..');
/** The playground's password-reset example: the three files in one text, as scripts/build-playground.mjs joins them. */
const joined = ['shared', 'password-reset', 'password-reset-ideal']
    .map(name => `// ---- examples/${name}.journey ----\n${fs.readFileSync(path.join(root, 'examples', `${name}.journey`), 'utf8').trimEnd()}\n`).join('\n');
const small = 'persona P "P"\nchannel C "C"\nstakeholder S "S"\njourney J "J" {\n    persona P\n    outcome "O"\n    stage A "A" {\n        touchpoint T "Calls" {\n            channel C  owner S  emotion 3\n        }\n    }\n}\n';

describe('PlaygroundSession', () => {
    test('the joined password-reset example reads without errors, with gap diagnostics and both journeys drawn', async () => {
        const session = new PlaygroundSession();
        const result = await session.analyse(1, joined, 'map', undefined, 'light');
        expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const codes = new Set(result.diagnostics.map(d => d.code));
        expect(codes).toContain('unaddressed-pain');
        expect(result.journeys).toEqual(['PasswordReset', 'PasswordResetIdeal']);
        expect(result.journey).toBe('PasswordReset');
        expect(result.svg).toMatch(/^<svg [^>]*class="jm"/);
        expect(result.svg).toContain('data-touchpoint="SearchFindsNothing"');
        // Offsets point at the text the diagnostic is about.
        const pain = result.diagnostics.find(d => d.code === 'unaddressed-pain')!;
        expect(joined.slice(pain.from, pain.to)).toMatch(/^[\p{L}_][\p{L}\p{N}_]*$/u);
    });

    test('the compare and stakeholder views, in the dark theme', async () => {
        const session = new PlaygroundSession();
        const compare = await session.analyse(1, joined, 'compare', 'PasswordResetIdeal', 'dark');
        expect(compare.journey).toBe('PasswordResetIdeal');
        expect(compare.svg).toContain('missing-step');
        expect(compare.svg).toContain('#0d1117');
        const stakeholders = await session.analyse(2, joined, 'stakeholders', undefined, 'light');
        expect(stakeholders.svg).toContain('Stakeholder map');
        // A journey that is not there: the first actual one is drawn.
        expect((await session.analyse(3, joined, 'map', 'Gone', 'light')).journey).toBe('PasswordReset');
    });

    test('an edit is read afresh: the new text only, with its diagnostics mapped to offsets and severities', async () => {
        const session = new PlaygroundSession();
        const first = await session.analyse(1, small, 'map', undefined, 'light');
        expect(first.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(first.svg).toContain('emotion-3');
        const renamed = small.replace('touchpoint T "Calls"', 'touchpoint T "Phones"');
        const second = await session.analyse(2, renamed, 'map', undefined, 'light');
        expect(second.svg).toContain('Phones');
        expect(second.svg).not.toContain('Calls');
        expect(second.journeys).toEqual(['J']);
        const edited = renamed.replace('emotion 3', 'emotion 9');
        const range = (await session.analyse(3, edited, 'map', undefined, 'light')).diagnostics.find(d => d.code === 'emotion-out-of-range');
        expect(range).toMatchObject({ severity: 'error' });
        expect(edited.slice(range!.from, range!.to)).toBe('9');
        const misspelt = await session.analyse(3, small.replace('outcome "O"', 'outcom "O"'), 'map', undefined, 'light');
        expect(misspelt.diagnostics.filter(d => d.severity === 'error').length).toBeGreaterThan(0);
        // A gap is a warning-level diagnostic with its rule's code.
        const unowned = await session.analyse(4, small.replace('owner S  ', ''), 'map', undefined, 'light');
        expect(unowned.diagnostics.find(d => d.code === 'missing-owner')).toMatchObject({ severity: 'warning' });
    });

    test('a locale: the gap messages and the drawing in it, the last map without errors too; back to English again', async () => {
        const session = new PlaygroundSession();
        const english = await session.analyse(1, joined, 'map', undefined, 'light');
        expect(english.diagnostics.find(d => d.code === 'unaddressed-pain')?.message).toMatch(/^Touchpoint /);
        const greek = await session.analyse(2, joined, 'map', undefined, 'light', 'el');
        expect(greek.diagnostics.find(d => d.code === 'unaddressed-pain')?.message).toMatch(/^Το σημείο επαφής /);
        expect(greek.diagnostics.map(d => d.code)).toEqual(english.diagnostics.map(d => d.code));
        expect(accessibleName(greek.svg)).toMatch(/^Χάρτης διαδρομής πελάτη: /);
        expect(greek.svg).toContain('lang="el"');
        // With errors, the map drawn is the last one without, read again in the new language.
        const broken = joined.replace('outcome ', 'outcom ');
        await session.analyse(3, broken, 'map', undefined, 'light', 'el');
        const danish = await session.analyse(4, broken, 'map', undefined, 'light', 'da');
        expect(danish.lastGood).toBe(true);
        expect(danish.svg).toContain('lang="da"');
        expect(danish.svg).not.toContain('Χάρτης');
        const back = await session.analyse(5, joined, 'map', undefined, 'light', 'en');
        expect(back.diagnostics.find(d => d.code === 'unaddressed-pain')?.message).toMatch(/^Touchpoint /);
        expect(accessibleName(back.svg)).toMatch(/^Journey map: /);
    });

    test('a text with errors keeps the last map without errors, in any view; the first text read is drawn even with errors', async () => {
        const session = new PlaygroundSession();
        const broken = small.replace('emotion 3', 'emotion 4').replace('outcome "O"', 'outcom "O"');
        const first = await session.analyse(1, broken, 'map', undefined, 'light');
        expect(first.lastGood).toBe(false);
        expect(first.svg).toContain('data-touchpoint="T"');
        await session.analyse(2, small, 'map', undefined, 'light');
        const again = await session.analyse(3, broken.replace('"Calls"', '"Rings"'), 'stakeholders', undefined, 'light');
        expect(again.lastGood).toBe(true);
        expect(again.diagnostics.some(d => d.severity === 'error')).toBe(true);
        expect(again.svg).toContain('Stakeholder map');
        const map = await session.analyse(4, broken.replace('"Calls"', '"Rings"'), 'map', undefined, 'light');
        expect(map.svg).toContain('Calls');
        expect(map.svg).not.toContain('Rings');
        expect(map.svg).toContain('data-score="3"');
    });

    test('completion at a field position offers the fields, and after emotion the scores', async () => {
        const session = new PlaygroundSession();
        const at = small.indexOf('channel C');
        const text = `${small.slice(0, at)}cha${small.slice(at)}`;
        const items = await session.complete(text, at + 3);
        const channel = items.find(i => i.label === 'channel');
        expect(channel).toMatchObject({ from: at, insert: 'channel' });
        const emotionAt = small.indexOf('emotion 3') + 'emotion '.length;
        const scores = await session.complete(small.slice(0, emotionAt) + small.slice(emotionAt + 1), emotionAt);
        expect(scores.map(i => i.label)).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5']));
    });

    test('an element snippet is converted to a CodeMirror template', async () => {
        const session = new PlaygroundSession();
        const at = small.indexOf('    }\n}');
        const text = `${small.slice(0, at)}    tou\n${small.slice(at)}`;
        const items = await session.complete(text, at + 7);
        const snippet = items.find(i => i.snippet && i.label.startsWith('touchpoint'));
        expect(snippet?.insert).toContain('${1:Name}');
        expect(snippet?.insert).toContain('\\{');
    });
});

describe('codeMirrorSnippet', () => {
    test.each([
        ['stage ${1:Name} "${2:Title}" {\n\t$0\n}', 'stage ${1:Name} "${2:Title}" \\{\n\t${0}\n\\}'],
        ['priority ${5|P1,P2,P3|}', 'priority ${5:P1}'],
        ['a ${1} b $2', 'a ${1} b ${2}'],
        ['literal \\$ and \\} and ${1:x\\}y}', 'literal $ and \\} and ${1:x\\}y}'],
    ])('%s', (lsp, template) => {
        expect(codeMirrorSnippet(lsp)).toBe(template);
    });
});

describe('RequestQueue: latest wins', () => {
    function request(version: number, text = small): AnalyseRequest {
        return { type: 'analyse', version, text, view: 'map', theme: 'light' };
    }

    test('analyses waiting behind a running one are replaced by the newest; a superseded completion is answered empty', async () => {
        const posted: FromWorker[] = [];
        const queue = new RequestQueue(new PlaygroundSession(), message => posted.push(message));
        queue.push(request(1));
        queue.push(request(2, small.replace('Calls', 'Two')));
        queue.push(request(3, small.replace('Calls', 'Three')));
        queue.push({ type: 'complete', id: 1, version: 3, text: small, offset: 10 });
        queue.push({ type: 'complete', id: 2, version: 3, text: small, offset: 10 });
        await expect.poll(() => posted.filter(m => m.type === 'analysed').length, { timeout: 30_000 }).toBe(2);
        await queue.drain();
        const analysed = posted.flatMap(m => m.type === 'analysed' ? [m] : []);
        expect(analysed.map(m => m.version)).toEqual([1, 3]);
        expect(analysed[1].svg).toContain('Three');
        const completed = posted.flatMap(m => m.type === 'completed' ? [m] : []);
        expect(completed.map(m => m.id)).toEqual([1, 2]);
        expect(completed[0].items).toEqual([]);
    });
});
