import type { Locale } from '../i18n/locales.js';
import type { Gap, Severity } from '../model/gap.js';
import { questionsOf, touchpointsOf, type JourneyModel, type Lane, type Range, type TouchpointModel, type WorkspaceModel } from '../model/journey-model.js';
import { gapsByPlace } from './gaps-by-place.js';
import { counted, sayIn, type Say } from './render-messages.js';
import { el, lines, round, title, txt } from './svg.js';
import { textWidth, wrapText } from './text.js';

export const LAYOUT = {
    pad: 24, labelWidth: 150, cardWidth: 212, columnGap: 36, rowGap: 20, cardPad: 10,
    line: 15, small: 14, stageHeader: 44, curveHeight: 150, laneHeight: 64,
} as const;

const FONT = 12;
/** No text is drawn smaller than 11px (at 100 %): the pains, metrics, lanes and the owner badge. */
const SMALL_FONT = 11;
const BADGE_FONT = 11;
/** `.heading` text (stage, channel and persona labels, the outcome) is 13px and bold; `.title` 18px bold. */
const HEADING_FONT = 13;
const TITLE_FONT = 18;
const BOLD = true;
/** Lane names share the label column with the channel names: up to the first stage band, less a margin. */
const LANE_LABEL_WIDTH = LAYOUT.labelWidth - LAYOUT.columnGap / 2 - 8;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];
const GAP_MARKER_RADIUS = 9;
const GAP_COUNT_FONT = 11;
/** The moment-of-truth star (14px) is about 0.85em wide in the usual fonts. */
const STAR_WIDTH = 13;
const GAP_LEGEND_HEIGHT = 26;
/** The row of touchpoints without a channel (a name no channel can have); its label is translated. */
const NO_CHANNEL = '(no channel)';

export interface CardLayout {
    touchpoint: TouchpointModel;
    /** The label of the stage the touchpoint is in, and of its channel (row), for its accessible name. */
    stage: string;
    channel: string;
    column: number;
    row: number;
    x: number;
    y: number;
    width: number;
    height: number;
    nameLines: string[];
    titleLines: string[];
    painLines: string[];
    metricLines: string[];
    gaps: Gap[];
}

export interface MapLayout {
    journey: JourneyModel;
    /** The language of the drawing's fixed words. */
    say: Say;
    width: number;
    height: number;
    headerLines: { text: string; kind: 'title' | 'heading' | 'body' | 'muted' }[];
    gridTop: number;
    channels: { name: string; label: string; y: number; height: number }[];
    stages: { name: string; label: string; x: number; width: number }[];
    cards: CardLayout[];
    curve: { top: number; height: number; points: { x: number; y: number; score: number; touchpoint: string }[] };
    lanes: { top: number; rows: { lane: Lane; y: number; items: { x: number; width: number; text: string[] }[] }[] } | undefined;
    legend: { top: number; lines: { text: string; kind: 'heading' | 'body' | 'muted' }[]; gaps: GapLegend };
}

export interface DrawOptions {
    /** Cards take keyboard focus (tabindex), in the order of the customer's path: for previews that act on a card. */
    interactive?: boolean;
}

