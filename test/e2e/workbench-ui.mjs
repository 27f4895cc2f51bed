// UI checks in the VS Code workbench, as a person would do them: open a file with Quick
// Open, look at the token colours, open the Problems panel and read it.

const KEYWORDS = new Set(['journey', 'persona', 'outcome', 'stage', 'touchpoint', 'channel', 'owner', 'emotion', 'metric', 'need', 'perception', 'evidence', 'pain', 'description', 'actual', 'target']);

const DECLARED_NAMES = ['PasswordReset', 'Detect', 'CantLogIn', 'RetriesLogin'];

export async function waitForWorkbench(page) {
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
}

export async function quickOpen(page, fileName) {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(fileName);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 15_000 });
    // The first result must be the file itself, not a longer name that contains it. Recently
    // opened files are listed at once, before the file search answers: wait for it.
    let first;
    for (let i = 0; i < 40 && !first?.startsWith(fileName); i++) {
        if (i) await page.waitForTimeout(250);
        first = await page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label');
    }
    if (!first?.startsWith(fileName)) throw new Error(`Quick Open's first match for ${fileName} was ${first}`);
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ timeout: 15_000 });
}

/** The rendered lines of the active editor, top to bottom, each as its text and the colour, weight and style of each span. */
export async function renderedLines(page) {
    return page.evaluate(() => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        if (!editor) return [];
        const lines = [...editor.querySelectorAll('.view-lines .view-line')];
        return lines
            .map(line => ({
                top: parseFloat(line.style.top || '0'),
                // Monaco renders spaces as no-break spaces.
                text: (line.textContent ?? '').replace(/\u00a0/g, ' '),
                spans: [...line.querySelectorAll(':scope > span > span')].map(span => ({
                    text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
                    colour: getComputedStyle(span).color,
                    weight: getComputedStyle(span).fontWeight,
                    style: getComputedStyle(span).fontStyle,
                })),
            }))
            .sort((a, b) => a.top - b.top);
    });
}

/** The editor's plain text colour, and every rendered token of the active editor. */
export async function tokenColours(page) {
    const foreground = await page.evaluate(() => {
        const lines = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
        return lines ? getComputedStyle(lines).color : '';
    });
    return { foreground, tokens: (await renderedLines(page)).flatMap(line => line.spans) };
}

/** Waits until the TextMate grammar has coloured the visible lines, then checks what got which colour. */
export async function expectHighlighted(page, timeoutMs = 30_000) {
    const started = Date.now();
    let last;
    while (Date.now() - started < timeoutMs) {
        last = await tokenColours(page);
        const keywordTokens = last.tokens.filter(t => KEYWORDS.has(t.text.trim()));
        if (keywordTokens.length > 0 && keywordTokens.every(t => t.colour !== last.foreground)) break;
        await page.waitForTimeout(250);
    }
    const { foreground, tokens } = last;
    const problems = [];
    const keywordTokens = tokens.filter(t => KEYWORDS.has(t.text.trim()));
    if (keywordTokens.length === 0) problems.push('no keyword token is rendered');
    for (const t of keywordTokens) if (t.colour === foreground) problems.push(`keyword '${t.text}' has the plain text colour`);
    const strings = tokens.filter(t => /^".*"$/.test(t.text.trim()) || t.text.startsWith('"'));
    if (strings.length === 0) problems.push('no string token is rendered');
    for (const t of strings) if (t.colour === foreground) problems.push(`string ${t.text} has the plain text colour`);
    const comments = tokens.filter(t => t.text.trim().startsWith('//'));
    if (comments.length === 0) problems.push('no comment token is rendered');
    for (const t of comments) if (t.colour === foreground) problems.push(`comment '${t.text}' has the plain text colour`);
    const numbers = tokens.filter(t => /^-?\d+(\.\d+)?$/.test(t.text.trim()));
    for (const t of numbers) if (t.colour === foreground) problems.push(`number ${t.text} has the plain text colour`);
    // Declaration names at the top of password-reset.journey: journey, stage, touchpoints.
    for (const name of DECLARED_NAMES) {
        const token = tokens.find(t => t.text.trim() === name);
        if (!token) problems.push(`the name ${name} is not rendered`);
        else if (token.colour === foreground) problems.push(`the name ${name} has the plain text colour`);
    }
    const distinct = new Set(tokens.map(t => t.colour));
    if (distinct.size < 5) problems.push(`only ${distinct.size} distinct token colours`);
    if (problems.length) throw new Error(`highlighting: ${problems.join('; ')}`);
    return { tokens: tokens.length, colours: distinct.size, keywords: keywordTokens.length, strings: strings.length, comments: comments.length, numbers: numbers.length };
}

