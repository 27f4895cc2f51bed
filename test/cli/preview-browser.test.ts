/**
 * `journey preview` as a user sees it: the built CLI serves a map on 127.0.0.1, Debian's
 * chromium opens the printed URL, and saves to the file on disk show up in the open page by
 * themselves (server-sent events, no reload). A save with errors keeps the last good map on
 * screen under an error badge.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot, tempFolder } from './journey-cli.js';
import { ACCESSIBLE_NAME_IN_PAGE } from '../render/accessible-name.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = fs.existsSync(CHROMIUM);
const screenshots = path.join(repoRoot, 'test-results', 'preview');
/** How long to wait for the preview to follow a save: generous, since only a failure waits this long. */
const FOLLOW = { timeout: 20_000, interval: 100 };

const PEOPLE = 'persona Alex\nstakeholder Desk\nchannel Phone\nchannel Web\n';
const map = (call: number, extra = '') => 'journey Reset "Password reset" {\n  persona Alex\n  outcome "Signed in again"\n  stage Seek "Seeks help" {\n'
    + `    touchpoint Call "Calls the desk" { channel Phone owner Desk emotion ${call} }\n`
    + '    touchpoint Wait "Waits for a call back" { channel Phone owner Desk emotion 3 }\n'
    + `${extra}  }\n}\n`;
const FIRST = map(2);
const SECOND = map(5, '    touchpoint Portal "Resets it on the portal" { channel Web owner Desk emotion 4 }\n');
/** The second map with a misspelt keyword and an unknown owner: errors, and a change that must not show. */
const BROKEN = SECOND.replace('emotion 3', 'emotion 1').replace('{ channel Web', '{ chanel Web').replace('owner Desk emotion 4', 'owner Dsk emotion 4');

let dir = '';
let child: ChildProcessWithoutNullStreams | undefined;
let output = '';
let url = '';
let browser: Browser | undefined;
let page: Page;
const pageProblems: string[] = [];

/** Starts `journey preview` on a free port and resolves with the URL it prints. */
function startPreview(): Promise<string> {
    const started = spawn(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), 'preview', 'reset.journey', '--port', '0'], { cwd: dir });
    child = started;
    return new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`journey preview printed no URL: ${output}`)), 20_000);
        const read = (chunk: Buffer) => {
            output += chunk;
            const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
            if (found) {
                clearTimeout(timer);
                resolve(found[0]);
            }
        };
        started.stdout.on('data', read);
        started.stderr.on('data', chunk => { output += chunk; });
        started.on('exit', code => {
            clearTimeout(timer);
            reject(new Error(`journey preview exited with ${code}: ${output}`));
        });
    });
}

