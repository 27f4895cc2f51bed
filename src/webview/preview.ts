// The preview webview: draws the map with the shared renderer, from the model the language
// server computed (pulled through the extension), and talks back for navigation and export.
import type { Gap } from '../model/gap.js';
import type { WorkspaceModel } from '../model/journey-model.js';
import type { Locale } from '../i18n/locales.js';
import type { FromWebview, PreviewState, ToWebview } from '../protocol/preview-messages.js';
import { renderSvg, type View } from '../render/render-svg.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const initial = JSON.parse(document.body.dataset.state ?? '{}') as PreviewState;
let state: PreviewState = { ...initial, ...vscode.getState() };
let good: { model: WorkspaceModel; gaps: Gap[] } | undefined;
let locale: Locale | undefined;
let highlighted: string | undefined;

function save(): void {
    vscode.setState(state);
}

function draw(): void {
    const map = $('map');
    if (!good) return;
    const journeys = good.model.journeys.map(j => j.name);
    const select = $<HTMLSelectElement>('journey');
    if (select.options.length !== journeys.length || [...select.options].some((o, i) => o.value !== journeys[i])) {
        select.replaceChildren(...journeys.map(name => new Option(name, name)));
    }
    const own = good.model.journeys.filter(j => j.source.uri === state.documentUri);
    if (!state.journey || !journeys.includes(state.journey)) state.journey = (own.find(j => j.kind === 'actual') ?? own[0])?.name;
    select.value = state.journey ?? '';
    $<HTMLSelectElement>('view').value = state.view;
    const focused = (document.activeElement as Element | null)?.closest<SVGGElement>('g.touchpoint')?.dataset.touchpoint;
    // Interactive: the cards take focus, in the order of the customer's path; Enter reveals one as a click does.
    map.innerHTML = renderSvg(good.model, good.gaps, { journey: state.journey, view: state.view as View, theme: 'vscode', locale, interactive: true });
    // A redraw after a save keeps the keyboard where it was.
    if (focused) [...map.querySelectorAll<SVGGElement>('g.touchpoint')].find(g => g.dataset.touchpoint === focused)?.focus();
    applyZoom();
    applyHighlight();
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered ?? 0) + 1);
    save();
}

function applyZoom(): void {
    const svg = $('map').querySelector('svg');
    if (!svg) return;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const zoom = state.fit ? Math.min(1.5, ($('viewport').clientWidth - 24) / width) : state.zoom;
    svg.style.width = `${Math.round(width * zoom)}px`;
    svg.style.height = `${Math.round(height * zoom)}px`;
    $('zoom-level').textContent = `${Math.round(zoom * 100)}%`;
    $<HTMLButtonElement>('fit').setAttribute('aria-pressed', String(state.fit));
}

function applyHighlight(): void {
    for (const card of document.querySelectorAll('.touchpoint .card.highlight')) card.classList.remove('highlight');
    if (!highlighted) return;
    const group = [...document.querySelectorAll<SVGGElement>('g.touchpoint')].find(g => g.dataset.touchpoint === highlighted);
    group?.querySelector('.card')?.classList.add('highlight');
    group?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message.type === 'changed') {
        vscode.postMessage({ type: 'pull' });
    } else if (message.type === 'model') {
        const badge = $('badge');
        // The words come from the extension, in VS Code's display language.
        badge.textContent = message.errors ? message.badge?.text ?? `${message.errors} error${message.errors === 1 ? '' : 's'}` : '';
        badge.title = message.errors ? message.badge?.title ?? 'The map shows the last version without errors.' : '';
        badge.hidden = message.errors === 0;
        // A broken document keeps the last good map on screen.
        if (message.errors === 0 || !good) good = { model: message.model, gaps: message.gaps };
        locale = message.locale;
        state.documentUri = message.documentUri;
        draw();
    } else if (message.type === 'highlight') {
        highlighted = message.touchpoint;
        applyHighlight();
    }
});

