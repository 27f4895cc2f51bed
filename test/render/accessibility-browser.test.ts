/**
 * Accessibility of what readers see, measured in Debian's chromium:
 *  1. axe-core finds no serious or critical violation in the standalone HTML that
 *     `journey render --format html` writes (map and compare views), in the `journey preview`
 *     page, and in the playground opened from file://;
 *  2. every text of the drawn map has enough contrast (WCAG 2.2: 4.5:1, 3:1 for large text;
 *     7:1 in the high-contrast theme), measured with contrast-measure.ts, since axe-core's
 *     color-contrast rule skips SVG text;
 *  3. the keyboard: Tab visits the cards in the order of the customer's path, each with a
 *     visible focus ring, and Enter on a card does what a click on it does.
 * The pages are opened in a context that bypasses their Content-Security-Policy, so that the
 * axe-core script can be added to them; nothing else is changed in them.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectJourneyFiles } from '../../src/cli/collect-files.js';
import { loadWorkspace } from '../../src/cli/load-workspace.js';
import { JourneyFileSystem } from '../../src/language/journey-file-system.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import type { Gap } from '../../src/model/gap.js';
import { touchpointsOf, type WorkspaceModel } from '../../src/model/journey-model.js';
import { renderSvg, type View } from '../../src/render/render-svg.js';
import type { ThemeName } from '../../src/render/theme.js';
import { journey, repoRoot, tempFolder } from '../cli/journey-cli.js';
import { startServing, stopServing, type ServedProcess } from '../cli/served-process.js';
import { MEASURE_CONTRAST, type TextContrast } from './contrast-measure.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = fs.existsSync(CHROMIUM);
const examples = path.join(repoRoot, 'examples');
const AXE = createRequire(path.join(repoRoot, 'package.json')).resolve('axe-core/axe.min.js');
const playgroundUrl = pathToFileURL(path.join(repoRoot, 'out', 'playground', 'index.html')).href;
/** Generous: only a failure waits this long. */
const WAIT = { timeout: 30_000, interval: 100 };
const JOURNEY = 'PasswordReset';

interface Workspace { model: WorkspaceModel; gaps: Gap[] }

/** Parses, links and analyses a folder of .journey files, as the CLI does. */
async function loadFolder(folder: string): Promise<Workspace> {
    const files = await collectJourneyFiles([folder]);
    const services = createJourneyServices(JourneyFileSystem);
    await loadWorkspace(services, files.workspace);
    const analysis = services.Journey.gaps.Analysis;
    return { model: analysis.getModel(), gaps: analysis.getGaps() };
}

// ------------------------------------------------------------------------------ axe-core

interface AxeNode { target: string[]; html: string; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }
interface AxeResult { violations: AxeViolation[]; passes: number }

/** axe-core's violations in the page as it is now, and how many rules it found passing (so that it did look). */
async function runAxe(page: Page, label: string): Promise<AxeResult> {
    if (!await page.evaluate('typeof window.axe !== "undefined"')) await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then(r => ({
        violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })) })),
        passes: r.passes.length,
    }))`) as AxeResult;
    const counts = result.violations.map(v => `${v.id} (${v.impact}, ${v.nodes.length})`);
    console.log(`axe ${label}: ${result.passes} rules pass, ${result.violations.length} violated${counts.length ? `: ${counts.join(', ')}` : ''}`);
    return result;
}

const SERIOUS = new Set(['serious', 'critical']);

/** The serious and critical violations, one a line: rule, impact, help, and the first elements it names. */
function describeViolations(violations: AxeViolation[]): string[] {
    return violations.filter(v => SERIOUS.has(v.impact ?? '')).map(v => `${v.id} (${v.impact}): ${v.help}, at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''} <${v.helpUrl}>`);
}

/**
 * axe-core counts a scroll region as reachable by keyboard only if it, or something in it, is
 * in the tab order by tabindex or by being a native control; a contenteditable child does not
 * count, though its caret scrolls the region (the playground's CodeMirror editor, .cm-scroller).
 * Such a node is let through only when that is shown here: Tab reaches the contenteditable
 * inside it, and Ctrl+End from there scrolls the region down.
 */
async function scrollsWithItsEditor(page: Page, selector: string): Promise<boolean> {
    const hasEditor = await page.evaluate(`!!document.querySelector(${JSON.stringify(selector)})?.querySelector('[contenteditable="true"]')`);
    if (!hasEditor) return false;
    await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
    let inside = false;
    for (let i = 0; i < 40 && !inside; i++) {
        await page.keyboard.press('Tab');
        inside = await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}); const a = document.activeElement; return !!a && a !== r && r.contains(a) && a.isContentEditable; })()`) as boolean;
    }
    if (!inside) return false;
    const before = await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollTop`) as number;
    await page.keyboard.press('Control+End');
    let after = before;
    await expect.poll(async () => (after = await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).scrollTop`) as number) > before, { timeout: 5_000, interval: 50 }).toBe(true).catch(() => undefined);
    await page.keyboard.press('Control+Home');
    return after > before;
}

