// `journey render --locale` and `journey diff --locale`: the drawing, the page and the Markdown in
// the language asked for; a language the tool does not speak is a usage error in one line.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';
import { accessibleName } from '../render/accessible-name.js';

const EXAMPLE = path.join(repoRoot, 'examples', 'password-reset.journey');
const PEOPLE = 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\nstakeholder Iam "Identity team"\nchannel Phone "Phone"\nchannel Portal "Portal"\n';
const MAP = `journey Reset "Password reset" {
    persona Alex
    stage Help {
        touchpoint Calls "Calls the desk" { channel Phone  owner Desk  emotion 1 angry }
        touchpoint Portal "Tries the portal" { channel Portal  owner Desk  emotion 3 }
    }
}
`;
const CHANGED = MAP.replace('owner Desk  emotion 1 angry', 'owner Iam  emotion 4 relieved')
    .replace('touchpoint Portal "Tries the portal" { channel Portal  owner Desk  emotion 3 }', 'touchpoint Portal "Tries the portal" { channel Portal  emotion 3 }');

const folders: string[] = [];
afterAll(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** The one line a language the tool does not speak gets, naming those it does. */
function expectLocaleUsageError(run: ReturnType<typeof journey>): void {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toContain('--locale');
    expect(lines[0]).toContain("'fr'");
    expect(lines[0]).toMatch(/en, el, da, it, es/);
}

describe('journey render --locale', () => {
    test('el: the Markdown summary has Greek headings and no English ones', () => {
        const run = journey(['render', EXAMPLE, '-f', 'md', '--locale', 'el']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^# Διαδρομή πελάτη: /);
        for (const heading of ['**Περσόνα:**', '**Επιθυμητό αποτέλεσμα:**', '| στάδιο | σημείο επαφής | κανάλι | υπεύθυνος | συναίσθημα | προβλήματα |', '## Κενά (', '## Βελτιώσεις']) {
            expect(run.stdout).toContain(heading);
        }
        for (const english of ['# Journey:', '**Persona:**', '**Outcome:**', '| stage |', '## Gaps', '## Improvements']) expect(run.stdout).not.toContain(english);
    });

    test('el: the SVG says its language and draws the Greek labels; the HTML page too', () => {
        const svg = journey(['render', EXAMPLE, '--locale', 'el']);
        expect(svg.status).toBe(0);
        expect(svg.stdout.slice(0, svg.stdout.indexOf('>'))).toContain('lang="el" xml:lang="el"');
        expect(accessibleName(svg.stdout)).toMatch(/^Χάρτης διαδρομής πελάτη: /);
        expect(svg.stdout).toContain('>Συναίσθημα<');
        expect(svg.stdout).not.toContain('>Emotion<');
        const folder = tempFolder({});
        folders.push(folder);
        const out = path.join(folder, 'map.html');
        const html = journey(['render', EXAMPLE, '--locale', 'el', '-o', out]);
        expect(html.status).toBe(0);
        expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!doctype html>\n<html lang="el">/);
        const stakeholders = journey(['render', EXAMPLE, '--view', 'stakeholders', '--locale', 'da']);
        expect(stakeholders.stdout).toContain('Interessentkort');
    });

    test('without --locale, English, and the SVG says so', () => {
        const run = journey(['render', EXAMPLE]);
        expect(run.status).toBe(0);
        expect(run.stdout.slice(0, run.stdout.indexOf('>'))).toContain(' lang="en" xml:lang="en"');
        expect(run.stdout).toContain('>Emotion<');
    });

    test('--locale fr: a usage error, exit 2, one line listing the languages', () => {
        expectLocaleUsageError(journey(['render', EXAMPLE, '--locale', 'fr']));
    });
});

describe('journey diff --locale', () => {
    test('el: the report has Greek headings', () => {
        const folder = tempFolder({ 'base/people.journey': PEOPLE, 'base/reset.journey': MAP, 'head/people.journey': PEOPLE, 'head/reset.journey': CHANGED });
        folders.push(folder);
        const run = journey(['diff', 'base', 'head', '--locale', 'el'], folder);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^## Αλλαγές στους χάρτες διαδρομής\n\nΣύγκριση base → head: 1 διαδρομή με αλλαγές, /);
        for (const heading of ['**Υπεύθυνοι**', '| Σημείο επαφής | Πριν | Μετά |', '**Συναισθήματα** (1 πολύ αρνητικό … 5 πολύ θετικό)', '<summary>Ο χάρτης πριν και μετά</summary>', '**Πριν**', '**Μετά**']) {
            expect(run.stdout).toContain(heading);
        }
        for (const english of ['## Journey map changes', 'Comparing', '**Owners**', '**Emotions**', '**Before**', '**After**']) expect(run.stdout).not.toContain(english);
        const english = journey(['diff', 'base', 'head'], folder);
        expect(english.stdout).toMatch(/^## Journey map changes\n\nComparing base → head: 1 journey changed, /);
    });

    test('--locale fr: a usage error, exit 2, one line listing the languages', () => {
        expectLocaleUsageError(journey(['diff', 'a', 'b', '--locale', 'fr']));
    });
});