function reveal(target: EventTarget | null): boolean {
    const group = (target as Element | null)?.closest<SVGGElement>('g.touchpoint');
    if (!group?.dataset.uri) return false;
    const n = (name: string) => Number(group.dataset[name]);
    vscode.postMessage({ type: 'reveal', uri: group.dataset.uri, range: { start: { line: n('line'), character: n('character') }, end: { line: n('endLine'), character: n('endCharacter') } } });
    return true;
}

$('map').addEventListener('click', event => { reveal(event.target); });
$('map').addEventListener('keydown', event => {
    if ((event.key === 'Enter' || event.key === ' ') && reveal(event.target)) event.preventDefault();
});

$('journey').addEventListener('change', () => { state.journey = $<HTMLSelectElement>('journey').value; draw(); });
$('view').addEventListener('change', () => { state.view = $<HTMLSelectElement>('view').value as PreviewState['view']; draw(); });
$('zoom-in').addEventListener('click', () => { state = { ...state, fit: false, zoom: Math.min(4, state.zoom * 1.25) }; applyZoom(); save(); });
$('zoom-out').addEventListener('click', () => { state = { ...state, fit: false, zoom: Math.max(0.2, state.zoom / 1.25) }; applyZoom(); save(); });
$('fit').addEventListener('click', () => { state = { ...state, fit: !state.fit }; applyZoom(); save(); });
window.addEventListener('resize', () => { if (state.fit) applyZoom(); });

// Pan by dragging the background.
const viewport = $('viewport');
let drag: { x: number; y: number; left: number; top: number } | undefined;
viewport.addEventListener('pointerdown', event => {
    if ((event.target as Element).closest('g.touchpoint')) return;
    drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    viewport.setPointerCapture(event.pointerId);
});
viewport.addEventListener('pointermove', event => {
    if (!drag) return;
    viewport.scrollLeft = drag.left - (event.clientX - drag.x);
    viewport.scrollTop = drag.top - (event.clientY - drag.y);
});
viewport.addEventListener('pointerup', () => { drag = undefined; });

function currentSvg(): { svg: string; name: string; width: number; height: number } | undefined {
    const element = $('map').querySelector('svg');
    if (!element) return undefined;
    const clone = element.cloneNode(true) as SVGSVGElement;
    clone.removeAttribute('style');
    // A file is not a preview: nothing happens on a card there, so Tab should not stop at each.
    for (const card of clone.querySelectorAll('[tabindex]')) card.removeAttribute('tabindex');
    // Exports stand alone: the editor's theme variables are replaced by their current values.
    const styles = getComputedStyle(document.body);
    const svg = clone.outerHTML.replace(/var\((--vscode-[\w-]+), ([^)]+)\)/g, (_m, variable: string, fallback: string) => styles.getPropertyValue(variable).trim() || fallback);
    return { svg, name: state.journey ?? 'journey', width: Number(element.getAttribute('width')), height: Number(element.getAttribute('height')) };
}

$('export-svg').addEventListener('click', () => {
    const current = currentSvg();
    if (current) vscode.postMessage({ type: 'export', format: 'svg', name: current.name, data: current.svg });
});
$('export-html').addEventListener('click', () => {
    const current = currentSvg();
    if (current) vscode.postMessage({ type: 'export', format: 'html', name: current.name, data: current.svg });
});
$('export-png').addEventListener('click', () => {
    const current = currentSvg();
    if (!current) return;
    const image = new Image();
    image.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = current.width * 2;
        canvas.height = current.height * 2;
        const context = canvas.getContext('2d')!;
        context.scale(2, 2);
        context.drawImage(image, 0, 0);
        vscode.postMessage({ type: 'export', format: 'png', name: current.name, data: canvas.toDataURL('image/png') });
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(current.svg)}`;
});

vscode.postMessage({ type: 'pull' });
