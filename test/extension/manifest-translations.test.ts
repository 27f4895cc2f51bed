import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const LANGUAGES = ['el', 'da', 'it', 'es'] as const;

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const rawManifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(rawManifest);
const englishNls = readJson('package.nls.json') as Record<string, string>;
const englishBundle = readJson('l10n/bundle.l10n.json') as Record<string, string>;

/** What a translation must carry over exactly as the English has it, each kind sorted so order may change. */
function invariants(text: string) {
    const all = (pattern: RegExp) => [...text.matchAll(pattern)].map(m => m[0]).sort();
    return {
        placeholders: all(/\{\d+\}/g),
        codeSpans: all(/`[^`]*`/g),
        settingReferences: all(/#[\w.-]+#/g),
        commandLinks: all(/\]\(command:[^)]*\)/g),
        bold: all(/\*\*[^*]+\*\*/g),
    };
}

/** The package.nls keys that are walkthrough step descriptions: VS Code renders only links there. */
const stepDescriptionKeys: string[] = manifest.contributes.walkthroughs.flatMap((w: { steps: { description: string }[] }) =>
    w.steps.map(s => /^%([^%]+)%$/.exec(s.description)?.[1]).filter((k: string | undefined): k is string => k !== undefined));

function expectTranslation(file: string, english: Record<string, string>, translated: Record<string, unknown>) {
    expect(Object.keys(translated).sort(), `${file}: keys`).toEqual(Object.keys(english).sort());
    let identical = 0;
    for (const [key, source] of Object.entries(english)) {
        const value = translated[key];
        expect(typeof value, `${file}: ${key}`).toBe('string');
        expect((value as string).trim().length, `${file}: ${key} is empty`).toBeGreaterThan(0);
        expect(invariants(value as string), `${file}: ${key}`).toEqual(invariants(source));
        if (value === source) identical++;
    }
    // Product names such as "Journey Maps" stay as they are; nearly everything else is translated.
    expect(identical, `${file}: values left in English`).toBeLessThanOrEqual(Math.floor(Object.keys(english).length * 0.1));
}

describe('the manifest texts: package.nls.json and package.json', () => {
    const used = [...rawManifest.matchAll(/"%([^"%]+)%"/g)].map(m => m[1]);

    test('every %key% in package.json has an English text, and every English text is used', () => {
        expect(used.length).toBeGreaterThan(0);
        expect([...new Set(used)].filter(key => !(key in englishNls))).toEqual([]);
        expect(Object.keys(englishNls).filter(key => !used.includes(key))).toEqual([]);
    });

    test('the walkthrough step descriptions are found, and have no backtick or asterisk in English', () => {
        expect(stepDescriptionKeys.length).toBe(manifest.contributes.walkthroughs[0].steps.length);
        for (const key of stepDescriptionKeys) expect(englishNls[key], key).not.toMatch(/[`*]/);
    });
});

describe.each(LANGUAGES)('package.nls.%s.json', language => {
    const file = `package.nls.${language}.json`;
    const translated = readJson(file);

    test('the same keys as package.nls.json, each translated, with the same placeholders, code, setting references, links and bold', () => {
        expectTranslation(file, englishNls, translated);
    });

    test('walkthrough step descriptions have no backtick or asterisk, and keep their one command link', () => {
        for (const key of stepDescriptionKeys) {
            const value = translated[key] as string;
            expect(value, `${file}: ${key}`).not.toMatch(/[`*]/);
            expect([...value.matchAll(/\]\(command:[\w.]+\)/g)].length, `${file}: ${key}`).toBe(1);
        }
    });
});

/** The string literals passed to vscode.l10n.t, or to a local t(), in the extension's sources. */
function l10nLiterals(): { literal: string; file: string }[] {
    const dir = path.join(root, 'src', 'extension');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'));
    return files.flatMap(file => {
        const source = fs.readFileSync(path.join(dir, file), 'utf8');
        return [...source.matchAll(/\bt\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g)]
            .map(m => ({ literal: m[2].replace(/\\(.)/g, '$1'), file }));
    });
}

describe('the runtime strings: l10n/bundle.l10n.json', () => {
    test('every l10n.t string in src/extension is a key of the bundle, and every key is used', () => {
        const literals = l10nLiterals();
        expect(literals.length).toBeGreaterThan(10);
        expect(literals.filter(({ literal }) => !(literal in englishBundle)).map(({ literal, file }) => `${file}: ${literal}`)).toEqual([]);
        const found = new Set(literals.map(({ literal }) => literal));
        expect(Object.keys(englishBundle).filter(key => !found.has(key))).toEqual([]);
    });

    test('the English bundle maps each string to itself', () => {
        for (const [key, value] of Object.entries(englishBundle)) expect(value, key).toBe(key);
    });
});

describe.each(LANGUAGES)('l10n/bundle.l10n.%s.json', language => {
    test('the same keys as the English bundle, each translated, with the same placeholders and code', () => {
        const file = `l10n/bundle.l10n.${language}.json`;
        expectTranslation(file, englishBundle, readJson(file));
    });
});