/** Places every part of one journey's map. Pure: same model, same layout. */
export function layoutJourney(model: WorkspaceModel, journey: JourneyModel, gaps: Gap[], columnOf?: (touchpoint: TouchpointModel, index: number) => number, locale: Locale = 'en'): MapLayout {
    const { pad, labelWidth, cardWidth, columnGap, rowGap, stageHeader } = LAYOUT;
    const say = sayIn(locale);
    const touchpoints = touchpointsOf(journey);
    const column = columnOf ?? ((_t: TouchpointModel, i: number) => i);

    // Columns: one per touchpoint in step order; an empty stage still gets a column.
    const stageColumns: { name: string; label: string; first: number; last: number }[] = [];
    let nextColumn = 0;
    const columnByTouchpoint = new Map<TouchpointModel, number>();
    for (const stage of journey.stages) {
        const first = nextColumn;
        for (const touchpoint of stage.touchpoints) {
            const c = column(touchpoint, touchpoints.indexOf(touchpoint));
            columnByTouchpoint.set(touchpoint, c);
            nextColumn = Math.max(nextColumn, c + 1);
        }
        if (stage.touchpoints.length === 0) nextColumn++;
        stageColumns.push({ name: stage.name, label: stage.title ?? stage.name, first: Math.min(first, ...stage.touchpoints.map(t => columnByTouchpoint.get(t)!)), last: nextColumn - 1 });
    }
    const columns = Math.max(nextColumn, 1);
    const columnX = (c: number) => pad + labelWidth + c * (cardWidth + columnGap);
    const width = columnX(columns) - columnGap + pad;

    // Rows: the channels the journey uses, in declaration order; unknown ones after them.
    const declared = model.channels.map(c => c.name);
    const used = [...new Set(touchpoints.map(t => t.channel?.name ?? NO_CHANNEL))];
    const channelNames = [...declared.filter(n => used.includes(n)), ...used.filter(n => !declared.includes(n))];
    if (channelNames.length === 0) channelNames.push(NO_CHANNEL);

    const header = headerLines(model, journey, width - 2 * pad, say);
    const headerHeight = header.reduce((h, l) => h + (l.kind === 'title' ? 26 : LAYOUT.line + 2), 0);
    const gridTop = pad + headerHeight + 12;

    const gapsWithin = gapsByPlace(gaps);
    const cards: CardLayout[] = touchpoints.map(touchpoint => cardLayout(touchpoint, columnByTouchpoint.get(touchpoint)!, channelNames.indexOf(touchpoint.channel?.name ?? NO_CHANNEL), gapsWithin, say));
    journey.stages.forEach((stage, i) => { for (const card of cards) if (stage.touchpoints.includes(card.touchpoint)) card.stage = stageColumns[i].label; });
    const channels: MapLayout['channels'] = [];
    let y = gridTop + stageHeader;
    channelNames.forEach((name, row) => {
        const height = Math.max(70, ...cards.filter(c => c.row === row).map(c => c.height));
        const channel = model.channels.find(c => c.name === name);
        const label = channel?.title ?? (name === NO_CHANNEL && !channel ? say('map.noChannel') : name);
        channels.push({ name, label, y, height });
        for (const card of cards.filter(c => c.row === row)) {
            card.x = columnX(card.column);
            card.y = y;
            card.channel = label;
        }
        y += height + rowGap;
    });

    const stages = stageColumns.map(s => ({ name: s.name, label: s.label, x: columnX(s.first) - columnGap / 2, width: (s.last - s.first + 1) * (cardWidth + columnGap) }));

    const curveTop = y + 8;
    const curveHeight = LAYOUT.curveHeight;
    const points = cards.filter(c => c.touchpoint.emotion).map(c => ({
        x: c.x + cardWidth / 2,
        y: curveTop + 24 + ((5 - c.touchpoint.emotion!.score) / 4) * (curveHeight - 48),
        score: c.touchpoint.emotion!.score,
        touchpoint: c.touchpoint.name,
    }));
    y = curveTop + curveHeight + rowGap;

    const lanes = laneLayout(journey, cards, stages, y);
    if (lanes) y = lanes.rows[lanes.rows.length - 1].y + LAYOUT.laneHeight + rowGap;

    const legendLines = legend(journey, width - 2 * pad, say);
    const gapLegend = gapLegendLayout(markerSeverities(cards), width - 2 * pad, say);
    const legendTop = y + 8;
    const height = legendTop + gapLegend.rows * GAP_LEGEND_HEIGHT + legendLines.reduce((h, l) => h + (l.kind === 'heading' ? 22 : LAYOUT.line), 0) + pad;
    return {
        journey, say, width, height, headerLines: header, gridTop, channels, stages, cards,
        curve: { top: curveTop, height: curveHeight, points }, lanes, legend: { top: legendTop, lines: legendLines, gaps: gapLegend },
    };
}

