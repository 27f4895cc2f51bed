// The XSS corpus (test/security/xss-payloads.json) in the extension's preview webview, in
// the real VS Code workbench: a map holding every payload is opened beside its text, and
// nothing may run (no dialog, no `__xss` call, no request to xss.invalid), the map may hold
// no element or attribute a payload would have made, and each payload's text must be shown.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand, until } from './workbench-ui.mjs';

const quote = text => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;

/** One journey, a touchpoint per payload with the payload in each of its text fields, a stage per ten. */
export function corpusMap(payloads) {
    const first = quote(payloads[0][1]);
    const lines = [
        `persona Reader ${first} { description ${first} goal ${first} }`,
        `stakeholder Desk ${quote(payloads[1][1])} { description ${first} }`,
        `channel Web ${quote(payloads[2][1])}`,
        `journey Corpus ${quote(payloads[3][1])} {`,
        '  persona Reader',
        `  outcome ${quote(payloads[4][1])}`,
    ];
    for (let start = 0; start < payloads.length; start += 10) {
        lines.push(`  stage S${start + 1} ${quote(payloads[start][1])} {`);
        payloads.slice(start, start + 10).forEach(([, text], offset) => {
            const s = quote(text);
            lines.push(`    touchpoint T${start + offset + 1} ${s} { channel Web owner Desk emotion ${1 + ((start + offset) % 5)} ${s} description ${s} need ${s} pain ${s} frontstage ${s} backstage ${s} by Desk }`);
        });
        lines.push('  }');
    }
    lines.push('}', '');
    return lines.join('\n');
}

const TRAP = `(() => {
    if (window.__xssHits) return;
    const hits = [];
    Object.defineProperty(window, '__xssHits', { value: hits });
    Object.defineProperty(window, '__xss', { value: id => hits.push('__xss(' + id + ') was called') });
})();`;

const DANGEROUS = ['script', 'iframe', 'object', 'embed', 'foreignObject', 'animate', 'set', 'base', 'meta', 'form', 'img', 'image', 'video', 'audio', 'input', 'details', 'math', 'link', 'use', 'a', 'div', 'b', 'marquee', 'textarea'];

/** Must run before the preview webview is created: the trap goes into every frame made after it. */
export async function installXssHooks(page) {
    const seen = [];
    await page.addInitScript(TRAP);
    page.on('dialog', dialog => {
        seen.push(`a ${dialog.type()} dialog opened: ${JSON.stringify(dialog.message())}`);
        dialog.dismiss().catch(() => {});
    });
    page.on('request', request => {
        if (/xss\.invalid|^javascript:/i.test(request.url())) seen.push(`a request left the page: ${request.url()}`);
    });
    return seen;
}

export async function checkWebviewXss(page, { workspace, resultsDir, log, seen }) {
    const payloads = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'security', 'xss-payloads.json'), 'utf8'));
    fs.writeFileSync(path.join(workspace, 'xss-corpus.journey'), corpusMap(payloads));
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Hide Panel', { optional: true });
    // Written just now: Quick Open's file index may not have it yet, so open it by its path.
    await runCommand(page, 'File: Open File...');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(path.join(workspace, 'xss-corpus.journey'));
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active[aria-label^="xss-corpus.journey"]').waitFor({ timeout: 15_000 });
    await runCommand(page, 'Journey Maps: Open Preview to the Side');
    const last = `T${payloads.length}`;
    const frame = await until(page, async () => {
        for (const candidate of page.frames()) {
            if (await candidate.locator(`#map svg g.touchpoint[data-touchpoint="${last}"]`).count().catch(() => 0)) return candidate;
        }
        return undefined;
    }, () => `the preview did not show the corpus map (no card ${last})`, 60_000);
    // Hover over the map, as a reader does: a payload that made an onmouseover would run now.
    const box = await frame.locator('#map svg').boundingBox();
    if (box) for (let x = 0; x < Math.min(box.width, 1200); x += 150) await page.mouse.move(box.x + x, box.y + Math.min(box.height, 400) / 2);
    await page.waitForTimeout(500);
    const audit = await frame.evaluate(({ tags }) => {
        const map = document.getElementById('map');
        const counts = Object.fromEntries(tags.map(tag => [tag, map.getElementsByTagName(tag).length]));
        const attributes = [];
        for (const element of map.getElementsByTagName('*')) {
            for (const attribute of element.attributes) {
                const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
                if (/^on/i.test(attribute.name) || (/^(href|xlink:href|src)$/i.test(attribute.name) && /^(javascript|vbscript|data):/.test(value))) attributes.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
            }
        }
        const texts = [...map.querySelectorAll('g.touchpoint')].map(card => [card.getAttribute('data-touchpoint'), (card.textContent ?? '').replace(/\s+/g, '')]);
        return { counts, attributes, texts, svgs: map.getElementsByTagName('svg').length, hits: [...(window.__xssHits ?? [])] };
    }, { tags: DANGEROUS });
    const problems = [...seen, ...audit.hits, ...audit.attributes.map(a => `script in an attribute: ${a}`)];
    for (const [tag, count] of Object.entries(audit.counts)) if (count > 0) problems.push(`${count} <${tag}> elements in the map`);
    if (audit.svgs !== 1) problems.push(`${audit.svgs} <svg> elements in the map, expected 1`);
    const shown = new Map(audit.texts);
    payloads.forEach(([kind, text], index) => {
        const card = shown.get(`T${index + 1}`);
        if (card === undefined) problems.push(`payload ${index + 1} (${kind}): no card`);
        else if (!card.includes(text.replace(/\s+/g, ''))) problems.push(`payload ${index + 1} (${kind}): its text is not shown on its card`);
    });
    await page.screenshot({ path: path.join(resultsDir, 'vscode-preview-xss-corpus.png') });
    if (problems.length > 0) throw new Error(`the preview webview with the XSS corpus:\n  ${problems.join('\n  ')}`);
    log(`preview webview: ${payloads.length} XSS payloads in every field of their touchpoints: nothing ran, no element or attribute came from text, every payload shown on its card`);
    await runCommand(page, 'View: Close All Editors');
    fs.rmSync(path.join(workspace, 'xss-corpus.journey'));
}
