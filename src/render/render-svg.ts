import type { Locale } from '../i18n/locales.js';
import { journeyLocale, workspaceLocale } from '../model/journey-language.js';
import type { Gap } from '../model/gap.js';
import { journeyPairs } from '../model/gap-context.js';
import { touchpointsOf, type JourneyModel, type TouchpointModel, type WorkspaceModel } from '../model/journey-model.js';
import { compareDescription, journeyDescription, stakeholderDescription } from './accessible-summary.js';
import { drawingId } from './drawing-id.js';
import {
    drawCurve, drawGapLegend, drawJourneyMap, gapLegendLayout, LAYOUT, layoutJourney, markerSeverities, type CardLayout, type DrawOptions, type MapLayout,
} from './journey-map.js';
import { sayIn, type Say } from './render-messages.js';
import { drawStakeholderMap } from './stakeholder-map.js';
import { el, title, txt } from './svg.js';
import { textWidth, wrapText } from './text.js';
import { styleSheet, type ThemeName } from './theme.js';

export type View = 'map' | 'compare' | 'stakeholders';

export interface RenderOptions {
    /** The journey to draw; the first actual journey (else the first journey) when left out. */
    journey?: string;
    view?: View;
    theme?: ThemeName;
    /**
     * The language of the drawing's fixed words (English when left out), unless the journey
     * says its own. The SVG always says which (`lang`, `xml:lang`), so that a screen reader
     * reads it in that language wherever it is shown.
     */
    locale?: Locale;
    /**
     * For previews that act on a card: the cards take keyboard focus (tabindex 0), in the order
     * of the customer's path, with a visible focus ring. Left out for files (SVG, PNG, HTML),
     * where nothing happens on a card and Tab would only stop at every one of them.
     */
    interactive?: boolean;
    /**
     * The start of the ids of the drawing's <title> and <desc>. Left out, it is made from what
     * is drawn, so that two different maps on one page (a Markdown preview) never share one.
     */
    idPrefix?: string;
}

export const VIEWS: readonly View[] = ['map', 'compare', 'stakeholders'];

/**
 * The one renderer: model (and its gaps) to a standalone SVG document. Pure and
 * deterministic, with no DOM: the same call gives the same bytes in Node and in a browser.
 */
export function renderSvg(model: WorkspaceModel, gaps: Gap[], options: RenderOptions = {}): string {
    const theme = options.theme ?? 'light';
    const view = options.view ?? 'map';
    const journey = pickJourney(model, options.journey);
    // The map's own language first: it is the language of the people who read it.
    const own = view === 'stakeholders' ? workspaceLocale(model) : journeyLocale(journey);
    const locale = own ?? options.locale ?? 'en';
    const say = sayIn(locale);
    const page: Page = { theme, lang: locale, idPrefix: options.idPrefix };
    const draw: DrawOptions = { interactive: options.interactive };
    if (view === 'stakeholders') {
        const drawing = drawStakeholderMap(model, locale);
        return svgDocument(drawing.width, drawing.height, page, say('stakeholders.title'), stakeholderDescription(model, say), drawing.body);
    }
    if (!journey) return message(page, say('map.noJourney'), say('map.noJourneyHelp'));
    if (view === 'compare') return compareView(model, gaps, journey, page, locale, draw);
    const layout = layoutJourney(model, journey, gaps, undefined, locale);
    return svgDocument(layout.width, layout.height, page, say('map.label', { title: journey.title ?? journey.name }), journeyDescription(model, layout, gaps), drawJourneyMap(layout, undefined, draw));
}

/** What every view's document shares: its colours, its language, and where its ids start. */
interface Page {
    theme: ThemeName;
    lang: Locale;
    idPrefix?: string;
}

export function pickJourney(model: WorkspaceModel, name?: string): JourneyModel | undefined {
    if (name) return model.journeys.find(j => j.name === name);
    return model.journeys.find(j => j.kind === 'actual') ?? model.journeys[0];
}

/**
 * The document: a graphics document (not one image: its cards are reached one by one) named
 * by its <title> and described by its <desc>, through ids of its own.
 */
function svgDocument(width: number, height: number, page: Page, label: string, description: string, body: string): string {
    const id = page.idPrefix ?? drawingId(`${page.theme}\n${label}\n${description}\n${body}`);
    return el('svg', {
        xmlns: 'http://www.w3.org/2000/svg', class: 'jm', width: Math.ceil(width), height: Math.ceil(height),
        viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`, role: 'graphics-document',
        'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc`, lang: page.lang, 'xml:lang': page.lang,
    }, el('title', { id: `${id}-title` }, txt(label)), el('desc', { id: `${id}-desc` }, txt(description)),
    el('style', {}, styleSheet(page.theme)), el('rect', { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height), class: 'background' }), body);
}

function message(page: Page, heading: string, text: string): string {
    // 640 wide; a translated sentence, often longer, widens it.
    const width = page.lang === 'en' ? 640 : Math.max(640, Math.ceil(Math.max(textWidth(heading, 18, true), textWidth(text, 12)) + 48));
    return svgDocument(width, 120, page, heading, text, el('text', { x: 24, y: 48, class: 'title' }, txt(heading)) + el('text', { x: 24, y: 80, class: 'muted' }, txt(text)));
}