function cardLayout(touchpoint: TouchpointModel, column: number, row: number, gapsWithin: (uri: string, range: Range) => Gap[], say: Say): CardLayout {
    const inner = LAYOUT.cardWidth - 2 * LAYOUT.cardPad;
    // A gap belongs to the card when it points inside the touchpoint (its name, emotion, channel, metric…).
    const own = gapsWithin(touchpoint.source.uri, touchpoint.source.range);
    const corner = cornerMarks(LAYOUT.cardWidth, own.length, touchpoint.momentOfTruth ?? false);
    const nameLines = wrapName(touchpoint.name, corner.nameRight - LAYOUT.cardPad);
    const titleLines = touchpoint.title ? wrapText(touchpoint.title, inner, FONT, 4) : [];
    const pains = [...touchpoint.pains.slice(0, 2)];
    if (touchpoint.givesUp) pains.push(touchpoint.giveUpReason ? say('map.givesUpBecause', { reason: touchpoint.giveUpReason }) : say('map.givesUp'));
    const painLines = pains.flatMap(p => wrapText(`⚠ ${p}`, inner, SMALL_FONT, 2));
    const metric = touchpoint.metrics[0];
    const metricLines = metric ? wrapText(metricText(metric, say), inner, SMALL_FONT, 2) : [];
    const height = LAYOUT.cardPad + nameLines.length * LAYOUT.line + titleLines.length * LAYOUT.line + 6
        + 22 + (touchpoint.emotion ? 22 : 0) + 4
        + painLines.length * LAYOUT.small + metricLines.length * LAYOUT.small + LAYOUT.cardPad;
    return { touchpoint, stage: '', channel: '', column, row, x: 0, y: 0, width: LAYOUT.cardWidth, height, nameLines, titleLines, painLines, metricLines, gaps: own };
}

/**
 * The card's top right corner, from its left edge: the gap marker (shape, then its count to
 * the left) at the edge, the moment-of-truth star left of them, and where the name must end.
 */
function cornerMarks(width: number, gapCount: number, momentOfTruth: boolean): { countRight: number; starRight: number; nameRight: number } {
    const countRight = width - 2 * GAP_MARKER_RADIUS - 8;
    const gapsLeft = gapCount > 0 ? countRight - textWidth(String(gapCount), GAP_COUNT_FONT, BOLD) : width - LAYOUT.cardPad;
    const starRight = gapsLeft - 4;
    const nameRight = (momentOfTruth ? starRight - STAR_WIDTH : gapsLeft) - 6;
    return { countRight, starRight, nameRight };
}

/**
 * A touchpoint's name is one word (`SearchFindsNothing`): when it does not fit, it breaks
 * between its CamelCase parts (`ResetsFromLock` / `Screen`), not wherever the line ends.
 */
function wrapName(name: string, maxWidth: number): string[] {
    if (textWidth(name, FONT, BOLD) <= maxWidth) return [name];
    const parts = name.replace(/(?<=[\p{Ll}\p{N}_])(?=\p{Lu})/gu, ' ');
    return wrapText(parts, maxWidth, FONT, 2, BOLD).map(line => line.replace(/ /g, ''));
}

function metricText(metric: TouchpointModel['metrics'][number], say: Say): string {
    const value = (q?: { value: number; unit?: string }) => (q ? `${q.value}${q.unit && q.unit !== '%' ? ` ${q.unit}` : q.unit ?? ''}` : '–');
    const comparison = metric.comparison === 'at-most' ? '≤ ' : metric.comparison === 'at-least' ? '≥ ' : '';
    return say('map.metric', { metric: metric.name, actual: value(metric.actual), target: `${comparison}${value(metric.target)}` });
}

function headerLines(model: WorkspaceModel, journey: JourneyModel, width: number, say: Say): MapLayout['headerLines'] {
    const out: MapLayout['headerLines'] = [];
    const heading = say(journey.kind === 'ideal' ? 'map.idealJourneyHeading' : 'map.journeyHeading', { title: journey.title ?? journey.name });
    for (const line of wrapText(heading, width, TITLE_FONT, 2, BOLD)) out.push({ text: line, kind: 'title' });
    const persona = journey.persona && model.personas.find(p => p.name === journey.persona!.name);
    if (persona) {
        for (const l of wrapText(say('map.persona', { persona: `${persona.name}${persona.title ? ` — ${persona.title}` : ''}` }), width, HEADING_FONT, 2, BOLD)) out.push({ text: l, kind: 'heading' });
        if (persona.description) for (const l of wrapText(persona.description, width, FONT, 3)) out.push({ text: l, kind: 'muted' });
        for (const goal of persona.goals) for (const l of wrapText(say('map.goal', { goal }), width, FONT, 2)) out.push({ text: l, kind: 'body' });
    } else if (journey.persona) {
        for (const l of wrapText(say('map.persona', { persona: journey.persona.name }), width, HEADING_FONT, 2, BOLD)) out.push({ text: l, kind: 'heading' });
    }
    if (journey.outcome) for (const l of wrapText(say('map.outcome', { outcome: journey.outcome }), width, HEADING_FONT, 3, BOLD)) out.push({ text: l, kind: 'heading' });
    return out;
}

