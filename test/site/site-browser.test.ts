/**
 * `journey site` as a reader sees it: the built CLI publishes examples/ into a temporary
 * folder, and Debian's chromium opens index.html from file://. Every link of every page must
 * lead to a file of the site (and to an element, for #anchors), every page must be reached,
 * nothing may be requested but the site's own files, nothing may break the page's policy, and
 * the search box must find a touchpoint and take the reader to its row on its journey's page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { journey, repoRoot } from '../cli/journey-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = fs.existsSync(CHROMIUM);
const screenshots = path.join(repoRoot, 'test-results', 'site');
const POLL = { timeout: 15_000, interval: 100 };

let dir = '';
let site = '';
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

const fileUrl = (file: string) => pathToFileURL(path.join(site, file)).href;

describe.skipIf(!hasChromium)(hasChromium ? 'journey site in chromium' : `journey site in chromium: skipped, no browser at ${CHROMIUM}`, () => {
    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-site-browser-'));
        site = path.join(dir, 'site');
        const run = journey(['site', 'examples', '-o', site]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Wrote \d+ pages to .*site; open .*site\/index\.html in a browser\n$/);
        fs.mkdirSync(screenshots, { recursive: true });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        context.on('request', request => requests.push(request.url()));
        page = await context.newPage();
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`); });
    }, 90_000);

    afterAll(async () => {
        try {
            await browser?.close();
        } finally {
            if (dir) fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 20_000);

    test('every link of every page leads to a file of the site, and every #anchor to an element of its page', async () => {
        const visited = new Map<string, Set<string>>(); // page file → ids on it
        const links: { from: string; to: string }[] = [];
        const queue = ['index.html'];
        while (queue.length > 0) {
            const file = queue.shift()!;
            if (visited.has(file)) continue;
            await page.goto(fileUrl(file));
            // A string, not a function: the tests compile without the DOM library.
            const found = await page.evaluate<{ ids: string[]; hrefs: string[]; resources: string[] }>(`({
                ids: [...document.querySelectorAll('[id]')].map(e => e.id),
                hrefs: [...document.querySelectorAll('a[href]')].map(a => a.href),
                resources: [...document.querySelectorAll('link[href], script[src]')].map(e => e.href || e.src),
            })`);
            visited.set(file, new Set(found.ids));
            expect(found.ids.length, `${file}: ids are unique`).toBe(new Set(found.ids).size);
            for (const resource of found.resources) expect(fs.existsSync(fileURLToPath(resource)), `${file} loads ${resource}`).toBe(true);
            for (const target of found.hrefs) {
                const url = new URL(target);
                expect(url.protocol, `${file} links to ${target}`).toBe('file:');
                const targetFile = path.relative(site, fileURLToPath(url));
                expect(targetFile.startsWith('..'), `${file} links outside the site: ${target}`).toBe(false);
                expect(fs.existsSync(path.join(site, targetFile)), `${file} links to ${targetFile}, which is missing`).toBe(true);
                links.push({ from: file, to: target });
                if (targetFile.endsWith('.html') && !visited.has(targetFile)) queue.push(targetFile);
            }
        }
        for (const { from, to } of links) {
            const url = new URL(to);
            if (!url.hash) continue;
            const ids = visited.get(path.relative(site, fileURLToPath(url)))!;
            expect(ids.has(decodeURIComponent(url.hash.slice(1))), `${from} links to ${to}: no such id`).toBe(true);
        }
        // Every page of the site is reached from the index, and the crawl saw a fair number of links.
        const pages = listFiles(site).filter(f => f.endsWith('.html'));
        expect([...visited.keys()].sort()).toEqual(pages.sort());
        expect(pages.length).toBeGreaterThanOrEqual(20);
        expect(links.filter(l => new URL(l.to).hash.startsWith('#tp-')).length).toBeGreaterThan(20);
    }, 180_000);

    test('each journey page is in its journey\'s language, with its map inline', async () => {
        // The Greek maps say `language el`; the Spanish one says nothing, so it is in the site's language.
        for (const [file, lang] of [['journeys/password-reset.html', 'en'], ['journeys/epanafora-kodikou.html', 'el'], ['journeys/restablecer-contrasena.html', 'en'], ['index.html', 'en']] as const) {
            await page.goto(fileUrl(file));
            expect(await page.locator('html').getAttribute('lang'), file).toBe(lang);
        }
        await page.goto(fileUrl('journeys/password-reset.html'));
        expect(await page.locator('figure.map svg.jm g.touchpoint').count()).toBeGreaterThanOrEqual(11 * 2);
        expect(await page.locator('#compare').count()).toBe(1);
        expect(await page.locator('#tp-search-finds-nothing').count()).toBe(1);
        await page.screenshot({ path: path.join(screenshots, 'journey-page.png'), fullPage: false });
        await page.goto(fileUrl('index.html'));
        await page.screenshot({ path: path.join(screenshots, 'index.png'), fullPage: true });
    }, 60_000);

    test('the search box finds a touchpoint by its words, and Enter goes to its row on its journey\'s page', async () => {
        await page.goto(fileUrl('index.html'));
        const input = page.locator('#site-search');
        await expect.poll(() => input.isVisible(), POLL).toBe(true);
        await input.fill('search shows nothing');
        const first = page.locator('#site-search-results a').first();
        await expect.poll(() => first.getAttribute('href'), POLL).toBe('journeys/password-reset.html#tp-search-finds-nothing');
        expect(await first.textContent()).toContain('SearchFindsNothing');
        await page.screenshot({ path: path.join(screenshots, 'search.png') });
        await input.press('ArrowDown');
        expect(await first.getAttribute('aria-selected')).toBe('true');
        await input.press('Enter');
        await page.waitForURL(`${fileUrl('journeys/password-reset.html')}#tp-search-finds-nothing`, { timeout: 15_000 });
        expect(await page.locator(':target').getAttribute('id')).toBe('tp-search-finds-nothing');
    }, 60_000);

    test('the search ignores case and accents, from a page in a folder', async () => {
        await page.goto(fileUrl('channels/phone.html'));
        const input = page.locator('#site-search');
        await expect.poll(() => input.isVisible(), POLL).toBe(true);
        // `/` from anywhere on the page (not in a field) goes to the search box.
        await page.locator('h1').click();
        await page.keyboard.press('/');
        expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('site-search');
        await page.keyboard.type('CONTRASENA');
        const hrefs = () => page.locator('#site-search-results a').evaluateAll(links => links.map(a => a.getAttribute('href')));
        await expect.poll(hrefs, POLL).toContain('../journeys/restablecer-contrasena.html');
        await input.fill('zzz-nothing-like-this');
        await expect.poll(() => page.locator('#site-search-results').textContent(), POLL).toContain('zzz-nothing-like-this');
        expect(await page.locator('#site-search-results a').count()).toBe(0);
    }, 60_000);

    test('nothing was requested but the site\'s own files, and no page broke its policy or logged an error', () => {
        const base = pathToFileURL(site).href + '/';
        expect(requests.length).toBeGreaterThan(20);
        expect(requests.filter(url => !url.startsWith(base))).toEqual([]);
        expect(problems).toEqual([]);
    });
});

function listFiles(folder: string, prefix = ''): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`]);
}
