#!/usr/bin/env node
// Runs the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by
// Debian's headless chromium:
//   1. the extension-host mocha suite (out/test/e2e/index.cjs), the same `run()` module
//      @vscode/test-electron runs in desktop VS Code;
//   2. UI checks a person would make: highlighting, the language mode, the Problems panel,
//      emotion scores styled by value, inlay hints, completion after `owner`, the preview, the
//      Markdown preview, the preview's keybindings, the Get Started walkthrough, the XSS
//      corpus in the preview webview, with
//      screenshots in test-results/ to look at.
// usage: node test/e2e/run-code-server.mjs [--verbose] [--port 8377] [--suite-timeout 180000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { startCodeServer } from './code-server-host.mjs';
import { createTestWorkspace, repoRoot, requireBuilt, suitePath } from './test-workspace.mjs';
import { checkOwnerCompletion, checkSemanticColoursAndInlayHints } from './editor-intelligence-ui.mjs';
import { checkPreviewKeybindings, checkWalkthrough } from './editor-conventions-ui.mjs';
import { checkWebviewXss, installXssHooks } from './webview-xss-ui.mjs';
import { cursorPosition, expectHighlighted, markdownPreviewFrame, openProblems, pickColorTheme, previewFrame, problemRows, quickOpen, replaceAll, runCommand, statusBarLanguage, statusBarProblems, waitForWorkbench } from './workbench-ui.mjs';

