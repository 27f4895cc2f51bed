// The Markdown preview script (`markdown.previewScripts`): draws every ```journey placeholder
// that journey-fence-plugin.ts put in the page, with the same language services and renderer
// as the editor, in the preview itself. See the plugin for why the drawing happens here.
import type { ThemeName } from '../../render/theme.js';
import { FENCE_CLASS, FIRST_LINE_ATTRIBUTE, OPTIONS_ATTRIBUTE } from '../fence-markup.js';
import { parseFenceOptions, type FenceOptions } from '../fence-options.js';
import { FenceRenderer, type FenceProblem, type RenderedFence } from '../render-fence.js';
import { showFence } from './fence-view.js';
import { pageTheme } from './page-theme.js';

interface Fence {
    host: HTMLElement;
    source: string;
    options: FenceOptions;
    optionProblems: FenceProblem[];
    firstLine: number;
    theme: ThemeName;
    /** What is drawn: the same key, the same drawing. */
    key: string;
}

const renderer = new FenceRenderer();
/** Drawings by key, the most recent last: a fence the user did not touch is shown again at once. */
const drawings = new Map<string, RenderedFence>();
const MAX_DRAWINGS = 64;
/** What each placeholder shows now (its key and first line). */
const shown = new WeakMap<HTMLElement, string>();
let drawing = false;

function fencesOnPage(): Fence[] {
    return [...document.querySelectorAll<HTMLElement>(`.${FENCE_CLASS}`)].map(host => {
        const source = host.querySelector('code')?.textContent ?? '';
        const optionsText = host.getAttribute(OPTIONS_ATTRIBUTE) ?? '';
        const { options, problems } = parseFenceOptions(optionsText);
        const theme = options.theme ?? pageTheme();
        const firstLine = Number(host.getAttribute(FIRST_LINE_ATTRIBUTE)) || 1;
        const optionProblems = problems.map(message => ({ line: 0, column: 1, message }));
        return { host, source, options, optionProblems, firstLine, theme, key: JSON.stringify([source, optionsText, theme]) };
    });
}

/** Shows what is already drawn, at once; draws the rest, one fence at a time. */
function update(): void {
    for (const fence of fencesOnPage()) {
        const drawn = drawings.get(fence.key);
        const shownKey = `${fence.key}@${fence.firstLine}`;
        // While a changed fence is drawn, its previous map stays on screen (in the shadow root).
        if (!drawn || shown.get(fence.host) === shownKey) continue;
        showFence(fence.host, {
            svg: drawn.svg, problems: [...fence.optionProblems, ...drawn.problems], firstLine: fence.firstLine, zoom: fence.options.zoom, theme: fence.theme,
        });
        shown.set(fence.host, shownKey);
    }
    void drawMissing();
}

async function drawMissing(): Promise<void> {
    if (drawing) return;
    drawing = true;
    try {
        // Only what is on the page when its turn comes: keystrokes typed meanwhile are not drawn one by one.
        for (let fence = nextMissing(); fence; fence = nextMissing()) {
            const result = await renderer.render(fence.source, fence.options, fence.theme)
                .catch((error: unknown) => ({ problems: [{ line: 0, column: 1, message: `The map could not be drawn: ${String(error)}` }] }));
            drawings.set(fence.key, result);
            if (drawings.size > MAX_DRAWINGS) drawings.delete(drawings.keys().next().value!);
            update();
        }
    } finally {
        drawing = false;
    }
}

function nextMissing(): Fence | undefined {
    return fencesOnPage().find(fence => !drawings.has(fence.key));
}

// The preview inserts its content after this (async) script may have run, and later updates it
// in place; VS Code changes the body's class and the colour variables when the theme changes.
new MutationObserver(update).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', OPTIONS_ATTRIBUTE, FIRST_LINE_ATTRIBUTE] });
window.addEventListener('vscode.markdown.updateContent', update);
document.addEventListener('DOMContentLoaded', update);
update();