function laneLayout(journey: JourneyModel, cards: CardLayout[], stages: MapLayout['stages'], top: number): MapLayout['lanes'] {
    const kinds = ['frontstage', 'backstage', 'support'] as const;
    const rows: NonNullable<MapLayout['lanes']>['rows'] = [];
    let y = top + 12;
    for (const lane of kinds) {
        const items: { x: number; width: number; text: string[] }[] = [];
        journey.stages.forEach((stage, i) => {
            for (const action of stage.lanes.filter(a => a.lane === lane)) {
                const band = stages[i];
                items.push({ x: band.x + 8, width: band.width - 16, text: wrapText(actionText(action), band.width - 32, SMALL_FONT, 3) });
            }
        });
        for (const card of cards) {
            const actions = card.touchpoint.lanes.filter(a => a.lane === lane);
            if (actions.length === 0) continue;
            const text = actions.flatMap(a => wrapText(actionText(a), LAYOUT.cardWidth - 16, SMALL_FONT, 3));
            items.push({ x: card.x, width: LAYOUT.cardWidth, text: text.slice(0, 3) });
        }
        if (items.length > 0) {
            rows.push({ lane, y, items });
            y += LAYOUT.laneHeight + 8;
        }
    }
    return rows.length > 0 ? { top, rows } : undefined;
}

function actionText(action: { text: string; actor?: { name: string } }): string {
    return action.actor ? `${action.text} (${action.actor.name})` : action.text;
}

function legend(journey: JourneyModel, width: number, say: Say): MapLayout['legend']['lines'] {
    const out: MapLayout['legend']['lines'] = [];
    if (journey.improvements.length > 0) {
        out.push({ text: say('map.improvements'), kind: 'heading' });
        for (const i of journey.improvements) {
            const text = `${i.priority ?? 'P?'}${i.status ? ` [${i.status}]` : ''} ${i.title ?? i.name}${i.addresses.length ? ` → ${i.addresses.map(a => a.name).join(', ')}` : ''}${i.owner ? ` ${say('map.improvementOwner', { owner: i.owner.name })}` : ''}`;
            for (const l of wrapText(text, width, FONT, 3)) out.push({ text: l, kind: 'body' });
        }
    }
    const open = questionsOf(journey).filter(q => !q.answer);
    if (open.length > 0) {
        out.push({ text: say('map.openQuestions'), kind: 'heading' });
        for (const q of open) for (const l of wrapText(`? ${q.text}`, width, FONT, 3)) out.push({ text: l, kind: 'muted' });
    }
    return out;
}

// ---------------------------------------------------------------------------------- drawing

export interface DrawParts {
    curve?: boolean;
    lanes?: boolean;
    legend?: boolean;
}