const root = repoRoot;
const { values: args } = parseArgs({ options: {
    verbose: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.CODE_SERVER_PORT ?? '8377' },
    'suite-timeout': { type: 'string', default: '180000' },
} });
const started = Date.now();
const log = (...x) => console.log(`[vscode-tests ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...x);
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

const codeServer = path.join(root, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(codeServer) || !fs.existsSync(chromiumPath)) {
    log('installing the editor test dependencies (scripts/install-test-deps.sh)');
    execFileSync('bash', [path.join(root, 'scripts', 'install-test-deps.sh')], { stdio: 'inherit', cwd: root });
}
requireBuilt();
const testWorkspace = createTestWorkspace();
const workspace = testWorkspace.path;
const markdown = writeMarkdownFixture(workspace);

let host;
let exitCode = 1;
try {
    host = await startCodeServer({ codeServer, port: Number(args.port), log, verbose: args.verbose });
    exitCode = await runSuite(host);
    if (exitCode === 0) exitCode = await runUiChecks(host);
} catch (error) {
    console.error(`vscode-tests: ${error instanceof Error ? error.stack ?? error.message : error}`);
    if (host && args.verbose) console.error(host.output().slice(-3000));
    exitCode = 1;
} finally {
    await host?.stop();
    testWorkspace.remove();
}
log(exitCode === 0 ? 'all VS Code checks passed' : `VS Code checks failed (exit ${exitCode})`);
process.exit(exitCode);

async function runSuite(host) {
    log('extension-host suite: starting');
    const page = await host.browser.newPage({ viewport: { width: 1400, height: 860 } });
    let finish;
    const finished = new Promise(resolve => { finish = resolve; });
    const timer = setTimeout(() => { log('TIMEOUT: the extension-host suite did not finish'); finish(124); }, Number(args['suite-timeout']));
    // The workbench reports the suite's console output and exit code through these two hooks.
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => console.log(format(...logArgs)));
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    await page.goto(host.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', host.remoteUri(root)],
        ['extensionTestsPath', host.remoteUri(suitePath)],
        ['skipWelcome', 'true'],
    ]));
    const code = await finished;
    clearTimeout(timer);
    if (code !== 0) await page.screenshot({ path: path.join(resultsDir, 'vscode-suite-failure.png') }).catch(() => {});
    await page.close().catch(() => {});
    log(`extension-host suite: exit code ${code}`);
    return code;
}

/** The preview beside the map: it draws every touchpoint, follows an edit, and a click on a card moves the cursor. */
async function checkPreview(page) {
    await runCommand(page, 'View: Hide Panel', { optional: true });
    await runCommand(page, 'Journey Maps: Open Preview to the Side');
    const frame = await previewFrame(page);
    const cards = await frame.locator('g.touchpoint').count();
    if (cards !== 11) throw new Error(`the preview shows ${cards} touchpoints, expected 11`);
    const score = name => frame.locator(`g.touchpoint[data-touchpoint="${name}"] g.emotion`).getAttribute('data-score');
    if (await score('CantLogIn') !== '2') throw new Error(`CantLogIn shows emotion ${await score('CantLogIn')}, expected 2`);
    await page.screenshot({ path: path.join(resultsDir, 'vscode-preview.png') });
    log('preview: 11 touchpoint cards drawn');

    await quickOpen(page, 'password-reset.journey');
    await replaceAll(page, 'emotion 2 confused', 'emotion 5 calm');
    await frame.locator('g.touchpoint[data-touchpoint="CantLogIn"] g.emotion[data-score="5"]').waitFor({ timeout: 20_000 });
    log('preview: follows an edit of the emotion (2 → 5) without a save');

    await frame.locator('g.touchpoint[data-touchpoint="CallsDesk"]').click({ position: { x: 20, y: 12 } });
    const started = Date.now();
    let position = await cursorPosition(page);
    while (!position.startsWith('Ln 27,') && Date.now() - started < 15_000) {
        await page.waitForTimeout(200);
        position = await cursorPosition(page);
    }
    if (!position.startsWith('Ln 27,')) throw new Error(`clicking the CallsDesk card left the cursor at ${position}, expected line 27`);
    log(`preview: clicking the CallsDesk card moves the cursor to ${position}`);
    await page.screenshot({ path: path.join(resultsDir, 'vscode-preview-after-edit.png') });

    // A mistake: the map stays, with a badge.
    await replaceAll(page, 'owner ServiceDesk  emotion 1 frustrated', 'ownr ServiceDesk  emotion 1 frustrated');
    await frame.locator('#badge:not([hidden])').waitFor({ timeout: 20_000 });
    const badge = (await frame.locator('#badge').innerText()).trim();
    const kept = await frame.locator('g.touchpoint').count();
    if (!/^\d+ errors?$/.test(badge) || kept !== 11) throw new Error(`with an error, the badge reads '${badge}' and ${kept} cards are shown`);
    log(`preview: a mistake keeps the last good map (${kept} cards) with the badge '${badge}'`);
    await replaceAll(page, 'ownr ServiceDesk  emotion 1 frustrated', 'owner ServiceDesk  emotion 1 frustrated');
    await frame.locator('#badge[hidden]').waitFor({ state: 'attached', timeout: 20_000 });

    // Export: each format goes where the user says, through VS Code's save dialog.
    const svg = await exportThrough(page, frame, 'svg', 'exported-map.svg');
    if (!svg.toString('utf8').startsWith('<svg') || !svg.includes('data-touchpoint="CallsDesk"') || svg.includes('var(--vscode-')) {
        throw new Error('the exported SVG is not a standalone map');
    }
    const png = await exportThrough(page, frame, 'png', 'exported-map.png');
    if (png.subarray(1, 4).toString('latin1') !== 'PNG' || png.length < 10_000) throw new Error(`the exported PNG is not an image (${png.length} bytes)`);
    const html = (await exportThrough(page, frame, 'html', 'exported-map.html')).toString('utf8');
    if (!html.startsWith('<!doctype html>') || !html.includes('<svg')) throw new Error('the exported HTML does not hold the map');
    log(`preview: exported SVG (${svg.length} bytes), PNG (${png.length} bytes) and HTML (${html.length} bytes)`);

    // Themes: the map follows VS Code's colours.
    // Each theme's expected editor background: Dark Modern #1f1f1f, Dark High Contrast #000, Light Modern #fff.
    for (const [theme, file, wanted] of [['Dark Modern', 'vscode-preview-dark.png', [20, 45]], ['Dark High Contrast', 'vscode-preview-high-contrast.png', [0, 2]], ['Light Modern', undefined, [250, 256]]]) {
        await runCommand(page, 'Preferences: Color Theme');
        await page.locator('.quick-input-widget input').fill(theme);
        const themeRow = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${theme}$`) }) }).first();
        await themeRow.waitFor({ timeout: 15_000 });
        await themeRow.click();
        const started3 = Date.now();
        let luminance = NaN;
        while (Date.now() - started3 < 15_000) {
            // While the theme switches the fill can be momentarily unresolved: keep polling.
            luminance = await frame.locator('rect.background').first().evaluate(el => {
                const channels = getComputedStyle(el).fill.match(/\d+(\.\d+)?/g);
                if (!channels || channels.length < 3) return NaN;
                const [r, g, b] = channels.map(Number);
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            }).catch(() => NaN);
            if (luminance >= wanted[0] && luminance <= wanted[1]) break;
            await page.waitForTimeout(250);
        }
        if (!(luminance >= wanted[0] && luminance <= wanted[1])) throw new Error(`with the ${theme} theme the map's background has luminance ${luminance}, expected ${wanted.join('–')}`);
        if (file) await page.screenshot({ path: path.join(resultsDir, file) });
        log(`preview: follows the ${theme} theme (background luminance ${Math.round(luminance)})`);
    }
}

