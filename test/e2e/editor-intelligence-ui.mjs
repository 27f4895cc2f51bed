// Editor intelligence as a person sees it in the workbench: emotion scores styled by value
// (semantic tokens), the ideal emotion shown beside the actual one (inlay hints), and the
// completion list after `owner` offering the declared stakeholders.
import fs from 'node:fs';
import path from 'node:path';
import { quickOpen, renderedLines, runCommand, until } from './workbench-ui.mjs';

/** Moves the cursor to a 1-based line and column, through Quick Open's `:line:column`. */
async function goTo(page, line, column) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`:${line}:${column}`);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
    // On a busy machine an Enter can land before the list has taken the typed line: press again.
    for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Enter');
        try {
            await input.waitFor({ state: 'hidden', timeout: 5_000 });
            return;
        } catch (error) {
            if (attempt === 3) throw error;
        }
    }
}

/** The colour and weight of each emotion score (the number after `emotion`) on the visible lines. */
async function emotionScoreStyles(page) {
    const lines = await renderedLines(page);
    const styles = {};
    for (const line of lines) {
        let before = '';
        for (const span of line.spans) {
            if (/^[1-5]$/.test(span.text) && /\bemotion\s+$/.test(before)) styles[span.text] ??= `${span.colour} ${span.weight}`;
            before += span.text;
        }
    }
    return styles;
}

/**
 * Emotion scores 1 to 5 are drawn in five different styles (semantic tokens coloured by value),
 * and the ideal emotion shows beside the actual one as an inlay hint.
 */
export async function checkSemanticColoursAndInlayHints(page, { resultsDir, log, repoRoot }) {
    const read = name => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8').split('\n');
    const actual = read('password-reset.journey');
    const ideal = read('password-reset-ideal.journey');
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Hide Panel', { optional: true });

    // The ideal journey's first touchpoints have emotions 4 and 5.
    await quickOpen(page, 'password-reset-ideal.journey');
    const positive = await until(page, async () => {
        const styles = await emotionScoreStyles(page);
        return styles['4'] && styles['5'] && styles['4'] !== styles['5'] ? styles : undefined;
    }, async () => `emotion scores 4 and 5 are not styled apart: ${JSON.stringify(await emotionScoreStyles(page))}`);

    // In the actual journey, CallsDesk (emotion 1) through FindsSearch (emotion 3) fill the viewport.
    await quickOpen(page, 'password-reset.journey');
    await goTo(page, actual.findIndex(line => line.includes('touchpoint CallsDesk')) + 1, 1);
    const styles = await until(page, async () => {
        const found = { ...positive, ...(await emotionScoreStyles(page)) };
        return ['1', '2', '3', '4', '5'].every(score => found[score]) && new Set(Object.values(found)).size === 5 ? found : undefined;
    }, async () => `emotion scores 1–5 are not drawn in five styles: ${JSON.stringify({ ...positive, ...(await emotionScoreStyles(page)) })}`);
    log(`semantic tokens: emotion ${Object.entries(styles).map(([score, style]) => `${score} → ${style}`).join(', ')}`);

    // The hint shows the ideal journey's emotion for CallsDesk at the end of the actual one.
    const idealCallsDesk = ideal.slice(ideal.findIndex(line => line.includes('touchpoint CallsDesk'))).find(line => /\bemotion \d/.test(line));
    const expectedHint = `ideal ${/\bemotion (\d)/.exec(idealCallsDesk)[1]}`;
    const hinted = await until(page, async () => {
        const lines = await renderedLines(page);
        return lines.find(line => line.text.includes('owner ServiceDesk  emotion 1 frustrated') && line.text.trimEnd().endsWith(expectedHint));
    }, async () => `no '${expectedHint}' inlay hint on the CallsDesk line; lines:\n  ${(await renderedLines(page)).map(line => line.text).join('\n  ')}`);
    log(`inlay hint: '${hinted.text.trim()}'`);
    const screenshot = path.join(resultsDir, 'vscode-semantic-inlay.png');
    await page.screenshot({ path: screenshot });
    log(`screenshot: ${path.relative(repoRoot, screenshot)}`);
}

/** After `owner ` on the CallsDesk line, Trigger Suggest lists exactly the stakeholders declared in the workspace. */
export async function checkOwnerCompletion(page, { resultsDir, log, repoRoot }) {
    const source = fs.readFileSync(path.join(repoRoot, 'examples', 'password-reset.journey'), 'utf8').split('\n');
    const line = source.findIndex(text => text.includes('owner ServiceDesk  emotion 1 frustrated')) + 1;
    const column = source[line - 1].indexOf('owner ServiceDesk') + 'owner '.length + 1;
    await goTo(page, line, column);
    // Delete the owner's name, as if about to type a new one.
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.editor-widget.suggest-widget .monaco-list-row');
    // Each row's label, and whether it is one of the snippets of snippets/journey.code-snippets,
    // which VS Code lists everywhere, below the rest (editor.snippetSuggestions: bottom).
    const visibleRows = () => rows.evaluateAll(elements => elements.map(element => ({
        label: element.querySelector('.label-name')?.textContent ?? '',
        snippet: element.querySelector('.suggest-icon.codicon-symbol-snippet') !== null,
        index: Number(element.getAttribute('data-index')),
    })));
    const firstPage = await until(page, async () => {
        const found = await visibleRows();
        return found.filter(row => !row.snippet).length >= 6 ? found : undefined;
    }, async () => `the completion list after 'owner ' shows: ${JSON.stringify(await rows.evaluateAll(elements => elements.map(element => element.textContent)))}`);
    // The list is virtual: only the rows in view are in the DOM. Page down through it and
    // gather every row by its index until paging shows nothing new.
    const byIndex = new Map(firstPage.map(row => [row.index, row]));
    for (let unchanged = 0, presses = 0; unchanged < 2 && presses < 20; presses++) {
        const before = byIndex.size;
        await page.keyboard.press('PageDown');
        await page.waitForTimeout(200);
        for (const row of await visibleRows()) byIndex.set(row.index, row);
        unchanged = byIndex.size === before ? unchanged + 1 : 0;
    }
    const listed = [...byIndex.values()].sort((a, b) => a.index - b.index);
    const firstSnippet = listed.findIndex(row => row.snippet);
    if (firstSnippet >= 0 && listed.slice(firstSnippet).some(row => !row.snippet)) {
        throw new Error(`after 'owner ', snippets are listed before names: ${listed.map(row => `${row.label}${row.snippet ? ' (snippet)' : ''}`).join(', ')}`);
    }
    const labels = listed.filter(row => !row.snippet).map(row => row.label);
    // Names are global to the workspace: the stakeholders of every map the examples hold.
    const expected = fs.readdirSync(path.join(repoRoot, 'examples'), { recursive: true })
        .filter(file => String(file).endsWith('.journey'))
        .flatMap(file => [...fs.readFileSync(path.join(repoRoot, 'examples', String(file)), 'utf8').matchAll(/^\s*stakeholder\s+(\S+)/gmu)].map(match => match[1]))
        .sort();
    if (expected.length < 6 || JSON.stringify([...labels].sort()) !== JSON.stringify(expected)) {
        throw new Error(`the completion list after 'owner ' shows ${labels.join(', ')}; expected the stakeholders ${expected.join(', ')}`);
    }
    // The details of the selected item (its title and influence) are part of what the user sees.
    const screenshot = path.join(resultsDir, 'vscode-completion-owner.png');
    await page.screenshot({ path: screenshot });
    log(`completion after 'owner ': ${labels.join(', ')}`);
    log(`screenshot: ${path.relative(repoRoot, screenshot)}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
}