export function drawJourneyMap(layout: MapLayout, include: DrawParts = { curve: true, lanes: true, legend: true }, options: DrawOptions = {}): string {
    const { pad, labelWidth } = LAYOUT;
    const parts: string[] = [];
    let y: number = pad;
    for (const line of layout.headerLines) {
        y += line.kind === 'title' ? 22 : LAYOUT.line;
        parts.push(el('text', { x: pad, y, class: line.kind === 'body' ? undefined : line.kind }, txt(line.text)));
        y += line.kind === 'title' ? 4 : 2;
    }
    const gridBottom = layout.curve.top - 8;
    layout.stages.forEach((stage, i) => {
        parts.push(el('rect', { x: stage.x, y: layout.gridTop, width: stage.width, height: gridBottom - layout.gridTop, class: i % 2 ? 'band-alt' : 'band', 'data-stage': stage.name }));
        parts.push(lines(stage.x + 10, layout.gridTop + 18, LAYOUT.line, wrapText(stage.label, stage.width - 20, HEADING_FONT, 2, BOLD), { class: 'heading' }));
    });
    for (const channel of layout.channels) {
        parts.push(el('line', { x1: pad, x2: layout.width - pad, y1: channel.y - LAYOUT.rowGap / 2, y2: channel.y - LAYOUT.rowGap / 2, class: 'grid' }));
        // The label column ends where the first stage band begins, half a column gap before the cards.
        parts.push(lines(pad, channel.y + 16, LAYOUT.line, wrapText(channel.label, labelWidth - LAYOUT.columnGap / 2 - 8, HEADING_FONT, 3, BOLD), { class: 'heading', 'data-channel': channel.name }));
    }
    parts.push(drawPath(layout.cards, layout.say));
    // The cards, in the order of the customer's path: the order a screen reader reads them and Tab visits them.
    const inPathOrder = [...layout.cards].sort((a, b) => a.touchpoint.index - b.touchpoint.index);
    parts.push(el('g', { class: 'cards', role: 'list', 'aria-label': layout.say('a11y.cards') }, ...inPathOrder.map(card => drawCard(card, layout.say, options))));
    if (include.curve) parts.push(drawCurve(layout));
    if (include.lanes && layout.lanes) parts.push(drawLanes(layout));
    y = layout.legend.top;
    if (include.legend && layout.legend.gaps.rows > 0) {
        parts.push(drawGapLegend(pad, y + 4, layout.legend.gaps, layout.say));
        y += layout.legend.gaps.rows * GAP_LEGEND_HEIGHT;
    }
    for (const line of include.legend ? layout.legend.lines : []) {
        y += line.kind === 'heading' ? 20 : LAYOUT.line;
        parts.push(el('text', { x: pad, y, class: line.kind === 'body' ? undefined : line.kind }, txt(line.text)));
    }
    return parts.join('');
}

function drawCard(card: CardLayout, say: Say, options: DrawOptions): string {
    const { touchpoint: t, x, y, width, height } = card;
    const pad = LAYOUT.cardPad;
    const parts: string[] = [];
    parts.push(el('rect', { x, y, width, height, rx: 8, class: `card ${t.evidence ?? 'observed'}` }));
    let cy = y + pad + 11;
    parts.push(lines(x + pad, cy, LAYOUT.line, card.nameLines, { class: 'card-name' }));
    cy += card.nameLines.length * LAYOUT.line;
    parts.push(lines(x + pad, cy, LAYOUT.line, card.titleLines));
    cy += card.titleLines.length * LAYOUT.line + 2;
    // The owner badge, then the emotion face with its score and feeling, each on its own row.
    const owner = t.owner?.name ?? say('map.noOwner');
    const badgeWidth = Math.min(textWidth(owner, BADGE_FONT) + 14, width - 2 * pad);
    const ownerText = wrapText(owner, badgeWidth - 12, BADGE_FONT, 1)[0] ?? '';
    parts.push(el('g', { class: `owner${t.owner ? '' : ' unowned'}` }, el('rect', { x: x + pad, y: cy, width: badgeWidth, height: 18, rx: 9, class: 'badge' }),
        el('text', { x: x + pad + 7, y: cy + 13, class: 'badge-text' }, txt(ownerText)), title(say('map.ownerTooltip', { owner }))));
    cy += 22;
    if (t.emotion) {
        const score = Math.min(5, Math.max(1, Math.round(t.emotion.score)));
        const fx = x + pad + 8;
        const label = `${t.emotion.score}${t.emotion.feeling ? ` · ${t.emotion.feeling}` : ''}`;
        parts.push(el('g', { class: 'emotion', 'data-score': t.emotion.score }, face(fx, cy + 9, score),
            el('text', { x: fx + 14, y: cy + 13, class: 'muted' }, txt(wrapText(label, width - 2 * pad - 24, SMALL_FONT + 1, 1)[0] ?? '')),
            title(t.emotion.feeling ? say('map.emotionTooltipFeeling', { score: t.emotion.score, feeling: t.emotion.feeling }) : say('map.emotionTooltip', { score: t.emotion.score }))));
        cy += 22;
    }
    cy += 4;
    if (card.painLines.length > 0) {
        parts.push(lines(x + pad, cy + 8, LAYOUT.small, card.painLines, { class: 'pain-text', 'font-size': SMALL_FONT }));
        cy += card.painLines.length * LAYOUT.small;
    }
    parts.push(lines(x + pad, cy + 8, LAYOUT.small, card.metricLines, { class: 'muted', 'font-size': SMALL_FONT }));
    const corner = cornerMarks(width, card.gaps.length, t.momentOfTruth ?? false);
    if (t.momentOfTruth) {
        parts.push(el('g', { class: 'moment-of-truth' }, el('text', { x: x + corner.starRight, y: y + pad + 11, 'text-anchor': 'end', class: 'mot', 'font-size': 14 }, '★'), title(say('map.momentOfTruth'))));
    }
    if (card.gaps.length > 0) parts.push(gapMarker(x + width - GAP_MARKER_RADIUS - 4, y + GAP_MARKER_RADIUS + 4, card.gaps, say, x + corner.countRight));
    return el('g', {
        class: 'touchpoint', role: 'listitem', 'aria-label': cardLabel(card, say), tabindex: options.interactive ? 0 : undefined,
        'data-touchpoint': t.name, 'data-uri': t.source.uri,
        'data-line': t.source.range.start.line, 'data-character': t.source.range.start.character,
        'data-end-line': t.source.range.end.line, 'data-end-character': t.source.range.end.character,
    }, ...parts, title(`${t.name}${t.title ? `: ${t.title}` : ''}`));
}

