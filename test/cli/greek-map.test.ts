// The password-reset map in Greek (test/fixtures/el: shared declarations, the actual journey and
// its ideal, each journey marked `language el`): its diagnostics, its drawing, its Markdown and
// its diff report are in Greek; only the codes (and the map's own keywords) stay as they are.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const GREEK = path.join(repoRoot, 'test', 'fixtures', 'el');
const ACTUAL = path.join(GREEK, 'επαναφορά-κωδικού.journey');
const GREEK_LETTER = /[\u0370-\u03ff]/;
/** Fixed English words the drawing and the reports would print if they were not translated. */
const ENGLISH = ['Emotion', 'Gives up', 'Improvements', 'Open questions', 'line of visibility', 'Journey:', 'Persona:', 'Outcome:', 'Goal:', 'has no owner', 'Moment of truth', 'is at risk', 'Touchpoint ', 'no improvement addresses'];
const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

describe('the Greek password-reset map', () => {
    test('journey check: every finding is in Greek, with the codes as they are', () => {
        const run = journey(['check', GREEK, '--format', 'json']);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] };
        expect(report.diagnostics.length).toBeGreaterThan(20);
        const codes = new Set(report.diagnostics.map(d => d.code));
        for (const code of ['dead-end', 'moment-of-truth-at-risk', 'extra-step', 'emotion-gap', 'metric-off-target', 'open-question', 'unused-declaration']) expect(codes, code).toContain(code);
        for (const d of report.diagnostics) {
            expect(d.message, d.code).toMatch(GREEK_LETTER);
            for (const word of ENGLISH) expect(d.message, `${d.code}: ${d.message}`).not.toContain(word);
        }
    });

    test('journey render: the drawing and the Markdown are in Greek, with lang="el"', () => {
        const svg = journey(['render', ACTUAL]);
        expect(svg.status).toBe(0);
        expect(svg.stdout).toMatch(/<svg[^>]* lang="el"/);
        const texts = [...svg.stdout.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1]);
        for (const word of ENGLISH) expect(texts.some(t => t.includes(word)), word).toBe(false);
        const compare = journey(['render', ACTUAL, '--view', 'compare']);
        expect(compare.stdout).toMatch(/<svg[^>]* lang="el"/);
        const md = journey(['render', ACTUAL, '-f', 'md']);
        expect(md.status).toBe(0);
        const headings = md.stdout.split('\n').filter(line => line.startsWith('#'));
        expect(headings.length).toBeGreaterThan(2);
        for (const heading of headings) expect(heading).toMatch(GREEK_LETTER);
        for (const word of ENGLISH) expect(md.stdout, word).not.toContain(word);
    });

    test('journey diff: the report of a change is in Greek', () => {
        const base = tempFolder({});
        const head = tempFolder({});
        folders.push(base, head);
        for (const file of fs.readdirSync(GREEK)) {
            fs.copyFileSync(path.join(GREEK, file), path.join(base, file));
            fs.copyFileSync(path.join(GREEK, file), path.join(head, file));
        }
        const changed = path.join(head, 'επαναφορά-κωδικού.journey');
        fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('owner ΥπεύθυνοςΓνώσης  emotion 1 θυμωμένη', 'emotion 1 θυμωμένη'));
        const run = journey(['diff', base, head]);
        expect(run.status).toBe(0);
        const headings = run.stdout.split('\n').filter(line => line.startsWith('#'));
        expect(headings.length).toBeGreaterThan(0);
        for (const heading of headings) expect(heading).toMatch(GREEK_LETTER);
        expect(run.stdout).toContain('missing-owner');
        for (const word of ENGLISH) expect(run.stdout, word).not.toContain(word);
    });
});
