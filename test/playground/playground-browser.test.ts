/**
 * The playground as a user meets it: out/playground/index.html opened from file:// in Debian's
 * chromium, typed into with the keyboard. Every request any page makes is recorded: nothing
 * may leave the page (only file:, data: and blob: URLs).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeFragment } from '../../src/playground/share-link.js';
import { ACCESSIBLE_NAME_IN_PAGE } from '../render/accessible-name.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = fs.existsSync(CHROMIUM);
const root = path.resolve(__dirname, '..', '..');
const pageFile = path.join(root, 'out', 'playground', 'index.html');
const pageUrl = pathToFileURL(pageFile).href;
const screenshots = path.join(root, 'test-results', 'playground');
/** Generous: the worker reads a 300-line map on a shared 2-core machine; only a failure waits this long. */
const WAIT = { timeout: 30_000, interval: 100 };

let browser: Browser | undefined;
let context: BrowserContext;
const requests: string[] = [];
const routed: string[] = [];
const problems: string[] = [];

async function open(hash = '', colorScheme: 'light' | 'dark' = 'light', record = true, base = pageUrl): Promise<Page> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    if (record) page.on('request', request => { requests.push(request.url()); });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
    await page.goto(base + hash);
    await analysed(page, 0);
    return page;
}

/** Waits until an analysis of the editor's current text is shown, newer than `after`; resolves with its version. */
async function analysed(page: Page, after: number): Promise<number> {
    let version = 0;
    await expect.poll(async () => {
        version = await page.evaluate<number>('Number(document.body.dataset.current ?? 0)');
        return version > after;
    }, WAIT).toBe(true);
    return version;
}

const current = (page: Page) => page.evaluate<number>('Number(document.body.dataset.current ?? 0)');

/** Selects the first match of `text` with the editor's search (Ctrl+F, Enter, Escape), as a user would. */
async function find(page: Page, text: string): Promise<void> {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+f');
    const field = page.locator('.cm-search input[name="search"]');
    // Typed, not filled: the search panel reads its field on key events.
    await field.fill('');
    await field.pressSequentially(text);
    await field.press('Enter');
    await field.press('Escape');
}

async function downloadOf(page: Page, button: string): Promise<{ download: Download; body: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT.timeout }), page.getByRole('button', { name: button, exact: true }).click()]);
    const file = await download.path();
    return { download, body: fs.readFileSync(file) };
}

