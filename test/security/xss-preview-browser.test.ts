/**
 * The XSS corpus in `journey preview`: the built CLI serves a map that holds every payload in
 * every text field, one payload after another (each a save that the page follows), and the
 * page is read in each of its three views with the execution hooks on. Then a preview of a
 * file whose name is a payload. See xss-surfaces-browser.test.ts for the other surfaces.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditDom, watch, withoutSpace, type DomAudit, type Watched } from './execution-hooks.js';
import { mapWith } from './xss-maps.js';
import { PAYLOADS } from './xss-payloads.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = fs.existsSync(CHROMIUM);
const root = path.resolve(__dirname, '..', '..');
const VIEWS = ['map', 'compare', 'stakeholders'];

let browser: Browser;
const children: ChildProcessWithoutNullStreams[] = [];
const folders: string[] = [];

/** `journey preview <file>` in `folder`, on a free port; resolves with the URL it prints. */
function startPreview(folder: string, file: string): Promise<string> {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'journey.cjs'), 'preview', file, '--port', '0'], { cwd: folder });
    children.push(child);
    let output = '';
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`journey preview printed no URL: ${output}`)), 20_000);
        child.stdout.on('data', chunk => {
            output += chunk;
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
            if (found) {
                clearTimeout(timer);
                resolve(found[0]);
            }
        });
        child.stderr.on('data', chunk => { output += chunk; });
        child.on('exit', code => {
            clearTimeout(timer);
            reject(new Error(`journey preview exited with ${code}: ${output}`));
        });
    });
}

interface Opened { page: Page; watched: Watched }

async function open(url: string): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watched = await watch(page, request => request.startsWith(url));
    await page.goto(url);
    return { page, watched };
}

/**
 * Polls an expression in the page until it is true. (Not waitForFunction: that compiles its
 * string with eval, which the page's CSP rightly refuses.)
 */
async function until(page: Page, expression: string, what: string): Promise<void> {
    for (let i = 0; i < 400; i++) {
        if (await page.evaluate(expression)) return;
        await page.waitForTimeout(50);
    }
    throw new Error(`the preview did not show ${what}`);
}

/** Waits until the page shows journey `name` in `view`, drawn. */
async function shows(page: Page, name: string, view: string): Promise<void> {
    await until(page, `document.getElementById('journey').value === ${JSON.stringify(name)} && document.querySelector('main#map svg.jm') !== null`, `journey ${name}`);
    if (await page.locator('#view').inputValue() !== view) {
        const before = await page.locator('main#map').innerHTML();
        await page.locator('#view').selectOption(view);
        await until(page, `document.querySelector('main#map').innerHTML !== ${JSON.stringify(before)}`, `the ${view} view of ${name}`);
    }
    await page.waitForTimeout(50);
    await page.mouse.move(300, 300);
    await page.mouse.move(700, 500);
}

describe.skipIf(!hasChromium)(hasChromium ? 'the XSS corpus in journey preview, in chromium' : `journey preview XSS: skipped, no browser at ${CHROMIUM}`, () => {
    beforeAll(async () => {
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 30_000);

    afterAll(async () => {
        for (const child of children) child.kill('SIGKILL');
        await browser?.close();
        for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
    });

    test('every payload in every field, in every view: nothing runs, the text is shown', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-xss-preview-'));
        folders.push(folder);
        const file = path.join(folder, 'map.journey');
        fs.writeFileSync(file, mapWith('Before 0', 0));
        const url = await startPreview(folder, 'map.journey');
        const { page, watched } = await open(url);
        const harmless = new Map<string, DomAudit>();
        for (const view of VIEWS) {
            await shows(page, 'J0', view);
            harmless.set(view, await auditDom(page));
        }
        expect(await watched.take()).toEqual([]);

        const failures: string[] = [];
        for (const payload of PAYLOADS) {
            fs.writeFileSync(file, mapWith(payload.text, payload.id));
            for (const view of [...VIEWS].reverse()) {
                await shows(page, `J${payload.id}`, view);
                const audit = await auditDom(page);
                const base = harmless.get(view)!;
                const found = [...await watched.take(), ...audit.attributes.map(a => `script in an attribute: ${a}`)];
                for (const [tag, count] of Object.entries(audit.counts)) {
                    if (count > base.counts[tag]) found.push(`<${tag}> elements: ${count}, against ${base.counts[tag]} from harmless text`);
                }
                const added = audit.globals.filter(name => !base.globals.includes(name));
                if (added.length > 0) found.push(`new globals: ${added.join(', ')}`);
                if (!withoutSpace(audit.text).includes(withoutSpace(payload.text))) found.push('the payload text is not shown');
                failures.push(...found.map(problem => `payload ${payload.id} (${payload.kind}), ${view} view: ${problem}`));
            }
        }
        expect(failures).toEqual([]);
        await page.context().close();
    }, 600_000);

    test('a file whose name is a payload: its name is shown as text in the title and heading, nothing runs', async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-xss-preview-name-'));
        folders.push(folder);
        const name = '<img src=x onerror=alert(1)><script>alert(2)<\\script>.journey';
        fs.writeFileSync(path.join(folder, name), mapWith('A map', 1));
        const url = await startPreview(folder, name);
        const { page, watched } = await open(url);
        await shows(page, 'J1', 'map');
        expect(await page.title()).toBe(`${name} — Journey Maps preview`);
        expect(await page.locator('header h1').textContent()).toBe(name);
        const audit = await auditDom(page);
        expect(audit.counts.img).toBe(0);
        expect(audit.counts.script).toBe(1);
        expect(audit.attributes).toEqual([]);
        expect(await watched.take()).toEqual([]);
        await page.context().close();
    }, 60_000);
});
