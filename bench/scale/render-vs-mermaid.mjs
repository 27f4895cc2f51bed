// Our renderer against Mermaid's `journey` diagram: the same 200-step journey, the same headless
// Chromium page, each timed from text (or model) to an SVG inserted in the page and laid out.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBenchBundles } from '../../scripts/build-bench.mjs';
import { withDeadline } from './processes.mjs';
import { fmt, summarise, summaryTable, table } from './stats.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RENDER_BUNDLE = path.join(REPO, 'out', 'bench', 'render.js');
const MERMAID = path.join(REPO, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const CHROMIUM = '/usr/bin/chromium';
const STAGES = 20;
const STEPS = 10;
const CHANNELS = ['Web', 'Phone', 'Email', 'Chat'];
const emotion = (s, t) => 1 + ((s * 3 + t * 7) % 5);

/** 20 stages × 10 touchpoints, each with a title, an emotion and a channel. */
export function ourJourneyText() {
    const lines = [
        'persona Customer "Customer" { goal "Get it done" }',
        ...CHANNELS.map(c => `channel ${c} "${c}"`),
        'journey Big "A 200-step journey" {',
        '    persona Customer',
        '    outcome "Done"',
    ];
    for (let s = 0; s < STAGES; s++) {
        lines.push(`    stage S${s} "Stage ${s + 1}" {`);
        for (let t = 0; t < STEPS; t++) {
            lines.push(`        touchpoint T${s}_${t} "Step ${t + 1} of stage ${s + 1}" { channel ${CHANNELS[(s + t) % CHANNELS.length]}  emotion ${emotion(s, t)} }`);
        }
        lines.push('    }');
    }
    lines.push('}', '');
    return lines.join('\n');
}

/** The same journey as a Mermaid `journey` diagram: 20 sections × 10 tasks. */
export function mermaidJourneyText() {
    const lines = ['journey', '    title A 200-step journey'];
    for (let s = 0; s < STAGES; s++) {
        lines.push(`    section Stage ${s + 1}`);
        for (let t = 0; t < STEPS; t++) lines.push(`        Step ${t + 1} of stage ${s + 1}: ${emotion(s, t)}: Customer`);
    }
    return `${lines.join('\n')}\n`;
}

/** Runs in the page: `warmups` then `runs` times, produce the SVG, insert it, force layout. */
async function measureInPage({ kind, text, warmups, runs }) {
    const container = document.getElementById('map');
    const prepared = kind === 'model' ? await window.JourneyBench.journeyTextToModel(text) : undefined;
    let svg = '';
    const produced = [];
    const once = async i => {
        const start = performance.now();
        if (kind === 'text') svg = await window.JourneyBench.journeyTextToSvg(text);
        else if (kind === 'model') svg = window.JourneyBench.modelToSvg(prepared.model, prepared.gaps);
        else svg = (await window.mermaid.render(`mermaid-${i}`, text)).svg;
        const made = performance.now();
        container.innerHTML = svg;
        container.getBoundingClientRect();
        const end = performance.now();
        return [end - start, made - start];
    };
    for (let i = 0; i < warmups; i++) await once(i);
    const times = [];
    for (let i = 0; i < runs; i++) {
        const [total, making] = await once(warmups + i);
        times.push(total);
        produced.push(making);
    }
    const drawn = container.querySelector('svg');
    return { times, produced, gaps: prepared?.gaps.length, lastStepDrawn: container.textContent.includes(`Step 10 of stage 20`), bytes: svg.length, elements: container.querySelectorAll('*').length, size: drawn ? `${Math.round(drawn.getBoundingClientRect().width)} × ${Math.round(drawn.getBoundingClientRect().height)}` : 'none' };
}

async function session(warmups, runs, log) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 60_000 });
    try {
        return await withDeadline((async () => {
            const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
            const requests = [];
            page.on('request', request => requests.push(request.url()));
            await page.route('**/*', route => route.abort());
            const errors = [];
            page.on('pageerror', error => errors.push(error.message));
            await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="map"></div></body></html>');
            await page.addScriptTag({ path: RENDER_BUNDLE });
            await page.addScriptTag({ path: MERMAID });
            await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false }));
            const results = {};
            for (const [kind, text] of [['text', ourJourneyText()], ['model', ourJourneyText()], ['mermaid', mermaidJourneyText()]]) {
                log(`render-vs-mermaid: ${kind}`);
                results[kind] = await page.evaluate(measureInPage, { kind, text, warmups, runs });
            }
            if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
            const missing = Object.keys(results).filter(kind => !results[kind].lastStepDrawn);
            if (missing.length) throw new Error(`the last step is not in the SVG of: ${missing.join(', ')}`);
            return { results, requests, version: browser.version() };
        })(), 5 * 60_000, 'render-vs-mermaid', () => void browser.close());
    } finally {
        await browser.close();
    }
}

export async function run({ quick, log }) {
    await buildBenchBundles();
    const warmups = quick ? 2 : 3;
    const runs = quick ? 5 : 20;
    const { results, requests, version } = await session(warmups, runs, log);
    const labels = { text: 'ours, text → SVG (parse, link, model, gaps, draw)', model: 'ours, model → SVG (draw only)', mermaid: 'Mermaid journey, text → SVG (mermaid.render)' };
    const median = kind => summarise(results[kind].times).median;
    return [
        '### Our renderer against Mermaid `journey` (200 steps, headless Chromium)',
        '',
        `Chromium ${version}, one page, no network (${requests.length} requests attempted). Each run: produce the SVG, \`container.innerHTML = svg\`, \`container.getBoundingClientRect()\`. ${runs} runs after ${warmups} warm-ups.`,
        '',
        summaryTable(Object.keys(labels).map(kind => ({ label: labels[kind], samples: results[kind].times }))),
        '',
        table(['output', 'SVG characters', 'DOM elements', 'drawn size (px)'],
            Object.keys(labels).filter(k => k !== 'model').map(kind => [labels[kind], String(results[kind].bytes), String(results[kind].elements), results[kind].size])),
        '',
        'Where the time goes: making the SVG text, and the rest (the browser parsing it into the page and laying it out):',
        '',
        table(['run', 'SVG made (median ms)', 'inserted and laid out (median ms)'], Object.keys(labels).map(kind => {
            const made = summarise(results[kind].produced).median;
            return [labels[kind], fmt(made), fmt(median(kind) - made)];
        })),
        '',
        `Ours also finds and marks the journey's gaps (${results.model.gaps}: no step has an owner, so missing-owner alone is 200) and draws an emotion curve and a legend; Mermaid's SVG is scaled to the page width by its max-width style.`,
        '',
        `- ours text → SVG / Mermaid = ${fmt(median('text') / median('mermaid'))}× (medians)`,
        `- ours model → SVG / Mermaid = ${fmt(median('model') / median('mermaid'))}× (medians)`,
    ].join('\n');
}
