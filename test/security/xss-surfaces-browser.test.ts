/**
 * The XSS corpus (xss-payloads.ts) in every text field of a map (xss-maps.ts), shown by every
 * surface that draws a map's text, in Debian's chromium with execution hooks: the SVG export
 * as a document and inlined in a page without any CSP, the HTML export, the Markdown summary
 * and the `journey diff` report rendered by markdown-it with HTML on and off and their Mermaid
 * diagrams drawn by Mermaid (as GitHub shows a comment), and the ```journey fence as the
 * Markdown preview draws it. `journey preview` has its own file (xss-preview-browser.test.ts).
 *
 * For each payload and surface: nothing ran (no dialog, no trap call, no request out, no new
 * global), the DOM holds no more dangerous elements than the same surface drawn from harmless
 * text, no `on…` attribute or script URL, and the payload's text is there to read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDiffReport } from '../../src/cli/diff-command.js';
import { collectJourneyFiles } from '../../src/cli/collect-files.js';
import { loadWorkspace } from '../../src/cli/load-workspace.js';
import { JourneyFileSystem } from '../../src/language/journey-file-system.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { journeyFencePlugin } from '../../src/markdown/journey-fence-plugin.js';
import type { Gap } from '../../src/model/gap.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { journeyMarkdown } from '../../src/render/journey-markdown.js';
import { renderSvg, VIEWS } from '../../src/render/render-svg.js';
import { standaloneHtml } from '../../src/render/standalone-html.js';
import { auditDom, watch, withoutSpace, type DomAudit, type Watched } from './execution-hooks.js';
import { mapWith, payloadWorkspace } from './xss-maps.js';
import { PAYLOADS, type Payload } from './xss-payloads.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = fs.existsSync(CHROMIUM);
const root = path.resolve(__dirname, '..', '..');
const MERMAID = path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const FENCE_SCRIPT = path.join(root, 'out', 'markdown', 'markdown-preview.js');

interface Workspace { model: WorkspaceModel; gaps: Gap[] }

async function loadFolder(folder: string): Promise<Workspace> {
    const files = await collectJourneyFiles([folder]);
    const services = createJourneyServices(JourneyFileSystem);
    await loadWorkspace(services, files.workspace);
    const analysis = services.Journey.gaps.Analysis;
    return { model: analysis.getModel(), gaps: analysis.getGaps() };
}

/** What one surface showed: the hooks' findings and the DOM. */
interface Shown { hits: string[]; audit: DomAudit }

let browser: Browser;
const temporary: string[] = [];
let payloadSpace: Workspace;
let harmlessSpace: Workspace;
let pagesDir = '';

/** One page per surface, with the hooks on; each payload is loaded into it in turn. */
interface Session { page: Page; watched: Watched }

async function openSession(): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    return { page, watched: await watch(page, url => url.startsWith('file://') || url === 'about:blank') };
}

async function show(session: Session, load: (page: Page) => Promise<void>): Promise<Shown> {
    const { page, watched } = session;
    await load(page);
    // Give timers, animations (an <animate> begins at once) and autofocus a moment, and hover.
    await page.waitForTimeout(30);
    await page.mouse.move(200, 200);
    await page.mouse.move(600, 400);
    return { hits: await watched.take(), audit: await auditDom(page) };
}

async function fileInPage(page: Page, name: string, content: string): Promise<void> {
    const file = path.join(pagesDir, name);
    fs.writeFileSync(file, content);
    await page.goto(`file://${file}`);
}

async function htmlInPage(page: Page, body: string): Promise<void> {
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
}

/** Draws every ```mermaid block of rendered Markdown with Mermaid 11, its default (strict) settings, as GitHub does. */
async function drawMermaid(page: Page): Promise<void> {
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate(`(async () => {
        mermaid.initialize({ startOnLoad: false });
        const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
        for (const [i, block] of blocks.entries()) {
            const { svg, bindFunctions } = await mermaid.render('mermaid-' + i, block.textContent);
            const holder = document.createElement('div');
            holder.className = 'mermaid-drawn';
            holder.innerHTML = svg;
            bindFunctions?.(holder);
            block.parentElement.replaceWith(holder);
        }
        document.body.dataset.mermaid = String(blocks.length);
    })()`);
}

interface Surface {
    name: string;
    /** Shows payload `id` (or, harmless, its base text). */
    show(session: Session, payload: Payload, harmless: boolean): Promise<Shown>;
}

const space = (harmless: boolean) => (harmless ? harmlessSpace : payloadSpace);
// Without linkify: markdown-it's takes a trailing entity (`&gt;`) into a URL, where GFM's autolinks, as GitHub renders them, leave it out.
const mdWith = (html: boolean) => new MarkdownIt({ html });

const diffs = new Map<string, string>();
/** The `journey diff` report of one map, harmless text → payload (or harmless → other harmless text). */
async function diffMarkdownOf(payload: Payload, harmless: boolean): Promise<string> {
    const key = `${payload.id}-${harmless}`;
    if (!diffs.has(key)) {
        const base = path.join(pagesDir, `diff-${key}`, 'base');
        const head = path.join(pagesDir, `diff-${key}`, 'head');
        fs.mkdirSync(base, { recursive: true });
        fs.mkdirSync(head, { recursive: true });
        fs.writeFileSync(path.join(base, 'map.journey'), mapWith(`Before ${payload.id}`, payload.id));
        fs.writeFileSync(path.join(head, 'map.journey'), mapWith(harmless ? `After ${payload.id}` : payload.text, payload.id));
        diffs.set(key, (await buildDiffReport([base, head], {})).markdown());
    }
    return diffs.get(key)!;
}