function face(cx: number, cy: number, score: number): string {
    // Mouth: a curve from frown (1) to smile (5).
    const curve = (score - 3) * 2.2;
    return el('g', {},
        el('circle', { cx, cy, r: 8, class: `face emotion-${score}` }),
        el('circle', { cx: cx - 3, cy: cy - 2, r: 1.2, fill: '#fff' }),
        el('circle', { cx: cx + 3, cy: cy - 2, r: 1.2, fill: '#fff' }),
        el('path', { d: `M${round(cx - 4)} ${round(cy + 3)} Q${round(cx)} ${round(cy + 3 + curve)} ${round(cx + 4)} ${round(cy + 3)}`, stroke: '#fff', 'stroke-width': 1.4, fill: 'none' }));
}

/**
 * A card's gaps: the worst one's severity as a shape with a sign in it (error: octagon with
 * ✕, warning: triangle with !, info: circle with i, hint: diamond with a dot), so that it
 * does not rest on colour alone, and how many there are as text ending at `countRight`, left
 * of the shape. Its title (its accessible name) gives each gap's severity, code and message.
 */
export function gapMarker(cx: number, cy: number, gaps: Gap[], say: Say = sayIn('en'), countRight = cx - GAP_MARKER_RADIUS - 4): string {
    const worst = worstSeverity(gaps);
    const tooltip = gaps.map(g => `${say(`severity.${g.severity}`)} [${g.code}] ${g.message}`).join('\n');
    return el('g', { class: 'gap-marker', 'data-gaps': gaps.map(g => g.code).join(' '), 'data-severity': worst, role: 'img' },
        severityShape(cx, cy, worst),
        el('text', { x: countRight, y: cy + 4, 'text-anchor': 'end', class: 'gap-count' }, String(gaps.length)),
        title(tooltip));
}

export function worstSeverity(gaps: readonly Gap[]): Severity {
    return [...gaps].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0].severity;
}

/** The severities the map's markers show, worst first: what the legend explains. */
export function markerSeverities(cards: CardLayout[]): Severity[] {
    const shown = new Set(cards.filter(c => c.gaps.length > 0).map(c => worstSeverity(c.gaps)));
    return SEVERITIES.filter(s => shown.has(s));
}