/** Clicks an export button in the preview, answers VS Code's save dialog with a path in the workspace, and returns the file. */
async function exportThrough(page, frame, format, name) {
    const target = path.join(workspace, name);
    await frame.locator(`#export-${format}`).click();
    // VS Code's save dialog here is its simple one: a path box, filled in with the default name first.
    const pathInput = page.locator('.quick-input-widget input');
    await pathInput.waitFor({ state: 'visible', timeout: 15_000 });
    for (let i = 0; i < 50 && !(await pathInput.inputValue()).endsWith(`.${format}`); i++) await page.waitForTimeout(100);
    await pathInput.fill(target);
    for (let i = 0; i < 20 && (await pathInput.inputValue()) !== target; i++) await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    const started = Date.now();
    while (!fs.existsSync(target) && Date.now() - started < 15_000) await page.waitForTimeout(200);
    if (!fs.existsSync(target)) {
        await page.screenshot({ path: path.join(resultsDir, 'vscode-export-failure.png') });
        throw new Error(`exporting ${format.toUpperCase()} wrote nothing to ${name}`);
    }
    return fs.readFileSync(target);
}

/** A Markdown page with the password-reset map in a ```journey fence (its declarations pasted in) and a draft with a mistake. */
function writeMarkdownFixture(folder) {
    const example = name => fs.readFileSync(path.join(root, 'examples', name), 'utf8').trimEnd();
    const text = [
        '# Password reset', '', 'What a locked-out office worker goes through today:', '',
        '```journey', example('shared.journey'), '', example('password-reset.journey'), '```', '',
        'A draft with a mistake:', '',
        '```journey', 'channel Phone "Phone"', 'journey Draft "A draft" {', '    stage Call "Calls" { touchpoint Rings "Rings the desk" { channel Phne  emotion 2 } }', '}', '```', '',
    ].join('\n');
    fs.writeFileSync(path.join(folder, 'journey-in-markdown.md'), text);
    return text;
}

