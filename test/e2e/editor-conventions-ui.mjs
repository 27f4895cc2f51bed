// The editor conventions as a person meets them in the workbench: Ctrl+K V and Ctrl+Shift+V
// open the preview (beside the text, and in its place), as they do for Markdown; the Get
// Started walkthrough lists its steps, and its first button creates a map and ticks the step.
import path from 'node:path';
import { previewFrame, quickOpen, runCommand, until } from './workbench-ui.mjs';

/**
 * Presses a preview keybinding in the map's editor until the preview tab opens: the first press
 * may come before the extension is active. Pressing it again only reveals the open preview.
 */
async function pressUntilPreview(page, keys) {
    for (let attempt = 0; attempt < 4; attempt++) {
        // Focus the text: after a webview closed, the focus may be nowhere.
        await page.keyboard.press('Control+1');
        for (const key of keys) await page.keyboard.press(key);
        const opened = await until(page, async () => (await tabLabels(page)).some(l => l.startsWith('Map: password-reset.journey')), () => '', 5_000).catch(() => false);
        if (opened) return attempt + 1;
    }
    throw new Error(`${keys.join(' ')} opened no preview; the tabs are: ${(await tabLabels(page)).join(' | ')}`);
}

const tabLabels = page => page.locator('.tabs-container .tab').evaluateAll(tabs => tabs.map(t => (t.getAttribute('aria-label') ?? t.textContent ?? '').trim()));
const groupCount = page => page.locator('.editor-group-container').count();

export async function checkPreviewKeybindings(page, { resultsDir, log }) {
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Hide Panel', { optional: true });

    await quickOpen(page, 'password-reset.journey');
    const presses = await pressUntilPreview(page, ['Control+K', 'v']);
    await previewFrame(page);
    const beside = await groupCount(page);
    if (beside !== 2) throw new Error(`Ctrl+K V should open the preview in a second editor group; there are ${beside} groups`);
    await page.screenshot({ path: path.join(resultsDir, 'vscode-preview-ctrl-k-v.png') });
    log(`keybindings: Ctrl+K V opens the preview beside the map (pressed ${presses} time${presses === 1 ? '' : 's'})`);

    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, 'password-reset.journey');
    const pressesInPlace = await pressUntilPreview(page, ['Control+Shift+V']);
    const inPlace = await groupCount(page);
    if (inPlace !== 1) throw new Error(`Ctrl+Shift+V should open the preview in the map's own group; there are ${inPlace} groups`);
    log(`keybindings: Ctrl+Shift+V opens the preview in place (pressed ${pressesInPlace} time${pressesInPlace === 1 ? '' : 's'})`);
    await runCommand(page, 'View: Close All Editors');
}

export async function checkWalkthrough(page, { resultsDir, log }) {
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Journey Maps');
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Get Started with Journey Maps' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();

    const steps = page.locator('button.getting-started-step');
    const titles = ['Create a journey map', 'See the gaps', 'Open the preview', 'Fix a gap with a quick fix'];
    await until(page, async () => {
        const shown = await steps.allInnerTexts().catch(() => []);
        return titles.every(title => shown.some(text => text.includes(title)));
    }, async () => `the walkthrough's steps are: ${(await steps.allInnerTexts().catch(() => [])).join(' | ')}`);
    // The first step is open, with its media beside it: docs/walkthrough/create-map.md, in a webview.
    const heading = await until(page, async () => {
        for (const frame of page.frames()) {
            const text = await frame.locator('h1').first().innerText({ timeout: 500 }).catch(() => '');
            if (text === 'A journey map is text') return text;
        }
        return undefined;
    }, () => "the first step's media (docs/walkthrough/create-map.md) is not shown");
    await page.screenshot({ path: path.join(resultsDir, 'vscode-walkthrough.png') });
    log(`walkthrough: Get Started with Journey Maps shows its ${titles.length} steps, the first with its media ('${heading}')`);

    // Its button creates the map, and the step is ticked.
    const createStep = page.locator('button.getting-started-step[data-step-id$="createMap"]');
    if (await createStep.getAttribute('aria-checked') !== 'false') throw new Error('the first step is ticked before its button was used');
    await createStep.locator('a.monaco-button', { hasText: 'New Journey Map' }).click();
    await until(page, async () => (await tabLabels(page)).some(l => l.startsWith('journey-map.journey')),
        async () => `the New Journey Map button opened no map; the tabs are: ${(await tabLabels(page)).join(' | ')}`);
    // The walkthrough's page is titled with the extension's name.
    await page.locator('.tabs-container .tab').filter({ hasText: 'Walkthrough: Journey Maps as Code' }).first().click();
    await until(page, async () => (await createStep.getAttribute('aria-checked')) === 'true', () => 'the first step was not ticked after its button created a map');
    await page.screenshot({ path: path.join(resultsDir, 'vscode-walkthrough-step-done.png') });
    log('walkthrough: its New Journey Map button opens journey-map.journey and ticks the step');
}