/** Stops the preview: SIGTERM, as Ctrl+C would, and SIGKILL if it has not gone in 5 s. */
async function stopPreview(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>(resolve => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
}

const cards = () => page.locator('main#map svg.jm g.touchpoint');
const score = (touchpoint: string) => page.locator(`main#map svg.jm g.touchpoint[data-touchpoint="${touchpoint}"] g.emotion`).getAttribute('data-score');
const version = async () => Number(await page.locator('body').getAttribute('data-version'));
const touchpointNames = () => cards().evaluateAll(elements => elements.map(e => e.getAttribute('data-touchpoint')));

/** Saves the map and waits until the page has drawn a newer version than the one it showed. */
async function save(text: string): Promise<void> {
    const before = await version();
    fs.writeFileSync(path.join(dir, 'reset.journey'), text);
    await expect.poll(version, FOLLOW).toBeGreaterThan(before);
}

/** Connects to host:port and tells how it went: 'connected' or the error code. */
function connect(host: string, port: number): Promise<string> {
    return new Promise(resolve => {
        const socket = net.connect({ host, port });
        socket.setTimeout(5_000, () => { socket.destroy(); resolve('timeout'); });
        socket.once('connect', () => { socket.destroy(); resolve('connected'); });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
}

describe.skipIf(!hasChromium)(hasChromium ? 'journey preview in chromium' : `journey preview in chromium: skipped, no browser at ${CHROMIUM}`, () => {
    beforeAll(async () => {
        expect(fs.existsSync(path.join(repoRoot, 'out', 'cli', 'main.cjs')), 'out/cli/main.cjs is built (npm run build)').toBe(true);
        fs.mkdirSync(screenshots, { recursive: true });
        dir = tempFolder({ 'people.journey': PEOPLE, 'reset.journey': FIRST });
        // Each is kept as soon as it is there, so that afterAll stops it even when the other failed.
        const launching = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }).then(b => { browser = b; });
        const printing = startPreview().then(printed => { url = printed; });
        await Promise.allSettled([launching, printing]);
        await Promise.all([launching, printing]);
        page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
        page.on('pageerror', error => pageProblems.push(`page error: ${error.message}`));
        page.on('console', message => { if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`); });
    }, 45_000);

    afterAll(async () => {
        try {
            await browser?.close();
        } finally {
            await stopPreview();
            if (dir) fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 20_000);

    test('the printed URL opens a page that shows the map with its touchpoint cards', async () => {
        expect(new URL(url).hostname).toBe('127.0.0.1');
        // The page follows saves through its event stream: the tests below save only once it is open.
        const eventStream = page.waitForResponse(response => new URL(response.url()).pathname === '/events', { timeout: FOLLOW.timeout });
        await page.goto(url);
        expect((await eventStream).headers()['content-type']).toBe('text/event-stream');
        await expect.poll(() => cards().count(), FOLLOW).toBe(2);
        expect(await page.title()).toBe('reset.journey — Journey Maps preview');
        expect(await page.locator('header h1').textContent()).toBe('reset.journey');
        expect(await page.locator('main#map svg.jm').evaluate(ACCESSIBLE_NAME_IN_PAGE)).toContain('Password reset');
        expect(await touchpointNames()).toEqual(['Call', 'Wait']);
        expect(await score('Call')).toBe('2');
        expect(await score('Wait')).toBe('3');
        expect(await page.locator('#journey').inputValue()).toBe('Reset');
        expect(await page.locator('#badge').isVisible()).toBe(false);
        expect(await version()).toBeGreaterThan(0);
    });

    test('a save on disk shows up in the open page by itself, without a reload', async () => {
        // A mark on the page's window: a reload would lose it.
        await page.evaluate('window.journeyPreviewTestMark = "still the same page"');
        await save(SECOND);
        await expect.poll(() => cards().count(), FOLLOW).toBe(3);
        expect(await touchpointNames()).toEqual(['Call', 'Wait', 'Portal']);
        expect(await score('Call')).toBe('5');
        expect(await score('Portal')).toBe('4');
        expect(await page.locator('#badge').isVisible()).toBe(false);
        expect(await page.evaluate('window.journeyPreviewTestMark')).toBe('still the same page');
    });

    test('a save with errors keeps the last good map, under a badge that counts the errors', async () => {
        await save(BROKEN);
        await expect.poll(() => page.locator('#badge').isVisible(), FOLLOW).toBe(true);
        expect(await page.locator('#badge').textContent()).toMatch(/^[1-9]\d* errors?: showing the last map without errors$/);
        expect(await page.locator('#badge').getAttribute('role')).toBe('status');
        // The map is still the second one: the broken save's emotion 1 for Wait is not drawn.
        expect(await touchpointNames()).toEqual(['Call', 'Wait', 'Portal']);
        expect(await score('Call')).toBe('5');
        expect(await score('Wait')).toBe('3');
        expect(await page.evaluate('window.journeyPreviewTestMark')).toBe('still the same page');
        await page.screenshot({ path: path.join(screenshots, 'cli-preview.png'), fullPage: true });
    });

    test('the errors of that save are listed in the terminal, as journey check lists them', async () => {
        await expect.poll(() => output, FOLLOW).toContain('journey preview: 2 errors; the page shows the last map without errors');
        expect(output).toMatch(/reset\.journey:\d+:\d+: error \[syntax-error\] 'chanel' is not a touchpoint field/);
        expect(output).toMatch(/reset\.journey:\d+:\d+: error \[unresolved-reference\] No stakeholder named 'Dsk'/);
    });

    test('fixing the errors clears the badge and draws the fixed map', async () => {
        await save(SECOND.replace('emotion 3', 'emotion 1'));
        await expect.poll(() => score('Wait'), FOLLOW).toBe('1');
        await expect.poll(() => page.locator('#badge').isVisible(), FOLLOW).toBe(false);
        expect(await cards().count()).toBe(3);
        expect(await page.evaluate('window.journeyPreviewTestMark')).toBe('still the same page');
    });

    test('without JavaScript, the page links the current map as an SVG image', async () => {
        const context = await browser!.newContext({ javaScriptEnabled: false });
        try {
            const bare = await context.newPage();
            await bare.goto(url);
            const link = bare.locator('noscript a, a[href="/map.svg"]').first();
            expect(await link.textContent()).toBe('open the map as an SVG image');
            await link.click();
            await bare.waitForURL(/\/map\.svg$/);
            expect(await bare.locator('svg.jm g.touchpoint').count()).toBe(3);
        } finally {
            await context.close();
        }
    });

    test('the page ran without script errors or Content-Security-Policy violations', () => {
        expect(pageProblems).toEqual([]);
    });

    test('the server listens on 127.0.0.1 only: not on the IPv6 loopback, nor on any other interface address', async () => {
        const { hostname, port } = new URL(url);
        expect(hostname).toBe('127.0.0.1');
        expect(await connect('127.0.0.1', Number(port))).toBe('connected');
        const addresses = Object.entries(os.networkInterfaces()).flatMap(([name, list]) => (list ?? [])
            .filter(a => a.address !== '127.0.0.1')
            // A link-local IPv6 address is only reachable with its interface named.
            .map(a => ({ internal: a.internal, address: a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80:') ? `${a.address}%${name}` : a.address })));
        if (!addresses.some(a => !a.internal)) console.warn('journey preview test: this machine has no non-loopback interface address to try');
        for (const { address } of addresses) {
            expect([address, await connect(address, Number(port))]).toEqual([address, 'ECONNREFUSED']);
        }
        // The control: a server on every interface answers on each of those addresses.
        const everywhere = net.createServer(socket => socket.destroy());
        await new Promise<void>(resolve => everywhere.listen(0, resolve));
        try {
            const { port: open } = everywhere.address() as net.AddressInfo;
            for (const { address } of addresses) expect([address, await connect(address, open)]).toEqual([address, 'connected']);
        } finally {
            await new Promise(resolve => everywhere.close(resolve));
        }
    });
});
