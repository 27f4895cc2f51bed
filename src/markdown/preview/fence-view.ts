import type { ThemeName } from '../../render/theme.js';
import type { FenceOptions } from '../fence-options.js';
import type { FenceProblem } from '../render-fence.js';

export interface FenceView {
    svg?: string;
    problems: FenceProblem[];
    /** The Markdown file's line of the fence's first line of text: problems are shown at file lines. */
    firstLine: number;
    zoom: FenceOptions['zoom'];
    theme: ThemeName;
}

const ERROR_COLOUR: Record<ThemeName, string> = { light: '#cf222e', vscode: '#cf222e', dark: '#f85149', 'high-contrast': '#ff4040' };

const style = (theme: ThemeName) => `
:host { display: block; margin: 0 0 16px; }
.map { overflow-x: auto; }
.map svg { display: block; max-width: none; }
.problems { margin: 6px 0 0; padding: 0; list-style: none; font-family: var(--vscode-editor-font-family, ui-monospace, monospace);
    font-size: 0.9em; color: var(--vscode-errorForeground, ${ERROR_COLOUR[theme]}); }
.problems li { margin: 2px 0; white-space: pre-wrap; }
.position { font-weight: 600; }
`;

/**
 * Shows a fence's map in the shadow root of its placeholder. The Markdown preview updates its
 * page by comparing elements (morphdom): a shadow root is not part of that comparison, so the
 * map stays put while the rest of the document changes, and the placeholder's own content, the
 * code block, is hidden while there is a map to show (no <slot>) and shown when there is none.
 * The SVG is our renderer's, which escapes every text; problems are set as text.
 */
export function showFence(host: HTMLElement, view: FenceView): void {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const css = document.createElement('style');
    css.textContent = style(view.theme);
    const parts: Node[] = [css];
    if (view.svg) {
        const map = document.createElement('div');
        map.className = 'map';
        map.innerHTML = view.svg;
        const svg = map.querySelector('svg');
        if (svg) applyZoom(svg, view.zoom);
        parts.push(map);
    } else {
        parts.push(document.createElement('slot'));
    }
    if (view.problems.length) {
        const list = document.createElement('ul');
        list.className = 'problems';
        list.setAttribute('aria-label', 'Problems in this journey map');
        for (const problem of view.problems) {
            const item = document.createElement('li');
            const position = document.createElement('span');
            position.className = 'position';
            position.textContent = `${view.firstLine + problem.line - 1}:${problem.column}`;
            item.append(position, ' ', problem.message);
            list.append(item);
        }
        parts.push(list);
    }
    root.replaceChildren(...parts);
}

function applyZoom(svg: SVGSVGElement, zoom: FenceView['zoom']): void {
    if (zoom === 'fit') {
        svg.style.width = '100%';
        svg.style.height = 'auto';
    } else if (typeof zoom === 'number') {
        svg.style.width = `${Math.round(Number(svg.getAttribute('width')) * zoom)}px`;
        svg.style.height = `${Math.round(Number(svg.getAttribute('height')) * zoom)}px`;
    }
}