/** A severity's shape and sign, centred on (cx, cy), about 18px across. */
function severityShape(cx: number, cy: number, severity: Severity): string {
    const r = GAP_MARKER_RADIUS;
    const polygon = (points: [number, number][]) => points.map(([px, py]) => `${round(cx + px)},${round(cy + py)}`).join(' ');
    const sign = (d: string) => el('path', { d, class: 'gap-sign' });
    const dot = (dy: number) => el('circle', { cx, cy: cy + dy, r: 1.4, class: 'gap-sign-dot' });
    const at = (dx1: number, dy1: number, dx2: number, dy2: number) => `M${round(cx + dx1)} ${round(cy + dy1)} L${round(cx + dx2)} ${round(cy + dy2)}`;
    if (severity === 'error') {
        const corners = Array.from({ length: 8 }, (_, i) => { const a = Math.PI / 8 + (i * Math.PI) / 4; return [Math.cos(a) * (r + 0.5), Math.sin(a) * (r + 0.5)] as [number, number]; });
        return el('g', { class: 'gap-shape' }, el('polygon', { points: polygon(corners), class: 'gap-error' }), sign(`${at(-3.5, -3.5, 3.5, 3.5)} ${at(3.5, -3.5, -3.5, 3.5)}`));
    }
    if (severity === 'warning') {
        return el('g', { class: 'gap-shape' }, el('polygon', { points: polygon([[0, -r - 1.5], [r + 1.5, r - 0.5], [-r - 1.5, r - 0.5]]), class: 'gap-warning' }), sign(at(0, -3.5, 0, 2)), dot(5));
    }
    if (severity === 'info') {
        return el('g', { class: 'gap-shape' }, el('circle', { cx, cy, r, class: 'gap-info' }), sign(at(0, -1, 0, 5)), dot(-4.5));
    }
    return el('g', { class: 'gap-shape' }, el('polygon', { points: polygon([[0, -r], [r, 0], [0, r], [-r, 0]]), class: 'gap-hint' }), dot(0));
}

export interface GapLegend {
    rows: number;
    /** Each shape and its word, from the legend's left edge; the heading is on the first row. */
    items: { severity: Severity; x: number; row: number }[];
}

/** The legend of the markers: its heading, then each shape shown with its severity's word, wrapped to `width`. */
export function gapLegendLayout(severities: Severity[], width: number, say: Say): GapLegend {
    if (severities.length === 0) return { rows: 0, items: [] };
    let row = 0;
    let at = textWidth(say('a11y.legendGaps'), HEADING_FONT, BOLD) + 12;
    const items: GapLegend['items'] = [];
    for (const severity of severities) {
        const itemWidth = 2 * GAP_MARKER_RADIUS + 6 + textWidth(say(`severity.${severity}`), FONT);
        if (at > 0 && at + itemWidth > width) { row++; at = 0; }
        items.push({ severity, x: at, row });
        at += itemWidth + 16;
    }
    return { rows: row + 1, items };
}

export function drawGapLegend(x: number, y: number, legend: GapLegend, say: Say): string {
    const parts = [el('text', { x, y: y + 13, class: 'heading' }, txt(say('a11y.legendGaps')))];
    for (const item of legend.items) {
        const top = y + item.row * GAP_LEGEND_HEIGHT;
        parts.push(el('g', { class: 'gap-legend-item', 'aria-hidden': 'true' }, severityShape(x + item.x + GAP_MARKER_RADIUS, top + 9, item.severity)),
            el('text', { x: x + item.x + 2 * GAP_MARKER_RADIUS + 6, y: top + 13 }, txt(say(`severity.${item.severity}`))));
    }
    return el('g', { class: 'gap-legend' }, ...parts);
}

/** A card's accessible name: where it is (stage › touchpoint), then what its marks show. */
function cardLabel(card: CardLayout, say: Say): string {
    const t = card.touchpoint;
    const parts = [
        say('a11y.card', { stage: card.stage, touchpoint: t.title ? `${t.name}: ${t.title}` : t.name }),
        say('a11y.cardChannel', { channel: card.channel }),
        say('map.ownerTooltip', { owner: t.owner?.name ?? say('map.noOwner') }),
    ];
    if (t.emotion) parts.push(t.emotion.feeling ? say('map.emotionTooltipFeeling', { score: t.emotion.score, feeling: t.emotion.feeling }) : say('map.emotionTooltip', { score: t.emotion.score }));
    if (t.momentOfTruth) parts.push(say('map.momentOfTruth'));
    if (t.givesUp) parts.push(say('map.givesUp'));
    if (card.gaps.length > 0) parts.push(say('a11y.cardGaps', { gaps: counted(say, card.gaps.length, 'gap'), severity: say(`severity.${worstSeverity(card.gaps)}`) }));
    return parts.join('; ');
}