export async function statusBarLanguage(page) {
    const item = page.locator('#status\\.editor\\.mode');
    await item.waitFor({ timeout: 15_000 });
    return (await item.innerText()).trim();
}

export async function openProblems(page) {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    return rows;
}

/** Expands every file in the Problems tree and returns the visible row labels. */
export async function problemRows(page, expected, timeoutMs = 30_000) {
    const started = Date.now();
    let labels = [];
    while (Date.now() - started < timeoutMs) {
        labels = await page.locator('.markers-panel .monaco-list-row').evaluateAll(rows => rows.map(r => r.getAttribute('aria-label') ?? r.textContent ?? ''));
        if (expected.every(e => labels.some(l => l.includes(e)))) return labels;
        await page.waitForTimeout(250);
    }
    throw new Error(`Problems panel rows were:\n  ${labels.join('\n  ')}\nexpected to include:\n  ${expected.join('\n  ')}`);
}

/** Error and warning counts from the status bar's problems item ("Errors: 2, Warnings: 20"). */
export async function statusBarProblems(page) {
    const item = page.locator('[id="status.problems"]');
    await item.waitFor({ timeout: 15_000 });
    const label = (await item.getAttribute('aria-label')) ?? (await item.innerText());
    const count = word => Number(new RegExp(`(\\d+)\\s*${word}|${word}\\w*:?\\s*(\\d+)`, 'i').exec(label)?.slice(1).find(Boolean) ?? NaN);
    return { label, errors: count('error'), warnings: count('warning') };
}

/**
 * Runs a command from the command palette by its title. An `optional` command may be absent
 * (its precondition is false, like "View: Hide Panel" when no panel is open): the palette is
 * closed and false returned.
 */
export async function runCommand(page, title, { optional = false } = {}) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    // Click the row whose label is exactly the title: longer titles contain the same words.
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
    if (optional) {
        const found = await row.waitFor({ timeout: 3_000 }).then(() => true, () => false);
        if (!found) {
            await page.keyboard.press('Escape');
            return false;
        }
    } else {
        await row.waitFor({ timeout: 15_000 });
    }
    await row.click();
    return true;
}

/** The frame of the webview that shows the journey map (webviews sit in nested iframes). */
export async function previewFrame(page, timeoutMs = 30_000) {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
        for (const frame of page.frames()) {
            if (await frame.locator('#map svg g.touchpoint').count().catch(() => 0)) return frame;
        }
        await page.waitForTimeout(250);
    }
    throw new Error('the preview webview did not show a map');
}

/** Replaces every occurrence of `find` in the active editor with `replace`, through the find widget. */
export async function replaceAll(page, find, replace) {
    // Focus the first editor group (the text, with the preview beside it) by keyboard:
    // a click could land on a scrollbar or the sticky-scroll header.
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+H');
    const widget = page.locator('.editor-widget.find-widget');
    await widget.locator('textarea').first().fill(find);
    await widget.locator('textarea').nth(1).fill(replace);
    await page.keyboard.press('Control+Alt+Enter');
    await page.keyboard.press('Escape');
}

export async function cursorPosition(page) {
    return (await page.locator('[id="status.editor.selection"]').innerText()).trim();
}

/** The frame of VS Code's Markdown preview once it shows ```journey fences. */
export async function markdownPreviewFrame(page, timeoutMs = 30_000) {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
        for (const frame of page.frames()) {
            if (await frame.locator('.markdown-body .journey-fence').count().catch(() => 0)) return frame;
        }
        await page.waitForTimeout(250);
    }
    throw new Error('the Markdown preview did not show the journey fences');
}

/** Picks a colour theme by its exact name through Preferences: Color Theme. */
export async function pickColorTheme(page, theme) {
    await runCommand(page, 'Preferences: Color Theme');
    await page.locator('.quick-input-widget input').fill(theme);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${theme}$`) }) }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
}

/** Polls `probe` until it returns a truthy value, or fails with `describe()` after `timeoutMs`. */
export async function until(page, probe, describe, timeoutMs = 30_000) {
    const started = Date.now();
    let last;
    while (Date.now() - started < timeoutMs) {
        last = await probe();
        if (last) return last;
        await page.waitForTimeout(250);
    }
    throw new Error(await describe());
}