/** The serious and critical violations, less those shown above to be reachable after all. */
async function seriousViolations(page: Page, result: AxeResult): Promise<AxeViolation[]> {
    const kept: AxeViolation[] = [];
    for (const v of result.violations.filter(v => SERIOUS.has(v.impact ?? ''))) {
        const nodes: AxeNode[] = [];
        for (const node of v.nodes) {
            const exempt = v.id === 'scrollable-region-focusable' && node.target.length === 1 && await scrollsWithItsEditor(page, node.target[0]);
            if (!exempt) nodes.push(node);
        }
        if (nodes.length > 0) kept.push({ ...v, nodes });
    }
    return kept;
}

// ------------------------------------------------------------------------------ journey preview

let preview: ServedProcess | undefined;

// ------------------------------------------------------------------------------ keyboard

interface FocusLook { outlineStyle: string; outlineWidth: number; outlineColor: string; cardStroke: string; cardStrokeWidth: number }

/** How a card looks as to focus: its own outline, and the stroke of its .card rect. */
const FOCUS_LOOK = String.raw`(g) => {
    const s = getComputedStyle(g);
    const card = g.querySelector(':scope > rect.card');
    const c = card ? getComputedStyle(card) : undefined;
    return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineColor: s.outlineColor,
        cardStroke: c ? c.stroke : '', cardStrokeWidth: c ? parseFloat(c.strokeWidth) || 0 : 0 };
}`;

interface Stop { touchpoint: string | null; tag: string; look?: FocusLook }

/** Presses Tab until focus has gone through the cards and out again (or `max` presses); each stop. */
async function tabThrough(page: Page, max: number): Promise<Stop[]> {
    const stops: Stop[] = [];
    for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(`(() => {
            const a = document.activeElement;
            const card = a && a.closest ? a.closest('g.touchpoint') : null;
            return { touchpoint: card === a ? a.getAttribute('data-touchpoint') : null, tag: a ? (a.id || a.localName) : '', look: card === a ? (${FOCUS_LOOK})(a) : undefined };
        })()`) as Stop;
        stops.push(stop);
        if (stop.touchpoint === null && stops.some(s => s.touchpoint !== null)) break;
    }
    return stops;
}

