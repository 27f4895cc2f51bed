/**
 * The built Markdown preview script (out/markdown/markdown-preview.js) in Debian's chromium,
 * on markdown-it's output for a document with ```journey fences, as VS Code's Markdown
 * preview shows it: the content arrives after the script, is updated in place, and the body's
 * classes tell the theme.
 */
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { journeyFencePlugin } from '../../src/markdown/journey-fence-plugin.js';
import { BROKEN_FENCE, lineOf, passwordResetMarkdown } from './markdown-fixtures.js';
import { ACCESSIBLE_NAME_IN_PAGE } from '../render/accessible-name.js';

// The page functions below run in chromium; the tests' tsconfig has no DOM types, so the few
// page globals they use are declared here, for this file only.
interface PageElement { className: string; innerHTML: string; textContent: string | null; insertAdjacentHTML(position: string, html: string): void }
declare const document: { body: PageElement; querySelector(selector: string): PageElement | null };
declare const window: { pwned?: number };
declare function getComputedStyle(element: unknown): { fill: string };

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'out', 'markdown', 'markdown-preview.js');
const screenshots = path.join(root, 'test-results', 'markdown');
const hasChromium = fs.existsSync(CHROMIUM);

const md = new MarkdownIt({ html: true }).use(journeyFencePlugin);
const markdown = passwordResetMarkdown();
const html = md.render(markdown);

let browser: Browser;

/** A page like the Markdown preview: the script first, then the rendered Markdown, as VS Code inserts it. */
async function openPreview(bodyClass: string, rootStyle = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', error => { throw error; });
    await page.setContent(`<!doctype html><html style="${rootStyle}"><head><meta charset="utf-8">
        <style>body { font-family: system-ui, sans-serif; padding: 0 26px; } body.vscode-dark { background: #1f1f1f; color: #ccc; }</style>
        </head><body class="vscode-body ${bodyClass}"></body></html>`);
    await page.addScriptTag({ path: script });
    await page.evaluate(content => { document.body.insertAdjacentHTML('beforeend', `<div class="markdown-body">${content}</div>`); }, html);
    return page;
}

const fence = (page: Page, index: number) => page.locator('.journey-fence').nth(index);
const backgroundFill = (map: Locator) => map.locator('svg.jm rect.background').first().evaluate(el => getComputedStyle(el).fill);