describe.skipIf(!hasChromium)(hasChromium ? 'the playground in chromium, from file://' : `the playground: skipped, no browser at ${CHROMIUM}`, () => {
    beforeAll(async () => {
        // The page under test is built from the sources of this checkout (written atomically).
        const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-playground.mjs')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
        expect(build.status, build.stderr).toBe(0);
        fs.mkdirSync(screenshots, { recursive: true });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
        await context.route('**/*', route => {
            const url = route.request().url();
            if (!url.includes('example.com') && !url.startsWith('http://127.0.0.1:')) routed.push(url);
            return route.continue();
        });
    }, 150_000);

    afterAll(async () => {
        await browser?.close();
    }, 20_000);

    test('opens with the password-reset example drawn, its gaps in the lint gutter, labelled controls and lang="en"', async () => {
        const page = await open();
        expect(await page.title()).toBe('Journey Maps playground');
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        for (const name of ['Example', 'View', 'Journey']) await expect.poll(() => page.getByRole('combobox', { name, exact: true }).count()).toBe(1);
        for (const name of ['Copy link', 'SVG', 'PNG', '.journey', 'Zoom in', 'Zoom out', 'Fit']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
        expect(await page.getByRole('textbox', { name: 'Journey map text (.journey)' }).count()).toBe(1);
        expect(await page.locator('#map svg g.touchpoint[data-touchpoint="SearchFindsNothing"]').count()).toBe(1);
        expect(await page.locator('#journey option').allTextContents()).toEqual(['PasswordReset', 'PasswordResetIdeal']);
        expect(await page.locator('#problems-summary').textContent()).toMatch(/^0 errors, [1-9]\d* warnings, [1-9]\d* notes$/);
        expect(await page.locator('.cm-lint-marker-warning').count()).toBeGreaterThan(0);
        await page.screenshot({ path: path.join(screenshots, 'playground.png') });
        // The gap diagnostics, with their rule codes, in CodeMirror's lint panel.
        await page.getByRole('button', { name: /^Problems/ }).click();
        const panel = page.locator('.cm-panel.cm-panel-lint');
        await expect.poll(() => panel.locator('li').count(), WAIT).toBeGreaterThan(5);
        expect(await panel.locator('.cm-diagnosticSource').allTextContents()).toEqual(expect.arrayContaining(['unaddressed-pain', 'unused-declaration', 'open-question']));
        await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
        expect(await page.locator('#zoom-level').textContent()).toBe('125%');
        expect(await page.locator('#map svg').evaluate(svg => svg.getAttribute('style'))).toMatch(/width: \d+px/);
        await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
        expect(await page.locator('#zoom-level').textContent()).toBe('100%');
        // The whole map in view, for a look at it.
        await page.getByRole('button', { name: 'Fit', exact: true }).click();
        expect(await page.getByRole('button', { name: 'Fit', exact: true }).getAttribute('aria-pressed')).toBe('true');
        await page.screenshot({ path: path.join(screenshots, 'playground-fit.png') });
        await page.close();
    }, 90_000);

    test('the language picker: Ελληνικά gives Greek controls, lang="el", Greek lint messages and map labels, and a link keeps it', async () => {
        const page = await open();
        const version = await current(page);
        const picker = page.getByRole('combobox', { name: 'Language', exact: true });
        expect(await picker.locator('option').allTextContents()).toEqual(['English', 'Ελληνικά', 'Dansk', 'Italiano', 'Español']);
        expect(await picker.inputValue()).toBe('en');
        await picker.selectOption({ label: 'Ελληνικά' });
        expect(await page.locator('html').getAttribute('lang')).toBe('el');
        expect(await page.title()).toBe('Πεδίο δοκιμών Journey Maps');
        for (const name of ['Παράδειγμα', 'Γλώσσα', 'Προβολή', 'Διαδρομή']) expect(await page.getByRole('combobox', { name, exact: true }).count(), name).toBe(1);
        for (const name of ['Αντιγραφή συνδέσμου', 'Μεγέθυνση', 'Σμίκρυνση', 'Προσαρμογή']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
        expect(await page.getByRole('textbox', { name: 'Κείμενο χάρτη διαδρομής (.journey)' }).count()).toBe(1);
        expect(await page.locator('#view option').allTextContents()).toEqual(['Χάρτης διαδρομής', 'Σύγκριση με την ιδανική', 'Χάρτης ενδιαφερομένων']);
        expect(await page.locator('#example option:checked').textContent()).toBe('Επαναφορά κωδικού: πραγματική και ιδανική διαδρομή');
        expect(await page.locator('#hint').textContent()).toMatch(/^Συμπλήρωση: Ctrl\+Space\. Προβλήματα: Ctrl\+Shift\+M\. /);
        expect(await page.locator('#hint kbd').count()).toBe(6);
        // The worker's answer: the gap messages and the drawing in Greek.
        await analysed(page, version);
        expect(await page.locator('#problems-summary').textContent()).toMatch(/^0 σφάλματα, [1-9]\d* προειδοποιήσεις, [1-9]\d* σημειώσεις$/);
        await expect.poll(() => page.locator('#map svg').evaluate(ACCESSIBLE_NAME_IN_PAGE), WAIT).toMatch(/^Χάρτης διαδρομής πελάτη: /);
        expect(await page.locator('#map svg').getAttribute('lang')).toBe('el');
        await page.getByRole('button', { name: /^Προβλήματα/ }).click();
        const panel = page.locator('.cm-panel.cm-panel-lint');
        await expect.poll(() => panel.locator('li').count(), WAIT).toBeGreaterThan(5);
        const messages = await panel.locator('li').allTextContents();
        expect(messages.some(m => m.startsWith('Το σημείο επαφής')), messages.join('\n')).toBe(true);
        expect(messages.some(m => /^Touchpoint /.test(m))).toBe(false);
        // CodeMirror's own words: the lint list, and the search panel Ctrl+F opens.
        expect(await panel.locator('ul').getAttribute('aria-label')).toBe('Διαγνωστικά μηνύματα');
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+f');
        const search = page.locator('.cm-panel.cm-search');
        await expect.poll(() => search.count(), WAIT).toBe(1);
        expect(await search.locator('input[name=search]').getAttribute('placeholder')).toBe('Εύρεση');
        expect(await search.locator('button[name=next]').textContent()).toBe('επόμενο');
        await page.screenshot({ path: path.join(screenshots, 'playground-greek.png') });
        await page.keyboard.press('Escape');
        // The link carries the language: a new page opened from it is Greek from the start.
        let hash = '';
        await expect.poll(async () => {
            hash = await page.evaluate<string>('location.hash');
            const read = await decodeFragment(hash);
            return read.kind === 'map' ? read.map.locale : hash;
        }, WAIT).toBe('el');
        expect(hash).toContain('&lang=el');
        const copy = await open(hash);
        expect(await copy.locator('html').getAttribute('lang')).toBe('el');
        expect(await copy.getByRole('combobox', { name: 'Γλώσσα', exact: true }).inputValue()).toBe('el');
        expect(await copy.locator('#example option:checked').textContent()).toBe('Χάρτης από τον σύνδεσμο');
        expect(await copy.locator('#map svg').evaluate(ACCESSIBLE_NAME_IN_PAGE)).toMatch(/^Χάρτης διαδρομής πελάτη: /);
        expect(await copy.locator('#problems-summary').textContent()).toMatch(/^0 σφάλματα, /);
        // And back to English: the page's own words as they were.
        const again = await current(copy);
        await copy.getByRole('combobox', { name: 'Γλώσσα', exact: true }).selectOption('en');
        await analysed(copy, again);
        expect(await copy.locator('html').getAttribute('lang')).toBe('en');
        expect(await copy.getByRole('button', { name: 'Copy link', exact: true }).count()).toBe(1);
        expect(await copy.locator('#example option:checked').textContent()).toBe('Map from the link');
        await expect.poll(() => copy.locator('#map svg').evaluate(ACCESSIBLE_NAME_IN_PAGE), WAIT).toMatch(/^Journey map: /);
        await page.close();
        await copy.close();
    }, 120_000);

    test('opens in the browser\'s language when the tool speaks it (da-DK: Danish), else in English (fr-FR)', async () => {
        for (const [locale, lang, copyLink] of [['da-DK', 'da', 'Kopiér link'], ['fr-FR', 'en', 'Copy link']] as const) {
            const own = await browser!.newContext({ locale, viewport: { width: 1400, height: 900 } });
            try {
                const page = await own.newPage();
                page.on('pageerror', error => problems.push(`page error: ${error.message}`));
                await page.goto(pageUrl);
                await analysed(page, 0);
                expect(await page.locator('html').getAttribute('lang'), locale).toBe(lang);
                expect(await page.getByRole('button', { name: copyLink, exact: true }).count(), locale).toBe(1);
                expect(await page.locator('#language').inputValue()).toBe(lang);
            } finally {
                await own.close();
            }
        }
    }, 90_000);

    test('every control is reached with Tab, the editor included, and Tab leaves the editor again', async () => {
        const page = await open();
        const reached: string[] = [];
        for (let i = 0; i < 16; i++) {
            await page.keyboard.press('Tab');
            reached.push(await page.evaluate<string>("document.activeElement?.id || document.activeElement?.className || ''"));
        }
        const order = ['example', 'copy-link', 'export-svg', 'export-png', 'export-journey', 'problems', 'cm-content', 'view', 'journey', 'zoom-out', 'zoom-in', 'fit'];
        const positions = order.map(id => reached.findIndex(r => r.split(' ').includes(id)));
        expect(positions.every(p => p >= 0), reached.join(', ')).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        await page.close();
    }, 60_000);

    test('after the controls, Tab goes through the cards in the order of the customer\'s path; Enter on one shows its touchpoint in the text', async () => {
        const page = await open();
        const path = await page.locator('#map svg g.touchpoint').evaluateAll(cards => cards.map(card => card.getAttribute('data-touchpoint')));
        expect(path.length).toBeGreaterThan(5);
        await page.locator('#fit').focus();
        const reached: string[] = [];
        for (let i = 0; i < path.length + 1; i++) {
            await page.keyboard.press('Tab');
            const card = await page.evaluate<string | null>("document.activeElement?.closest?.('g.touchpoint')?.getAttribute('data-touchpoint') ?? null");
            if (card) reached.push(card);
        }
        expect(reached).toEqual(path);
        // Back to the third card, and Enter: the editor has the focus, on that touchpoint's line.
        await page.locator(`#map svg g.touchpoint[data-touchpoint="${path[2]}"]`).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate<string>("document.activeElement?.className ?? ''"), WAIT).toContain('cm-content');
        expect(await page.locator('.cm-activeLine').textContent()).toMatch(new RegExp(`touchpoint ${path[2]}\\b`));
        // The exported SVG is a file, not a preview: no card stops Tab there.
        const svg = (await downloadOf(page, 'SVG')).body.toString('utf8');
        expect(svg).not.toContain('tabindex');
        await page.close();
    }, 60_000);

    test('an emotion changed with the keyboard changes its card; a misspelt keyword is an error in the lint UI', async () => {
        const page = await open();
        const card = page.locator('#map g.touchpoint[data-touchpoint="CantLogIn"]');
        expect(await card.locator('g.emotion').getAttribute('data-score')).toBe('2');
        await find(page, 'emotion 2 confused');
        await page.keyboard.type('emotion 5 delighted');
        await expect.poll(() => card.locator('g.emotion').getAttribute('data-score'), WAIT).toBe('5');
        expect(await card.textContent()).toContain('delighted');
        const version = await analysed(page, 0);

        await find(page, 'outcome "Can log in again');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Control+ArrowRight');
        await page.keyboard.press('Backspace'); // outcome → outcom
        await analysed(page, version);
        await expect.poll(() => page.locator('#problems-summary').textContent(), WAIT).toMatch(/^[1-9]\d* errors?,/);
        await expect.poll(() => page.locator('.cm-lintRange-error').count(), WAIT).toBeGreaterThan(0);
        expect(await page.locator('.cm-lint-marker-error').count()).toBeGreaterThan(0);
        await page.getByRole('button', { name: /^Problems/ }).click();
        const errors = page.locator('.cm-panel.cm-panel-lint li.cm-diagnostic-error');
        await expect.poll(() => errors.count(), WAIT).toBeGreaterThan(0);
        expect(await errors.first().textContent()).toMatch(/outcom/);
        // The map keeps the last version without errors, and says so.
        expect(await page.locator('#map-note').textContent()).toMatch(/last version without errors/);
        expect(await card.locator('g.emotion').getAttribute('data-score')).toBe('5');
        await page.screenshot({ path: path.join(screenshots, 'playground-error.png') });
        await page.close();
    }, 90_000);

    test('completion appears at a field position, from the language server, and inserts the field', async () => {
        const page = await open();
        await find(page, 'evidence observed');
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('succ');
        const list = page.locator('.cm-tooltip-autocomplete li');
        await expect.poll(() => list.allTextContents(), WAIT).toEqual(expect.arrayContaining([expect.stringMatching(/^success/)]));
        expect(await page.locator('.cm-tooltip-autocomplete li[aria-selected="true"]').textContent()).toMatch(/^success/);
        // CodeMirror ignores Enter for 75 ms after the list opens (its interactionDelay), against accidents.
        await page.waitForTimeout(250);
        await page.keyboard.press('Enter');
        const version = await analysed(page, 0);
        expect(await page.locator('.cm-activeLine').textContent()).toMatch(/^\s*success\s*$/);
        expect(version).toBeGreaterThan(0);
        // Ctrl+Space after `emotion ` offers the five scores.
        await page.keyboard.type(' "ok"');
        await page.keyboard.press('Enter');
        await page.keyboard.type('emotion ');
        await page.keyboard.press('Control+Space');
        await expect.poll(() => list.allTextContents(), WAIT).toEqual(expect.arrayContaining([expect.stringMatching(/^1/), expect.stringMatching(/^5/)]));
        await page.screenshot({ path: path.join(screenshots, 'playground-completion.png') });
        await page.close();
    }, 90_000);

    test('the URL fragment follows the text: opened in a new page it restores exactly the same text, view and journey', async () => {
        const page = await open();
        await find(page, 'Offer a callback when the queue is long');
        await page.keyboard.type('Rappel — Επανάκληση 📞 when the queue is long');
        await expect.poll(() => page.locator('#map svg').textContent(), WAIT).toContain('Rappel — Επανάκληση 📞');
        await page.getByRole('combobox', { name: 'View', exact: true }).selectOption('compare');
        await expect.poll(() => page.locator('#map svg').evaluate(ACCESSIBLE_NAME_IN_PAGE), WAIT).toMatch(/^Compare: PasswordReset/);
        const { body } = await downloadOf(page, '.journey');
        const text = body.toString('utf8');
        expect(text).toContain('Rappel — Επανάκληση 📞');
        let hash = '';
        await expect.poll(async () => {
            hash = await page.evaluate<string>('location.hash');
            const read = await decodeFragment(hash);
            return read.kind === 'map' ? [read.map.text === text, read.map.view] : hash;
        }, WAIT).toEqual([true, 'compare']);
        // Copy link: to the clipboard, or, where the page may not write to it, into a field, selected.
        await page.getByRole('button', { name: 'Copy link', exact: true }).click();
        await expect.poll(() => page.locator('#link-status').textContent(), WAIT).toMatch(/^(Link copied\.|Copy the selected link \(Ctrl\+C\)\.)$/);
        expect(await page.getByRole('textbox', { name: 'Link to this map' }).inputValue()).toBe(pageUrl + hash);
        const copy = await open(hash);
        expect(await copy.getByRole('combobox', { name: 'View', exact: true }).inputValue()).toBe('compare');
        expect(await copy.locator('#example option:checked').textContent()).toBe('Map from the link');
        expect((await downloadOf(copy, '.journey')).body.toString('utf8')).toBe(text);
        expect(await copy.locator('#map svg').evaluate(ACCESSIBLE_NAME_IN_PAGE)).toBe(await page.locator('#map svg').evaluate(ACCESSIBLE_NAME_IN_PAGE));
        expect(await copy.locator('#map svg g.missing-step').count()).toBeGreaterThan(0);
        await page.close();
        await copy.close();
    }, 90_000);

    test('a garbled link says so on the page and shows the default example', async () => {
        const page = await open('#m=this-is-not$a-map');
        expect(await page.getByRole('alert').textContent()).toMatch(/^This link's map could not be read: .+\. Showing the example instead\.$/);
        expect(await page.locator('#map svg g.touchpoint').count()).toBeGreaterThan(5);
        expect(await page.locator('#example').inputValue()).toBe('password-reset');
        // The notice follows the page's language, its reason too.
        await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('el');
        expect(await page.getByRole('alert').textContent()).toBe('Ο χάρτης αυτού του συνδέσμου δεν μπόρεσε να διαβαστεί: ο χάρτης του δεν είναι κείμενο base64url (ο σύνδεσμος μπορεί να άλλαξε ή να κόπηκε). Εμφανίζεται το παράδειγμα.');
        const cut = await open('#m=q1ZKT81LLUpNUbJSUkrOzy0oSi0uVrJSqgUA'.slice(0, 20));
        expect(await cut.getByRole('alert').isVisible()).toBe(true);
        expect(await cut.locator('#map svg').count()).toBe(1);
        await page.close();
        await cut.close();
    }, 90_000);

    test('the example picker switches maps', async () => {
        const page = await open();
        const version = await current(page);
        const picker = page.getByRole('combobox', { name: 'Example', exact: true });
        const spanish = await picker.locator('option').filter({ hasText: 'Español' }).getAttribute('value');
        await picker.selectOption(spanish!);
        await analysed(page, version);
        expect(await page.locator('#journey option').allTextContents()).toEqual(['RestablecerContraseña']);
        expect(await page.locator('#map svg g.touchpoint[data-touchpoint="LlamaALaMesa"]').count()).toBe(1);
        expect(await page.locator('#map svg g.touchpoint[data-touchpoint="SearchFindsNothing"]').count()).toBe(0);
        // The Greek pair: drawn and checked in Greek (its journeys say `language el`) under English controls.
        const greek = await picker.locator('option').filter({ hasText: 'Ελληνικά' }).getAttribute('value');
        const before = await current(page);
        await picker.selectOption(greek!);
        await analysed(page, before);
        expect(await page.locator('#journey option').allTextContents()).toEqual(expect.arrayContaining(['ΕπαναφοράΚωδικού']));
        expect(await page.locator('#map svg g.touchpoint[data-touchpoint="ΚαλείΤοΓραφείο"]').count()).toBe(1);
        expect(await page.locator('#map svg').getAttribute('lang')).toBe('el');
        await page.close();
    }, 90_000);

    test('exports: SVG, PNG at twice the size, and the .journey text', async () => {
        const page = await open();
        const svg = await downloadOf(page, 'SVG');
        expect(svg.download.suggestedFilename()).toBe('PasswordReset.svg');
        const svgText = svg.body.toString('utf8');
        expect(svgText).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="jm"/);
        expect(svgText).toContain('data-touchpoint="CallsDesk"');
        const width = Number(/width="(\d+)"/.exec(svgText)![1]);
        const height = Number(/height="(\d+)"/.exec(svgText)![1]);
        const png = await downloadOf(page, 'PNG');
        expect(png.download.suggestedFilename()).toBe('PasswordReset.png');
        expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
        const journey = await downloadOf(page, '.journey');
        expect(journey.download.suggestedFilename()).toBe('PasswordReset.journey');
        const text = journey.body.toString('utf8');
        for (const file of ['shared', 'password-reset', 'password-reset-ideal']) {
            expect(text).toContain(fs.readFileSync(path.join(root, 'examples', `${file}.journey`), 'utf8').trimEnd());
        }
        await page.close();
    }, 90_000);

    test('follows a dark colour scheme: the page and the map', async () => {
        const page = await open('', 'dark');
        expect(await page.locator('#map svg').innerHTML()).toContain('#0d1117');
        expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(1, 4, 9)');
        await page.screenshot({ path: path.join(screenshots, 'playground-dark.png') });
        await page.close();
    }, 90_000);

    test('the page\'s CSP refuses any request it might try', async () => {
        // Not recorded: this page tries requests on purpose (chromium reports them before CSP refuses them).
        const page = await open('', 'light', false);
        // Run in the page (written as text: this file is compiled without the DOM's types).
        const refused = await page.evaluate(`(async () => {
            const violations = [];
            document.addEventListener('securitypolicyviolation', event => violations.push(event.effectiveDirective));
            const fetched = await fetch('https://example.com/').then(() => 'fetched', () => 'refused');
            const image = new Image();
            image.src = 'https://example.com/x.png';
            const script = document.createElement('script');
            script.textContent = 'window.__ran = true';
            document.body.append(script);
            await new Promise(resolve => setTimeout(resolve, 300));
            return { fetched, violations: [...new Set(violations)].sort(), ran: window.__ran === true };
        })()`);
        expect(refused).toEqual({ fetched: 'refused', violations: ['connect-src', 'img-src', 'script-src-elem'], ran: false });
        await page.close();
    }, 60_000);

    test('served by journey playground (its CSP as a header too), the page works the same, with no request but for itself', async () => {
        const child = spawn(process.execPath, [path.join(root, 'bin', 'journey.cjs'), 'playground', '--no-open', '--port', '0'], { cwd: root });
        try {
            const url = await new Promise<string>((resolve, reject) => {
                let out = '';
                const timer = setTimeout(() => reject(new Error(`no URL in: ${out}`)), 20_000);
                child.stdout.on('data', chunk => {
                    out += chunk;
                    const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
                    if (found) { clearTimeout(timer); resolve(found[0]); }
                });
                child.stderr.on('data', chunk => { out += chunk; });
                child.once('exit', code => { clearTimeout(timer); reject(new Error(`journey playground exited with ${code}: ${out}`)); });
            });
            const seen: string[] = [];
            const page = await context.newPage();
            page.on('request', request => { seen.push(request.url()); });
            page.on('pageerror', error => problems.push(`page error: ${error.message}`));
            await page.goto(url);
            await analysed(page, 0);
            expect(await page.locator('#map svg g.touchpoint[data-touchpoint="CallsDesk"]').count()).toBe(1);
            await find(page, 'emotion 1 frustrated');
            await page.keyboard.type('emotion 4 calm');
            await expect.poll(() => page.locator('#map g.touchpoint[data-touchpoint="CallsDesk"] g.emotion').getAttribute('data-score'), WAIT).toBe('4');
            expect(seen.filter(u => u !== url && !/^(data|blob):/.test(u))).toEqual([]);
            await page.close();
        } finally {
            child.kill('SIGKILL');
        }
    }, 90_000);

    test('no request left any page: only file:, data: and blob: URLs, and no page error', () => {
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter(url => !/^(file|data|blob):/.test(url))).toEqual([]);
        expect(routed.filter(url => !/^(file|data|blob):/.test(url))).toEqual([]);
        expect(requests).toContain(pageUrl);
        expect(problems.filter(p => !/Content Security Policy|example\.com/.test(p))).toEqual([]);
    });
});