/**
 * Actual and ideal, stacked, with touchpoints of the same name in the same column; missing
 * ideal steps and extra actual steps are marked; both emotion curves share one band.
 */
function compareView(model: WorkspaceModel, gaps: Gap[], journey: JourneyModel, page: Page, locale: Locale, draw: DrawOptions): string {
    const say: Say = sayIn(locale);
    const pair = journeyPairs(model).find(p => p.actual.name === journey.name || p.ideal.name === journey.name);
    if (!pair) return message(page, say('compare.nothing', { journey: journey.name }), say('compare.nothingHelp', { journey: journey.name }));
    const { actualColumn, idealColumn } = alignColumns(touchpointsOf(pair.actual), touchpointsOf(pair.ideal));
    const ideal = layoutJourney(model, pair.ideal, gaps, t => idealColumn.get(t)!, locale);
    const actual = layoutJourney(model, pair.actual, gaps, t => actualColumn.get(t)!, locale);
    const width = Math.max(ideal.width, actual.width);
    const idealBottom = ideal.curve.top;
    const actualOffset = idealBottom + 24; // the actual journey starts right after the ideal grid
    const actualNames = new Set(touchpointsOf(pair.actual).map(t => t.name));
    const idealNames = new Set(touchpointsOf(pair.ideal).map(t => t.name));
    const marks = (cards: CardLayout[], names: Set<string>, kind: 'missing' | 'extra', dy: number) => cards
        .filter(c => !names.has(c.touchpoint.name))
        .map(c => el('g', { class: `${kind}-step`, 'data-touchpoint': c.touchpoint.name },
            el('rect', { x: c.x - 4, y: c.y - 4 + dy, width: c.width + 8, height: c.height + 8, rx: 10, class: kind }),
            el('text', { x: c.x, y: c.y - 8 + dy, class: 'muted', 'font-size': 11 }, txt(wrapText(say(kind === 'missing' ? 'compare.missing' : 'compare.extra'), c.width + 8, 11, 1)[0] ?? '')),
            title(say(kind === 'missing' ? 'compare.missingTooltip' : 'compare.extraTooltip', { touchpoint: c.touchpoint.name }))))
        .join('');
    const curveTop = actualOffset + actual.curve.top;
    const curveLayout: MapLayout = { ...actual, width, curve: { top: curveTop, height: LAYOUT.curveHeight, points: actual.curve.points.map(p => ({ ...p, y: p.y - actual.curve.top + curveTop })) } };
    const idealPoints = ideal.curve.points.map(p => ({ ...p, y: p.y - ideal.curve.top + curveTop }));
    const legendY = curveTop + LAYOUT.curveHeight + 8;
    const gapLegend = gapLegendLayout(markerSeverities([...ideal.cards, ...actual.cards]), width - 2 * LAYOUT.pad, say);
    const body = [
        el('g', { class: 'ideal-journey' }, drawJourneyMap(ideal, {}, draw), marks(ideal.cards, actualNames, 'missing', 0)),
        el('g', { class: 'actual-journey', transform: `translate(0 ${actualOffset})` }, drawJourneyMap(actual, {}, draw)),
        marks(actual.cards, idealNames, 'extra', actualOffset),
        drawCurve(curveLayout, { points: idealPoints }),
        el('text', { x: LAYOUT.pad, y: legendY + 14, class: 'muted' }, txt(say('compare.legend', { actual: pair.actual.name, ideal: pair.ideal.name }))),
        gapLegend.rows > 0 ? drawGapLegend(LAYOUT.pad, legendY + 28, gapLegend, say) : '',
    ].join('');
    const missing = ideal.cards.filter(c => !actualNames.has(c.touchpoint.name)).length;
    const extra = actual.cards.filter(c => !idealNames.has(c.touchpoint.name)).length;
    return svgDocument(width, legendY + 40 + gapLegend.rows * 26, page, say('compare.label', { actual: pair.actual.name, ideal: pair.ideal.name }),
        compareDescription(model, actual, ideal, gaps, missing, extra), body);
}

/**
 * Columns shared by two journeys: touchpoints with the same name, in the same order (the
 * longest common subsequence), share a column; the others get columns of their own.
 */
export function alignColumns(actual: TouchpointModel[], ideal: TouchpointModel[]): { actualColumn: Map<TouchpointModel, number>; idealColumn: Map<TouchpointModel, number> } {
    const n = actual.length;
    const m = ideal.length;
    const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i][j] = actual[i].name === ideal[j].name ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const actualColumn = new Map<TouchpointModel, number>();
    const idealColumn = new Map<TouchpointModel, number>();
    let i = 0;
    let j = 0;
    let column = 0;
    while (i < n || j < m) {
        if (i < n && j < m && actual[i].name === ideal[j].name) {
            actualColumn.set(actual[i++], column);
            idealColumn.set(ideal[j++], column++);
        } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            idealColumn.set(ideal[j++], column++);
        } else {
            actualColumn.set(actual[i++], column++);
        }
    }
    return { actualColumn, idealColumn };
}