/** VS Code's own Markdown preview draws the ```journey fences, shows a fence's mistake at its line, and follows the theme. */
async function checkMarkdownPreview(page) {
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Hide Panel', { optional: true });
    await runCommand(page, 'Notifications: Clear All Notifications', { optional: true });
    await quickOpen(page, 'journey-in-markdown.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const frame = await markdownPreviewFrame(page);
    const fences = frame.locator('.journey-fence');
    const started = Date.now();
    let cards = 0;
    while (cards !== 11 && Date.now() - started < 30_000) {
        cards = await fences.nth(0).locator('svg.jm g.touchpoint').count();
        if (cards !== 11) await page.waitForTimeout(250);
    }
    if (cards !== 11) throw new Error(`the Markdown preview's journey map shows ${cards} touchpoints, expected 11`);
    const lines = markdown.split('\n');
    const line = lines.findIndex(l => l.includes('channel Phne')) + 1;
    const expected = `${line}:${lines[line - 1].indexOf('Phne') + 1} No channel named 'Phne'. Did you mean 'Phone'?`;
    const problem = fences.nth(1).locator('.problems li').first();
    await problem.waitFor({ timeout: 20_000 });
    const shown = (await problem.innerText()).replace(/\s+/g, ' ').trim();
    if (shown !== expected) throw new Error(`the draft's problem reads '${shown}', expected '${expected}'`);
    if (await fences.nth(1).locator('svg.jm g.touchpoint').count() !== 1) throw new Error('the draft with a mistake is not drawn');
    await page.screenshot({ path: path.join(resultsDir, 'vscode-markdown-preview.png') });
    log(`Markdown preview: the journey fence is drawn (11 cards); the draft's mistake reads '${shown}'`);

    await pickColorTheme(page, 'Dark Modern');
    const background = () => fences.nth(0).locator('svg.jm rect.background').first().evaluate(el => {
        const [r, g, b] = (getComputedStyle(el).fill.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }).catch(() => NaN);
    const started2 = Date.now();
    let luminance = await background();
    while (!(luminance >= 20 && luminance <= 45) && Date.now() - started2 < 15_000) {
        await page.waitForTimeout(250);
        luminance = await background();
    }
    if (!(luminance >= 20 && luminance <= 45)) throw new Error(`with Dark Modern the Markdown preview's map has background luminance ${luminance}, expected 20–45`);
    await page.waitForTimeout(500); // the style is there; let the webview paint it
    await page.screenshot({ path: path.join(resultsDir, 'vscode-markdown-preview-dark.png') });
    log(`Markdown preview: follows the Dark Modern theme (background luminance ${Math.round(luminance)})`);
}

async function runUiChecks(host) {
    log('UI checks: starting');
    const page = await host.openWorkbench(workspace, [['extensionDevelopmentPath', host.remoteUri(root)], ['skipWelcome', 'true']]);
    const screenshot = path.join(resultsDir, 'vscode-password-reset.png');
    try {
        await waitForWorkbench(page);
        await quickOpen(page, 'password-reset.journey');
        const language = await statusBarLanguage(page);
        if (language !== 'Journey Map') throw new Error(`the status bar shows language '${language}', expected 'Journey Map'`);
        const highlight = await expectHighlighted(page);
        log(`highlighting: ${highlight.tokens} tokens in ${highlight.colours} colours; ${highlight.keywords} keywords, ${highlight.strings} strings, ${highlight.comments} comments, ${highlight.numbers} numbers are coloured`);
        await openProblems(page);
        const rows = await problemRows(page, [
            "No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?",
            'Emotion 7 is not on the scale.',
        ]);
        log(`Problems panel: ${rows.length} rows`);
        for (const row of rows) log(`  ${row}`);
        // Only the broken file's two errors; the examples have gaps (warnings), by design.
        const counts = await statusBarProblems(page);
        log(`status bar: ${counts.label}`);
        if (counts.errors !== 2 || !(counts.warnings > 0)) throw new Error(`expected 2 errors and some gap warnings, the status bar says: ${counts.label}`);
        await page.screenshot({ path: screenshot });
        log(`screenshot: ${path.relative(root, screenshot)}`);
        await checkSemanticColoursAndInlayHints(page, { resultsDir, log, repoRoot: root });
        await checkOwnerCompletion(page, { resultsDir, log, repoRoot: root });
        await checkPreview(page);
        await checkMarkdownPreview(page);
        const seen = await installXssHooks(page);
        await checkWebviewXss(page, { workspace, resultsDir, log, seen });
        await checkPreviewKeybindings(page, { resultsDir, log });
        await checkWalkthrough(page, { resultsDir, log });
        return 0;
    } catch (error) {
        await page.screenshot({ path: path.join(resultsDir, 'vscode-ui-failure.png') }).catch(() => {});
        throw error;
    }
}