function drawPath(cards: CardLayout[], say: Say): string {
    const parts: string[] = [];
    const ordered = [...cards].sort((a, b) => a.touchpoint.index - b.touchpoint.index);
    for (let i = 1; i < ordered.length; i++) {
        const from = ordered[i - 1];
        const to = ordered[i];
        const hop = from.touchpoint.channel?.name !== to.touchpoint.channel?.name;
        const x1 = from.x + from.width;
        const y1 = from.y + Math.min(from.height, to.height) / 2;
        const x2 = to.x - 6;
        const y2 = to.y + Math.min(from.height, to.height) / 2;
        const mid = (x1 + x2) / 2;
        const d = y1 === y2 ? `M${round(x1)} ${round(y1)} L${round(x2)} ${round(y2)}` : `M${round(x1)} ${round(y1)} C${round(mid)} ${round(y1)} ${round(mid)} ${round(y2)} ${round(x2)} ${round(y2)}`;
        parts.push(el('g', { class: 'step', 'data-from': from.touchpoint.name, 'data-to': to.touchpoint.name },
            el('path', { d, class: `path${hop ? ' hop' : ''}` }),
            el('path', { d: `M${round(x2)} ${round(y2 - 4)} L${round(x2 + 6)} ${round(y2)} L${round(x2)} ${round(y2 + 4)} Z`, class: `arrow${hop ? ' hop' : ''}` }),
            hop ? title(say('map.channelSwitch', { from: from.touchpoint.channel?.name ?? say('map.channelSwitchNone'), to: to.touchpoint.channel?.name ?? say('map.channelSwitchNone') })) : ''));
    }
    return el('g', { class: 'customer-path' }, ...parts);
}

function drawCurve(layout: MapLayout, extra?: { points: MapLayout['curve']['points'] }): string {
    const { top, height, points } = layout.curve;
    const { pad } = LAYOUT;
    const { say } = layout;
    const parts: string[] = [el('text', { x: pad, y: top + 18, class: 'heading' }, txt(say('map.emotion')))];
    for (const score of [1, 3, 5]) {
        const gy = top + 24 + ((5 - score) / 4) * (height - 48);
        parts.push(el('line', { x1: pad + LAYOUT.labelWidth - 20, x2: layout.width - pad, y1: gy, y2: gy, class: 'grid' }));
        parts.push(el('text', { x: pad + LAYOUT.labelWidth - 26, y: gy + 4, 'text-anchor': 'end', class: 'muted' }, String(score)));
    }
    const series = [{ points, ideal: false }, ...(extra ? [{ points: extra.points, ideal: true }] : [])];
    for (const s of series) {
        if (s.points.length > 1) parts.push(el('path', { d: s.points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' '), class: `curve${s.ideal ? ' ideal' : ''}` }));
        for (const p of s.points) {
            const score = Math.min(5, Math.max(1, Math.round(p.score)));
            parts.push(el('circle', { cx: p.x, cy: p.y, r: s.ideal ? 4 : 5.5, class: `emotion-${score}`, 'data-touchpoint': p.touchpoint }, title(say(s.ideal ? 'map.pointTooltipIdeal' : 'map.pointTooltip', { touchpoint: p.touchpoint, score: p.score }))));
        }
    }
    return el('g', { class: 'emotion-curve' }, ...parts);
}

export { drawCurve };

function drawLanes(layout: MapLayout): string {
    const lanes = layout.lanes!;
    const { pad } = LAYOUT;
    const parts: string[] = [
        el('line', { x1: pad, x2: layout.width - pad, y1: lanes.top, y2: lanes.top, class: 'visibility' }),
        el('text', { x: layout.width - pad, y: lanes.top - 6, 'text-anchor': 'end', class: 'muted' }, txt(layout.say('map.lineOfVisibility'))),
    ];
    for (const row of lanes.rows) {
        // A lane's name stays in the label column, on two lines where it must ("διαδικασίες υποστήριξης").
        const label = wrapText(layout.say(`map.lane.${row.lane}`), LANE_LABEL_WIDTH, HEADING_FONT, 2, BOLD);
        parts.push(label.length === 1 ? el('text', { x: pad, y: row.y + 16, class: 'heading' }, txt(label[0])) : lines(pad, row.y + 16, LAYOUT.line, label, { class: 'heading' }));
        for (const item of row.items) {
            parts.push(el('rect', { x: item.x, y: row.y, width: item.width, height: LAYOUT.laneHeight - 8, rx: 6, class: 'band-alt' }));
            parts.push(lines(item.x + 8, row.y + 16, LAYOUT.small, item.text, { 'font-size': SMALL_FONT }));
        }
    }
    return el('g', { class: 'blueprint' }, ...parts);
}
