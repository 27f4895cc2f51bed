// CodeMirror's own words in the playground (search, go-to-line, lint, fold and completion
// panels): every phrase the installed CodeMirror packages look up has a translation, which
// keeps CodeMirror's `$` placeholders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.js';
import { editorPhrases } from '../../src/playground/editor-phrases.js';
import { en } from '../../src/playground/editor-phrases/en.js';

const root = path.resolve(__dirname, '..', '..');

/** Every `phrase("…")` of the CodeMirror packages the playground bundles. */
function phrasesCodeMirrorAsksFor(): string[] {
    const packages = ['view', 'state', 'commands', 'language', 'search', 'lint', 'autocomplete'];
    const found = new Set<string>();
    for (const name of packages) {
        const source = fs.readFileSync(path.join(root, 'node_modules', '@codemirror', name, 'dist', 'index.js'), 'utf8');
        for (const match of source.matchAll(/phrase\((?:[\w.]+,\s*)?"([^"]+)"/g)) found.add(match[1]);
        // The fold messages are chosen by a ternary: phrase(fold ? "Folded lines" : "Unfolded lines").
        for (const match of source.matchAll(/phrase\([\w.]+ \? "([^"]+)" : "([^"]+)"\)/g)) { found.add(match[1]); found.add(match[2]); }
    }
    return [...found].sort();
}

describe("CodeMirror's phrases", () => {
    test('the catalogue covers every phrase CodeMirror asks for, and no other', () => {
        const asked = phrasesCodeMirrorAsksFor();
        expect(asked.length).toBeGreaterThan(20);
        expect(asked).toEqual(expect.arrayContaining(['Find', 'Diagnostics', 'Go to line', 'replaced $ matches']));
        expect(Object.keys(en).sort()).toEqual(asked);
    });

    for (const locale of LOCALES.filter(l => l !== 'en')) {
        test(`${locale}: translated, with CodeMirror's $ kept`, () => {
            const phrases = editorPhrases(locale);
            for (const [english, translated] of Object.entries(en)) {
                expect(phrases[english], english).toBeTruthy();
                expect(phrases[english], english).not.toBe(translated);
                expect(phrases[english].split('$').length, english).toBe(english.split('$').length);
            }
        });
    }

    test('English leaves CodeMirror its own words', () => {
        expect(editorPhrases('en')).toEqual({});
    });
});
