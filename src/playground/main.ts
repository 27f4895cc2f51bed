// The playground page: a .journey editor (CodeMirror 6) beside its live map. All language work
// is done by a worker (./worker/), so typing never waits for a map to be drawn.
import { openLintPanel } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import examples from 'virtual:playground-examples';
import keywords from 'virtual:journey-keywords';
import workerSource from 'virtual:playground-worker';
import type { Locale } from '../i18n/locales.js';
import type { View } from '../render/render-svg.js';
import { download, fileName, svgToPng } from './downloads.js';
import { createEditor, replaceText, setEditorLanguage, showDiagnostics } from './editor.js';
import { applyPageLanguage, browserLocale, languageOptions } from './page-language.js';
import { en as playgroundKeys } from './messages/en.js';
import { playgroundCount, playgroundSayIn, type PlaygroundKey, type PlaygroundSay } from './playground-messages.js';
import { decodeFragment, encodeFragment } from './share-link.js';
import { WorkerClient } from './worker-client.js';
import type { AnalyseResult, PageTheme } from './worker-protocol.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const FROM_LINK = 'link';
const ANALYSE_DELAY_MS = 120;
const LINK_DELAY_MS = 300;

const state = {
    view: 'map' as View,
    journey: undefined as string | undefined,
    /** Numbers every analysis asked for; the worker's answers carry it back. */
    version: 0,
    /** What each asked-for version was made from, to tell whether its diagnostics still fit the text. */
    sent: new Map<number, string>(),
    /** The map on screen, for the exports. */
    svg: undefined as string | undefined,
    zoom: 1,
    /** The zoom on screen (with fit on, what fitting gave). */
    shownZoom: 1,
    /** Off at first: a whole journey fitted into the pane is too small to read. */
    fit: false,
    /** The page's language, which the worker's messages and drawing follow. */
    locale: browserLocale(navigator.languages?.length ? navigator.languages : [navigator.language]),
    /** The newest analysis shown, to say its counts again in another language. */
    shown: undefined as AnalyseResult | undefined,
};

let say: PlaygroundSay = playgroundSayIn(state.locale);

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
const theme = (): PageTheme => darkScheme.matches ? 'dark' : 'light';

/** The notice on show, as a sentence to say again when the language changes. */
let noticeText: (() => string) | undefined;

function notice(text: (() => string) | undefined): void {
    noticeText = text;
    const element = $('notice');
    element.textContent = text?.() ?? '';
    element.hidden = !text;
}

let editor: EditorView;
let analyseTimer: ReturnType<typeof setTimeout> | undefined;
let linkTimer: ReturnType<typeof setTimeout> | undefined;
/** The fragment this page wrote itself: its hashchange (if any) is not a new link to load. */
let writtenHash = '';

const worker = new WorkerClient(workerSource, showAnalysis, message => notice(() => say('notice.workerFailed', { reason: message || say('notice.unknownError') })));

function analyse(): void {
    clearTimeout(analyseTimer);
    const version = ++state.version;
    const text = editor.state.doc.toString();
    state.sent.set(version, text);
    for (const old of state.sent.keys()) if (old < version - 8) state.sent.delete(old);
    worker.analyse({ version, text, view: state.view, journey: state.journey, theme: theme(), locale: state.locale });
}

function showAnalysis(result: AnalyseResult): void {
    const text = editor.state.doc.toString();
    const current = state.sent.get(result.version) === text;
    if (current) showDiagnostics(editor, result.diagnostics);
    state.shown = result;
    const errors = showCounts(result);

    const select = $<HTMLSelectElement>('journey');
    if (select.options.length !== result.journeys.length || [...select.options].some((o, i) => o.value !== result.journeys[i])) {
        select.replaceChildren(...result.journeys.map(name => new Option(name, name)));
    }
    select.disabled = result.journeys.length === 0;
    select.value = result.journey ?? '';
    if (result.journey) state.journey = result.journey;

    const badge = $('map-note');
    badge.textContent = result.failure ?? (result.lastGood ? say('map.lastGood', { errors: playgroundCount(say, errors, 'errors') }) : '');
    badge.hidden = !badge.textContent;
    if (result.svg) {
        state.svg = result.svg;
        const focused = (document.activeElement as Element | null)?.closest<SVGGElement>('g.touchpoint')?.dataset.touchpoint;
        $('map').innerHTML = result.svg;
        // The cards take focus with Tab, in the order of the customer's path (the drawing's order);
        // the exported SVG (state.svg) stays without, since nothing happens on a card in a file.
        const cards = [...$('map').querySelectorAll<SVGGElement>('g.touchpoint')];
        for (const card of cards) card.setAttribute('tabindex', '0');
        if (focused) cards.find(card => card.dataset.touchpoint === focused)?.focus();
        applyZoom();
    }
    document.body.dataset.analysed = String(result.version);
    if (current) document.body.dataset.current = String(result.version);
}