/** The cards' look before any has focus, by name. */
async function restingLooks(page: Page, cards: string): Promise<Map<string, FocusLook>> {
    const looks = await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(cards)})].map(g => [g.getAttribute('data-touchpoint'), (${FOCUS_LOOK})(g)])`) as [string, FocusLook][];
    return new Map(looks);
}

/** Each card whose focused look is not plainly different from its resting one: an outline of 2px or more, and a thicker, recoloured card border. */
function focusRingProblems(stops: Stop[], resting: Map<string, FocusLook>): string[] {
    const problems: string[] = [];
    for (const stop of stops.filter(s => s.touchpoint !== null)) {
        const before = resting.get(stop.touchpoint!);
        const after = stop.look!;
        if (!before) { problems.push(`${stop.touchpoint}: not among the cards drawn`); continue; }
        const outlined = after.outlineStyle !== 'none' && after.outlineWidth >= 2 && before.outlineStyle === 'none';
        const bordered = after.cardStrokeWidth > before.cardStrokeWidth && after.cardStroke !== before.cardStroke;
        if (!outlined || !bordered) problems.push(`${stop.touchpoint}: resting ${JSON.stringify(before)}, focused ${JSON.stringify(after)}`);
    }
    return problems;
}

describe.skipIf(!hasChromium)(hasChromium ? 'accessibility in chromium' : `accessibility in chromium: skipped, no browser at ${CHROMIUM}`, () => {
    let browser: Browser | undefined;
    /** Pages whose CSP would refuse the axe-core script: this context bypasses it. */
    let context: BrowserContext;
    let workspace: Workspace;
    let previewDir = '';
    let previewUrl = '';
    /** The customer's path, as the renderer defines it (see the keyboard tests). */
    let customerPath: string[] = [];

    beforeAll(async () => {
        expect(fs.existsSync(path.join(repoRoot, 'out', 'cli', 'main.cjs')), 'out/cli/main.cjs is built (node scripts/build.mjs)').toBe(true);
        // The preview serves a copy of the English examples, so that nothing else that changes examples/ redraws it under the test.
        previewDir = tempFolder(Object.fromEntries(['shared.journey', 'password-reset.journey', 'password-reset-ideal.journey']
            .map(name => [name, fs.readFileSync(path.join(examples, name), 'utf8')])));
        const launching = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }).then(b => { browser = b; });
        const printing = startServing(['preview', 'password-reset.journey', '--port', '0'], { cwd: previewDir }).then(served => { preview = served; previewUrl = served.url; });
        const loading = loadFolder(examples).then(w => { workspace = w; });
        await Promise.allSettled([launching, printing, loading]);
        await Promise.all([launching, printing, loading]);
        context = await browser!.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
        // The customer's path: the touchpoints of the journey in the order it tells them, stage by
        // stage (touchpointsOf: stages[].touchpoints[]); each one's `index` is its place in it,
        // and the renderer sorts its cards and its customer-path arrows by that index.
        const reset = workspace.model.journeys.find(j => j.name === JOURNEY)!;
        customerPath = touchpointsOf(reset).map(t => t.name);
        expect([...touchpointsOf(reset)].sort((a, b) => a.index - b.index).map(t => t.name)).toEqual(customerPath);
    }, 60_000);

    afterAll(async () => {
        try {
            await browser?.close();
        } finally {
            if (preview) await stopServing(preview.child);
            if (previewDir) fs.rmSync(previewDir, { recursive: true, force: true });
        }
    }, 20_000);

    describe('axe-core: no serious or critical violations', () => {
        const htmlCases: [string, string, View, ThemeName][] = [
            ['password-reset map', 'examples/password-reset.journey', 'map', 'light'],
            ['password-reset compare', 'examples/password-reset.journey', 'compare', 'light'],
            ['password-reset-ideal map', 'examples/password-reset-ideal.journey', 'map', 'light'],
            ['password-reset map, dark', 'examples/password-reset.journey', 'map', 'dark'],
            ['password-reset map, high contrast', 'examples/password-reset.journey', 'map', 'high-contrast'],
            ['Greek map', 'examples/el/επαναφορά-κωδικού.journey', 'map', 'light'],
            ['Greek compare', 'examples/el/επαναφορά-κωδικού.journey', 'compare', 'light'],
        ];

        test.each(htmlCases)('the standalone HTML of journey render --format html: %s', async (name, file, view, theme) => {
            const run = journey(['render', file, '--format', 'html', '--view', view, '--theme', theme]);
            expect(run.status, run.stderr).toBe(0);
            expect(run.stdout).toMatch(/^<!doctype html>/);
            const page = await context.newPage();
            try {
                await page.setContent(run.stdout);
                expect(await page.locator('svg.jm g.touchpoint').count()).toBeGreaterThan(0);
                const result = await runAxe(page, `standalone HTML, ${name}`);
                expect(result.passes).toBeGreaterThan(0);
                expect(describeViolations(await seriousViolations(page, result))).toEqual([]);
                // The page of a map alone has nothing to excuse: no violation of any impact (a main landmark and a heading included).
                expect(result.violations.map(v => `${v.id} (${v.impact})`)).toEqual([]);
            } finally {
                await page.close();
            }
        });

        test('the journey preview page: map in every theme, and the compare view', async () => {
            const page = await context.newPage();
            try {
                await page.goto(previewUrl);
                await expect.poll(() => page.locator('main#map svg.jm g.touchpoint').count(), WAIT).toBe(customerPath.length);
                const found: string[] = [];
                for (const [view, theme] of [['map', 'light'], ['map', 'dark'], ['map', 'high-contrast'], ['compare', 'light']] as const) {
                    await page.selectOption('#view', view);
                    await page.selectOption('#theme', theme);
                    // Drawn in that theme: the stylesheet's page colour is the theme's.
                    const background = { light: '#ffffff', dark: '#0d1117', 'high-contrast': '#000000' }[theme];
                    await expect.poll(() => page.locator('main#map svg.jm style').textContent(), WAIT).toContain(`.jm .background{fill:${background}}`);
                    await expect.poll(() => page.locator('main#map svg.jm g.ideal-journey').count(), WAIT).toBe(view === 'compare' ? 1 : 0);
                    const result = await runAxe(page, `preview, ${view}, ${theme}`);
                    expect(result.passes).toBeGreaterThan(0);
                    found.push(...describeViolations(await seriousViolations(page, result)).map(v => `${view}, ${theme}: ${v}`));
                }
                expect(found).toEqual([]);
            } finally {
                await page.close();
            }
        }, 90_000);

        test.each(['light', 'dark'] as const)('the playground from file://, %s colour scheme', async scheme => {
            expect(fs.existsSync(new URL(playgroundUrl)), 'out/playground/index.html is built (node scripts/build-playground.mjs)').toBe(true);
            const page = await context.newPage();
            try {
                await page.emulateMedia({ colorScheme: scheme });
                await page.goto(playgroundUrl);
                // Analysed and drawn: the worker's answer is on the page.
                await expect.poll(() => page.evaluate<number>('Number(document.body.dataset.current ?? 0)'), WAIT).toBeGreaterThan(0);
                await expect.poll(() => page.locator('#map svg g.touchpoint').count(), WAIT).toBeGreaterThan(0);
                const result = await runAxe(page, `playground, ${scheme}`);
                expect(result.passes).toBeGreaterThan(0);
                expect(describeViolations(await seriousViolations(page, result))).toEqual([]);
            } finally {
                await page.close();
            }
        }, 90_000);
    });

    describe('text contrast of the drawn map (contrast-measure.ts)', () => {
        test.each([
            ['light', 'map'], ['dark', 'map'], ['high-contrast', 'map'],
            ['light', 'compare'], ['dark', 'compare'], ['high-contrast', 'compare'],
        ] as [ThemeName, View][])('%s theme, %s view: every text at least 4.5:1 (3:1 large), 7:1 in high contrast', async (theme, view) => {
            const svg = renderSvg(workspace.model, workspace.gaps, { journey: JOURNEY, view, theme });
            const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
            const page = await context.newPage();
            try {
                // The whole drawing in the viewport: elementsFromPoint sees only what is in it.
                await page.setViewportSize({ width: Math.min(Number(size?.[1] ?? 1280), 8000), height: Math.min(Number(size?.[2] ?? 800), 8000) });
                await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
                const measured = await page.evaluate(`(${MEASURE_CONTRAST})('svg.jm')`) as TextContrast[];
                const texts = await page.evaluate(`[...document.querySelectorAll('svg.jm text')].filter(t => t.textContent.trim()).length`) as number;
                // Every text with words in it was measured, and there are many.
                expect(measured.length).toBeGreaterThan(50);
                expect(measured.length).toBe(texts);
                const needed = (t: TextContrast) => theme === 'high-contrast' ? 7 : t.large ? 3 : 4.5;
                const failing = measured.filter(t => t.ratio < needed(t))
                    .map(t => `'${t.text}' (.${t.className}, ${t.fontSize}px${t.large ? ', large' : ''}): ${t.foreground} on ${t.background} is ${t.ratio}:1, below ${needed(t)}:1`);
                expect(failing).toEqual([]);
                const lowest = measured.reduce((a, b) => (b.ratio < a.ratio ? b : a));
                console.log(`contrast ${theme} ${view}: ${measured.length} texts, lowest ${lowest.ratio}:1 ('${lowest.text}', .${lowest.className}, ${lowest.foreground} on ${lowest.background})`);
            } finally {
                await page.close();
            }
        });
    });

    describe('the keyboard', () => {
        test('journey preview: Tab visits the cards in the order of the customer\'s path, each with a visible focus ring', async () => {
            const page = await context.newPage();
            try {
                await page.goto(previewUrl);
                const cards = 'main#map svg.jm g.touchpoint';
                await expect.poll(() => page.locator(cards).count(), WAIT).toBe(customerPath.length);
                // The path the drawing's own arrows give (data-from → data-to), which must be the model's.
                const arrows = await page.evaluate(`[...document.querySelectorAll('main#map svg.jm g.customer-path g.step')].map(g => [g.getAttribute('data-from'), g.getAttribute('data-to')])`) as [string, string][];
                expect([arrows[0]?.[0], ...arrows.map(a => a[1])]).toEqual(customerPath);
                const resting = await restingLooks(page, cards);
                const stops = await tabThrough(page, customerPath.length + 20);
                const order = stops.filter(s => s.touchpoint !== null).map(s => s.touchpoint);
                console.log(`preview Tab order: ${stops.map(s => s.touchpoint ?? `#${s.tag}`).join(' → ')}`);
                expect(order).toEqual(customerPath);
                // One run of cards: nothing else is focused between them.
                const first = stops.findIndex(s => s.touchpoint !== null);
                expect(stops.slice(first, first + customerPath.length).every(s => s.touchpoint !== null)).toBe(true);
                expect(focusRingProblems(stops, resting)).toEqual([]);
            } finally {
                await page.close();
            }
        }, 60_000);

        test('journey preview: Enter on a focused card does what a click on it does', async () => {
            const page = await context.newPage();
            const requests: string[] = [];
            page.on('request', request => { requests.push(new URL(request.url()).pathname); });
            try {
                await page.goto(previewUrl);
                const cards = 'main#map svg.jm g.touchpoint';
                await expect.poll(() => page.locator(cards).count(), WAIT).toBe(customerPath.length);
                // What the page shows and where it is: anything a click could change.
                const state = async () => ({
                    url: page.url(),
                    title: await page.title(),
                    version: await page.locator('body').getAttribute('data-version'),
                    map: await page.locator('main#map').innerHTML(),
                    badge: await page.locator('#badge').textContent(),
                    controls: await page.evaluate(`[...document.querySelectorAll('header select, header input')].map(e => e.type === 'checkbox' ? e.checked : e.value)`),
                    focused: await page.evaluate('document.activeElement && document.activeElement.getAttribute("data-touchpoint")'),
                    selection: await page.evaluate('String(getSelection())'),
                });
                const target = customerPath[2];
                const card = page.locator(`${cards}[data-touchpoint="${target}"]`);
                await card.focus();
                const before = await state();
                expect(before.focused).toBe(target);
                const quiet = async () => {
                    // Whatever either does has had its turn: the page's own fetches and events.
                    await page.evaluate('new Promise(r => setTimeout(r, 300))');
                };
                requests.length = 0;
                await page.keyboard.press('Enter');
                await quiet();
                const afterEnter = await state();
                const enterRequests = [...requests];
                // Back to the same start, then a click.
                await page.goto(previewUrl);
                await expect.poll(() => page.locator(cards).count(), WAIT).toBe(customerPath.length);
                await card.focus();
                expect(await state()).toEqual(before);
                requests.length = 0;
                await card.click();
                await quiet();
                const afterClick = await state();
                const clickRequests = [...requests];
                // The same effect: the same page state, the same requests to the server.
                expect(afterEnter).toEqual(afterClick);
                expect(enterRequests).toEqual(clickRequests);
                // In the preview a card only takes focus (its accessible name is read out): neither
                // Enter nor a click changes what is shown. If a click ever does something, Enter must too.
                expect(afterClick).toEqual(before);
            } finally {
                await page.close();
            }
        }, 60_000);

        test('the playground: the map\'s scroll region is reached with Tab, named, and scrolls with the arrow keys', async () => {
            const page = await context.newPage();
            try {
                await page.goto(playgroundUrl);
                await expect.poll(() => page.locator('#map svg g.touchpoint').count(), WAIT).toBeGreaterThan(0);
                let reached = false;
                for (let i = 0; i < 40 && !reached; i++) {
                    await page.keyboard.press('Tab');
                    reached = await page.evaluate('document.activeElement && document.activeElement.id === "viewport"') as boolean;
                }
                expect(reached, 'Tab reaches #viewport').toBe(true);
                expect(await page.getByRole('group', { name: 'Map', exact: true }).getAttribute('id')).toBe('viewport');
                const scroll = () => page.evaluate('[document.getElementById("viewport").scrollLeft, document.getElementById("viewport").scrollTop]') as Promise<[number, number]>;
                expect(await scroll()).toEqual([0, 0]);
                for (let i = 0; i < 5; i++) {
                    await page.keyboard.press('ArrowDown');
                    await page.keyboard.press('ArrowRight');
                }
                await expect.poll(async () => (await scroll()).every(v => v > 0), WAIT).toBe(true);
            } finally {
                await page.close();
            }
        }, 60_000);

        test('renderSvg(..., { interactive: true }): the same order and focus ring, in every theme', async () => {
            for (const theme of ['light', 'dark', 'high-contrast'] as ThemeName[]) {
                const svg = renderSvg(workspace.model, workspace.gaps, { journey: JOURNEY, view: 'map', theme, interactive: true });
                expect(svg.match(/<g class="touchpoint"[^>]*tabindex="0"/g)?.length, theme).toBe(customerPath.length);
                const page = await context.newPage();
                try {
                    await page.setContent(`<html lang="en"><body style="margin:0">${svg}</body></html>`);
                    const resting = await restingLooks(page, 'svg.jm g.touchpoint');
                    const stops = await tabThrough(page, customerPath.length + 5);
                    expect(stops.filter(s => s.touchpoint !== null).map(s => s.touchpoint), theme).toEqual(customerPath);
                    expect(focusRingProblems(stops, resting), theme).toEqual([]);
                } finally {
                    await page.close();
                }
            }
        }, 60_000);
    });
});