describe.skipIf(!hasChromium)(hasChromium ? 'the Markdown preview script in chromium' : `the Markdown preview script: skipped, no browser at ${CHROMIUM}`, () => {
    beforeAll(async () => {
        expect(fs.existsSync(script), `${path.relative(root, script)} is built (npm run build)`).toBe(true);
        fs.mkdirSync(screenshots, { recursive: true });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 30_000);

    afterAll(async () => {
        await browser?.close();
    });

    test('draws each journey fence as a map with all its cards, in place of its code; other fences stay code', async () => {
        const page = await openPreview('vscode-light');
        const first = fence(page, 0);
        await expect.poll(() => first.locator('svg.jm g.touchpoint').count(), { timeout: 20_000 }).toBe(11);
        expect(await first.locator('svg.jm').evaluate(ACCESSIBLE_NAME_IN_PAGE)).toBe('Journey map: Self-service password reset (as it is today)');
        // The code block is the fallback: hidden once the map is there.
        expect(await first.locator('pre').isVisible()).toBe(false);
        expect(await first.locator('.problems').count()).toBe(0);

        const compare = fence(page, 1);
        await expect.poll(() => compare.locator('svg.jm g.touchpoint').count(), { timeout: 20_000 }).toBe(15);
        expect(await compare.locator('svg.jm').evaluate(ACCESSIBLE_NAME_IN_PAGE)).toBe('Compare: PasswordReset against ideal PasswordResetIdeal');

        expect(await page.locator('pre code.language-js').isVisible()).toBe(true);
        expect(await page.locator('pre code.language-js').textContent()).toBe('const journey = "not a map";\n');
        expect(await backgroundFill(first)).toBe('rgb(255, 255, 255)');
        await page.screenshot({ path: path.join(screenshots, 'markdown-preview-light.png'), fullPage: true });
        await page.close();
    });

    test("shows a fence's mistakes under its map, at the Markdown file's line and column", async () => {
        const page = await openPreview('vscode-light');
        const broken = fence(page, 2);
        await expect.poll(() => broken.locator('.problems li').count(), { timeout: 20_000 }).toBe(2);
        const problems = await broken.locator('.problems li').allTextContents();
        const ownerLine = BROKEN_FENCE.split('\n')[3];
        const emotionLine = BROKEN_FENCE.split('\n')[5];
        expect(problems[0]).toBe(`${lineOf(markdown, ownerLine)}:${ownerLine.indexOf('ServiceDsk') + 1} No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?`);
        expect(problems[1]).toMatch(new RegExp(`^${lineOf(markdown, emotionLine)}:${emotionLine.indexOf('7 }') + 1} Emotion 7 is not on the scale`));
        expect(problems.join('\n')).not.toMatch(/\bat .*\.(js|ts):\d+/);
        // The map is still drawn from what could be read.
        expect(await broken.locator('svg.jm g.touchpoint').count()).toBe(2);
        await broken.scrollIntoViewIfNeeded();
        await broken.screenshot({ path: path.join(screenshots, 'markdown-preview-errors.png') });
        await page.close();
    });

    test('follows the dark theme, and a change of theme; with VS Code colour variables, uses them', async () => {
        const page = await openPreview('vscode-dark');
        const first = fence(page, 0);
        await expect.poll(() => first.locator('svg.jm g.touchpoint').count(), { timeout: 20_000 }).toBe(11);
        expect(await backgroundFill(first)).toBe('rgb(13, 17, 23)');
        await page.screenshot({ path: path.join(screenshots, 'markdown-preview-dark.png') });

        await page.evaluate(() => { document.body.className = 'vscode-body vscode-high-contrast'; });
        await expect.poll(() => backgroundFill(first), { timeout: 20_000 }).toBe('rgb(0, 0, 0)');
        await page.close();

        const themed = await openPreview('vscode-dark', '--vscode-editor-background: #1e1e2e; --vscode-editor-foreground: #cdd6f4;');
        const map = fence(themed, 0);
        await expect.poll(() => map.locator('svg.jm g.touchpoint').count(), { timeout: 20_000 }).toBe(11);
        expect(await backgroundFill(map)).toBe('rgb(30, 30, 46)');
        await themed.close();
    });

    test('redraws a fence whose text changes in place (as the preview updates), and keeps the other maps', async () => {
        const page = await openPreview('vscode-light');
        const first = fence(page, 0);
        await expect.poll(() => first.locator('svg.jm g.touchpoint').count(), { timeout: 20_000 }).toBe(11);
        const compareSvg = await fence(page, 1).locator('svg.jm').elementHandle();
        await page.evaluate(() => {
            const code = document.querySelector('.journey-fence code')!;
            code.textContent = code.textContent!.replace('"Self-service password reset (as it is today)"', '"Password reset, edited"');
        });
        await expect.poll(() => first.locator('svg.jm').evaluate(ACCESSIBLE_NAME_IN_PAGE), { timeout: 20_000 }).toBe('Journey map: Password reset, edited');
        expect(await compareSvg!.evaluate(svg => svg.isConnected)).toBe(true);
        await page.close();
    });

    test('hostile fence text and options are shown as text, never run', async () => {
        const page = await browser.newPage();
        const hostile = '"><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
        const source = [
            `\`\`\`journey theme=${hostile.replace(/`/g, '')}`,
            `journey J '${hostile}' {`,
            `    stage S '${hostile}' { touchpoint T '${hostile}' { emotion 2 '${hostile}' } }`,
            '}',
            `${hostile}`,
            '```',
        ].join('\n');
        await page.setContent('<!doctype html><html><body class="vscode-light"></body></html>');
        await page.addScriptTag({ path: script });
        await page.evaluate(content => { document.body.innerHTML = content; }, md.render(source));
        const host = page.locator('.journey-fence');
        await expect.poll(() => host.locator('.problems li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        expect(await page.evaluate(() => window.pwned)).toBeUndefined();
        expect(await host.locator('img, script').count()).toBe(0);
        // The one script on the page is the preview script itself.
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('script').count()).toBe(1);
        const svg = host.locator('svg.jm');
        if (await svg.count()) expect(await svg.locator('title').first().textContent()).toContain(hostile);
        await page.close();
    });
});