/** The problems button's counts; returns the number of errors. */
function showCounts(result: AnalyseResult): number {
    const errors = result.diagnostics.filter(d => d.severity === 'error').length;
    const warnings = result.diagnostics.filter(d => d.severity === 'warning').length;
    const notes = result.diagnostics.length - errors - warnings;
    $('problems-summary').textContent = say('problems.summary', {
        errors: playgroundCount(say, errors, 'errors'),
        warnings: playgroundCount(say, warnings, 'warnings'),
        notes: playgroundCount(say, notes, 'notes'),
    });
    $('problems').dataset.errors = String(errors);
    return errors;
}

/** The page in `locale`: its own words now, the worker's messages and the map with the next analysis. */
function setLocale(locale: Locale): void {
    state.locale = locale;
    say = playgroundSayIn(locale);
    applyPageLanguage(document, locale, say);
    $<HTMLSelectElement>('language').value = locale;
    const picker = $<HTMLSelectElement>('example');
    for (const option of picker.options) {
        const key = option.dataset.key as PlaygroundKey | undefined;
        if (key) option.textContent = say(key);
    }
    if (editor) setEditorLanguage(editor, say('editor.label'), locale);
    if (state.shown) showCounts(state.shown);
    $('link-status').textContent = '';
    if (noticeText) notice(noticeText);
}

function applyZoom(): void {
    const svg = $('map').querySelector('svg');
    if (!svg) return;
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const zoom = state.fit ? Math.min(1.5, Math.max(0.1, ($('viewport').clientWidth - 24) / width)) : state.zoom;
    state.shownZoom = zoom;
    svg.style.width = `${Math.round(width * zoom)}px`;
    svg.style.height = `${Math.round(height * zoom)}px`;
    $('zoom-level').textContent = `${Math.round(zoom * 100)}%`;
    $('fit').setAttribute('aria-pressed', String(state.fit));
}

function textChanged(): void {
    clearTimeout(analyseTimer);
    analyseTimer = setTimeout(analyse, ANALYSE_DELAY_MS);
    scheduleLink();
    if ($<HTMLSelectElement>('example').value !== FROM_LINK) markEdited();
}

function scheduleLink(): void {
    clearTimeout(linkTimer);
    linkTimer = setTimeout(() => void updateLink(), LINK_DELAY_MS);
}

/** The URL follows the text (replaceState: no history entry per keystroke). */
async function updateLink(): Promise<void> {
    const text = editor.state.doc.toString();
    const hash = await encodeFragment({ text, view: state.view, journey: state.journey, locale: state.locale });
    if (editor.state.doc.toString() !== text) return; // a newer edit will write its own
    writtenHash = hash;
    try {
        history.replaceState(history.state, '', hash);
    } catch {
        location.replace(hash);
    }
    document.body.dataset.linked = String(text.length);
}

/** The picker says "edited" once the example's text is changed, so that picking it again restores it. */
function markEdited(): void {
    const picker = $<HTMLSelectElement>('example');
    const example = examples.find(e => e.id === picker.value);
    if (example && example.text !== editor.state.doc.toString()) addLinkOption('example.edited');
}

function addLinkOption(key: PlaygroundKey): void {
    const picker = $<HTMLSelectElement>('example');
    let option = [...picker.options].find(o => o.value === FROM_LINK);
    if (!option) {
        option = new Option('', FROM_LINK);
        picker.prepend(option);
    }
    option.dataset.key = key;
    option.textContent = say(key);
    picker.value = FROM_LINK;
}

function loadExample(id: string): void {
    const example = examples.find(e => e.id === id) ?? examples[0];
    state.journey = undefined;
    replaceText(editor, example.text);
    const picker = $<HTMLSelectElement>('example');
    [...picker.options].find(o => o.value === FROM_LINK)?.remove();
    picker.value = example.id;
    analyse();
    scheduleLink();
}

