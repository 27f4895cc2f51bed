/**
 * The `journey preview` page in each language: its controls, its badge sentences and the
 * no-JavaScript link come from the CLI catalogue, and `lang` says which language they are in.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { cliText } from '../../src/cli/cli-messages.js';
import { previewPage } from '../../src/cli/preview-page.js';
import { LOCALES } from '../../src/i18n/locales.js';
import { tempFolder } from './journey-cli.js';
import { startServing } from './served-process.js';

const unescape = (html: string) => html.replace(/&(lt|gt|quot|#39|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity]!);

/** The texts a reader sees on the page's controls, in document order. */
function controls(html: string): string[] {
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    return [...header.matchAll(/<(?:label|option|input)\b[^>]*>([^<]*)/g)].map(m => unescape(m[1].trim())).filter(Boolean);
}

const KEYS = ['preview.journey', 'preview.view', 'preview.view.map', 'preview.view.compare', 'preview.view.stakeholders',
    'preview.theme', 'preview.theme.light', 'preview.theme.dark', 'preview.theme.high-contrast', 'preview.fit'] as const;

describe('the preview page in each language', () => {
    test.each(LOCALES)('%s: lang, the controls, the title, the no-JavaScript link and the badge sentences', locale => {
        const html = previewPage('επαναφορά <1>.journey', 'NONCE', locale);
        expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
        expect(controls(html)).toEqual(KEYS.map(key => cliText(locale, key)));
        expect(html).toContain(`<title>${cliText(locale, 'preview.title', { file: 'επαναφορά &lt;1&gt;.journey' })}</title>`);
        expect(html).toContain(`<a href="/map.svg">${cliText(locale, 'preview.noscriptLink')}</a>`);
        expect(html).not.toContain('{link}');
        const badge = /const badgeText = (\{.*\});/.exec(html)?.[1];
        expect(JSON.parse(badge!)).toEqual({ one: cliText(locale, 'preview.badge.one'), other: cliText(locale, 'preview.badge.other') });
        if (locale !== 'en') {
            for (const english of ['Fit to width', 'High contrast', 'Actual against ideal', 'open the map as an SVG image']) expect(html).not.toContain(english);
        }
    });
});

describe('journey preview picks the page language', () => {
    const folders: string[] = [];
    const stops: (() => void)[] = [];
    afterAll(() => {
        stops.forEach(stop => stop());
        folders.forEach(f => fs.rmSync(f, { recursive: true, force: true }));
    });
    const GREEK = 'persona Alex\nstakeholder Desk\nchannel Phone\njourney Επαναφορά "Επαναφορά κωδικού" {\n  language el\n  persona Alex\n  stage S {\n    touchpoint Call "Καλεί" { channel Phone owner Desk emotion 2 }\n  }\n}\n';
    const PLAIN = GREEK.replace('  language el\n', '');

    async function pageOf(map: string, args: string[] = []): Promise<string> {
        const dir = tempFolder({ 'reset.journey': map });
        folders.push(dir);
        const served = await startServing(['preview', 'reset.journey', '--port', '0', ...args], { cwd: dir });
        stops.push(() => served.child.kill('SIGKILL'));
        const response = await fetch(served.url);
        return response.text();
    }

    test('the journey\'s own language; else --locale; else English', async () => {
        expect(await pageOf(GREEK)).toMatch(/<html lang="el">[\s\S]*<label>Διαδρομή /);
        expect(await pageOf(PLAIN, ['--locale', 'da'])).toMatch(/<html lang="da">[\s\S]*<label>Rejse /);
        expect(await pageOf(GREEK, ['--locale', 'da'])).toMatch(/<html lang="el">/);
        expect(await pageOf(PLAIN)).toMatch(/<html lang="en">[\s\S]*<label>Journey /);
    }, 60_000);
});