const SURFACES: Surface[] = [
    ...VIEWS.map(view => ({
        name: `SVG export (${view}) as a document`,
        show: (session: Session, p: Payload, harmless: boolean) => show(session, page => fileInPage(page, `${view}-${p.id}-${harmless}.svg`, renderSvg(space(harmless).model, space(harmless).gaps, { journey: `J${p.id}`, view }))),
    })),
    ...VIEWS.map(view => ({
        name: `SVG export (${view}) inlined in a page without CSP`,
        show: (session: Session, p: Payload, harmless: boolean) => show(session, page => htmlInPage(page, renderSvg(space(harmless).model, space(harmless).gaps, { journey: `J${p.id}`, view }))),
    })),
    {
        name: 'HTML export',
        show: (session, p, harmless) => show(session, page => fileInPage(page, `map-${p.id}-${harmless}.html`, standaloneHtml(harmless ? `Before ${p.id}` : p.text, renderSvg(space(harmless).model, space(harmless).gaps, { journey: `J${p.id}` })))),
    },
    ...[true, false].map(html => ({
        name: `Markdown summary (render -f md), markdown-it with HTML ${html ? 'on' : 'off'}`,
        show: (session: Session, p: Payload, harmless: boolean) => show(session, page => htmlInPage(page, mdWith(html).render(journeyMarkdown(space(harmless).model, space(harmless).gaps, `J${p.id}`)))),
    })),
    ...[true, false].map(html => ({
        name: `journey diff report, markdown-it with HTML ${html ? 'on' : 'off'}, Mermaid diagrams drawn`,
        show: async (session: Session, p: Payload, harmless: boolean) => {
            const markdown = await diffMarkdownOf(p, harmless);
            return show(session, async page => {
                await htmlInPage(page, mdWith(html).render(markdown));
                await drawMermaid(page);
            });
        },
    })),
    {
        name: 'a ```journey fence in the Markdown preview',
        show: (session, p, harmless) => show(session, async page => {
            const text = harmless ? `Before ${p.id}` : p.text;
            const fence = `\`\`\`journey\n${mapWith(text, p.id)}\`\`\`\n`;
            await htmlInPage(page, '');
            await page.addScriptTag({ path: FENCE_SCRIPT });
            await page.evaluate(`document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(`<div class="markdown-body">${new MarkdownIt({ html: true }).use(journeyFencePlugin).render(fence)}</div>`)})`);
            await page.waitForSelector('.journey-fence svg.jm', { timeout: 20_000 });
        }),
    },
];

/** The problems of one payload on one surface, as readable lines (none: it held). */
function problems(payload: Payload, shown: Shown, harmless: Shown): string[] {
    const found = [...shown.hits, ...shown.audit.attributes.map(a => `script in an attribute: ${a}`)];
    for (const [tag, count] of Object.entries(shown.audit.counts)) {
        if (count > harmless.audit.counts[tag]) found.push(`<${tag}> elements: ${count}, against ${harmless.audit.counts[tag]} from harmless text`);
    }
    const known = new Set(harmless.audit.globals);
    const added = shown.audit.globals.filter(name => !known.has(name));
    if (added.length > 0) found.push(`new globals: ${added.join(', ')}`);
    if (!withoutSpace(shown.audit.text).includes(withoutSpace(payload.text))) found.push('the payload text is not shown');
    return found;
}

describe.skipIf(!hasChromium)(hasChromium ? 'the XSS corpus on every surface, in chromium' : `the XSS corpus: skipped, no browser at ${CHROMIUM}`, () => {
    beforeAll(async () => {
        expect(fs.existsSync(FENCE_SCRIPT), `${path.relative(root, FENCE_SCRIPT)} is built (npm run build)`).toBe(true);
        pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-xss-pages-'));
        const payloadFolder = payloadWorkspace(PAYLOADS);
        const harmlessFolder = payloadWorkspace(PAYLOADS, true);
        temporary.push(pagesDir, payloadFolder, harmlessFolder);
        [payloadSpace, harmlessSpace] = await Promise.all([loadFolder(payloadFolder), loadFolder(harmlessFolder)]);
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
        for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
    });

    test('the corpus: at least 50 payloads, each found in the model of its map, in every text field', () => {
        expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
        for (const payload of PAYLOADS) {
            const journey = payloadSpace.model.journeys.find(j => j.name === `J${payload.id}`)!;
            expect(journey.title, `payload ${payload.id}`).toBe(payload.text);
            expect(journey.stages[0].touchpoints[0].title).toBe(payload.text);
        }
    });

    test.each(SURFACES.map(surface => [surface.name, surface] as const))('%s: nothing runs, the text is shown', async (_name, surface) => {
        const failures: string[] = [];
        // Every map has the same fields, so one drawn from harmless text is the measure for all.
        const session = await openSession();
        const harmless = await surface.show(session, PAYLOADS[0], true);
        expect(harmless.hits, `harmless text on ${surface.name}`).toEqual([]);
        expect(withoutSpace(harmless.audit.text)).toContain('Before1');
        for (const payload of PAYLOADS) {
            const shown = await surface.show(session, payload, false);
            failures.push(...problems(payload, shown, harmless).map(problem => `payload ${payload.id} (${payload.kind}): ${problem}`));
        }
        await session.page.context().close();
        expect(failures).toEqual([]);
    }, 600_000);
});