async function loadFragment(first: boolean): Promise<void> {
    const read = await decodeFragment(location.hash);
    if (read.kind === 'map') {
        state.view = read.map.view ?? 'map';
        state.journey = read.map.journey;
        $<HTMLSelectElement>('view').value = state.view;
        if (read.map.locale && read.map.locale !== state.locale) setLocale(read.map.locale);
        if (first) editor = createEditor($('editor'), read.map.text, keywords, complete, textChanged, say('editor.label'), state.locale);
        else replaceText(editor, read.map.text);
        addLinkOption('example.fromLink');
        notice(undefined);
        analyse();
        return;
    }
    if (first) editor = createEditor($('editor'), examples[0].text, keywords, complete, textChanged, say('editor.label'), state.locale);
    if (read.kind === 'broken') {
        const { key, params } = read.because;
        notice(() => say('notice.brokenLink', { reason: say(key, params) }));
        loadExample(examples[0].id);
    } else if (first) {
        loadExample(examples[0].id);
    }
}

let completionVersion = 0;
function complete(text: string, offset: number) {
    return worker.complete(++completionVersion, text, offset);
}

function setUpControls(): void {
    const picker = $<HTMLSelectElement>('example');
    picker.replaceChildren(...examples.map(e => {
        const option = new Option(e.label, e.id);
        // The examples in English are named in the page's language; the others by their own.
        const key = `example.${e.id}`;
        if (key in playgroundKeys) option.dataset.key = key;
        return option;
    }));
    const language = $<HTMLSelectElement>('language');
    language.replaceChildren(...languageOptions());
    language.addEventListener('change', () => {
        setLocale(language.value as Locale);
        analyse();
        scheduleLink();
    });
    picker.addEventListener('change', () => { if (picker.value !== FROM_LINK) { notice(undefined); loadExample(picker.value); } });
    $<HTMLSelectElement>('view').addEventListener('change', event => {
        state.view = (event.target as HTMLSelectElement).value as View;
        analyse();
        scheduleLink();
    });
    $<HTMLSelectElement>('journey').addEventListener('change', event => {
        state.journey = (event.target as HTMLSelectElement).value || undefined;
        analyse();
        scheduleLink();
    });
    $('zoom-in').addEventListener('click', () => { state.zoom = Math.min(4, state.shownZoom * 1.25); state.fit = false; applyZoom(); });
    $('zoom-out').addEventListener('click', () => { state.zoom = Math.max(0.1, state.shownZoom / 1.25); state.fit = false; applyZoom(); });
    $('fit').addEventListener('click', () => { state.fit = !state.fit; if (!state.fit) state.zoom = 1; applyZoom(); });
    window.addEventListener('resize', () => { if (state.fit) applyZoom(); });
    $('problems').addEventListener('click', () => { openLintPanel(editor); });
    $('copy-link').addEventListener('click', () => void copyLink());
    $('export-svg').addEventListener('click', () => {
        if (state.svg) download(new Blob([state.svg], { type: 'image/svg+xml' }), fileName(state.journey, 'svg'));
    });
    $('export-png').addEventListener('click', () => {
        if (!state.svg) return;
        svgToPng(state.svg, 2).then(png => download(png, fileName(state.journey, 'png')), (error: Error) => notice(() => say('notice.pngFailed', { reason: error.message })));
    });
    $('export-journey').addEventListener('click', () => {
        download(new Blob([editor.state.doc.toString()], { type: 'text/plain;charset=utf-8' }), fileName(state.journey, 'journey'));
    });
    // A card leads to its touchpoint in the text: clicked, or Enter (or Space) on it.
    const showInText = (target: EventTarget | null): boolean => {
        const group = (target as Element | null)?.closest<SVGGElement>('g.touchpoint');
        const line = Number(group?.dataset.line);
        if (!group || !Number.isInteger(line) || line >= editor.state.doc.lines) return false;
        const at = Math.min(editor.state.doc.line(line + 1).from + Number(group.dataset.character ?? 0), editor.state.doc.length);
        editor.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        editor.focus();
        return true;
    };
    $('map').addEventListener('click', event => { showInText(event.target); });
    $('map').addEventListener('keydown', event => {
        if ((event.key === 'Enter' || event.key === ' ') && showInText(event.target)) event.preventDefault();
    });
    darkScheme.addEventListener('change', analyse);
    window.addEventListener('hashchange', () => { if (location.hash !== writtenHash) void loadFragment(false); });
}

async function copyLink(): Promise<void> {
    await updateLink();
    const field = $<HTMLInputElement>('link');
    field.value = location.href;
    field.hidden = false;
    try {
        await navigator.clipboard.writeText(location.href);
        $('link-status').textContent = say('share.copied');
    } catch {
        field.focus();
        field.select();
        $('link-status').textContent = say('share.select');
    }
}

setUpControls();
setLocale(state.locale);
void loadFragment(true);
