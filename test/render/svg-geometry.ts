/**
 * Geometry checks for rendered SVG, measured by a real browser. `MEASURE_SVG` runs in the
 * page (it is plain JavaScript source, so that no transpiler helper leaks into it); the
 * checks below run in Node on what it returns, and describe each problem in words.
 */

export interface Box { x: number; y: number; width: number; height: number }

export interface TextLine { text: string; box: Box }

export interface MeasuredText {
    text: string;
    className: string;
    /** getBBox() of the <text> element, in the drawing's coordinates. */
    box: Box;
    /** One box per line: each <tspan>, or the <text> itself when it has none. */
    lines: TextLine[];
    /** The computed font size in px, at the drawing's own scale (100 %). */
    fontSize: number;
}

export interface MeasuredCard {
    name: string;
    /** The journey group the card sits in ('ideal-journey', 'actual-journey') or ''. */
    group: string;
    box: Box;
    texts: MeasuredText[];
    badge?: { box: Box; text: MeasuredText };
}

export interface MeasuredStakeholder { name: string; text: MeasuredText; cell?: Box }

export interface Measurement {
    parse: { errors: string[]; elementNames: string[] };
    width: number;
    height: number;
    viewBox: string;
    /** Every drawn element (rect, text, line, path, circle), for the bounds check. */
    elements: { tag: string; className: string; label: string; box: Box }[];
    cards: MeasuredCard[];
    stakeholders: MeasuredStakeholder[];
    /** Each stage's band and the label drawn on it (map and compare views). */
    stages: { name: string; band: Box; label?: MeasuredText }[];
    /** The channel (row) labels in the left column. */
    channels: { name: string; label: MeasuredText }[];
    /** Every <text> in the drawing. */
    texts: MeasuredText[];
    /** The text content of every <title>. */
    titles: string[];
}

/** Source of a function (raw SVG string) => Measurement, run in the page that shows the SVG. */
export const MEASURE_SVG = String.raw`(raw) => {
    const parsed = new DOMParser().parseFromString(raw, 'image/svg+xml');
    const errors = [...parsed.getElementsByTagName('parsererror')].map(e => e.textContent.trim());
    const elementNames = [...new Set([...parsed.getElementsByTagName('*')].map(e => e.localName))].sort();

    const svg = document.querySelector('body > svg');
    const toRoot = (el, b) => {
        const m = el.getCTM();
        const pts = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
            .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
        const xs = pts.map(p => p.x), ys = pts.map(p => p.y);
        const x = Math.min(...xs), y = Math.min(...ys);
        return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    };
    const box = el => toRoot(el, el.getBBox());
    const charsBox = (el, owner) => {
        const n = el.getNumberOfChars();
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (let i = 0; i < n; i++) {
            const r = el.getExtentOfChar(i);
            x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.x + r.width); y1 = Math.max(y1, r.y + r.height);
        }
        return n === 0 ? toRoot(owner, { x: 0, y: 0, width: 0, height: 0 }) : toRoot(owner, { x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
    };
    const measureText = t => {
        const spans = [...t.querySelectorAll('tspan')];
        return {
            text: spans.length ? spans.map(s => s.textContent).join(' / ') : t.textContent,
            className: t.getAttribute('class') || '',
            box: box(t),
            lines: spans.length ? spans.map(s => ({ text: s.textContent, box: charsBox(s, t) })) : [{ text: t.textContent, box: box(t) }],
            fontSize: parseFloat(getComputedStyle(t).fontSize),
        };
    };
    const elements = [...svg.querySelectorAll('rect, text, line, path, circle')].map(e => {
        const owner = e.closest('[data-touchpoint], [data-stakeholder], [data-stage], [data-channel], g[class]');
        const what = owner && owner !== e ? (owner.getAttribute('data-touchpoint') || owner.getAttribute('data-stakeholder') || owner.getAttribute('class')) : '';
        const own = e.getAttribute('data-stage') || e.getAttribute('data-channel') || (e.localName === 'text' ? e.textContent.slice(0, 80) : '');
        return { tag: e.localName, className: e.getAttribute('class') || '', label: [what, own].filter(Boolean).join(': '), box: box(e) };
    });
    const cards = [...svg.querySelectorAll('g.touchpoint')].map(g => {
        const rect = g.querySelector(':scope > rect.card');
        const badgeRect = g.querySelector('g.owner > rect.badge');
        const badgeText = g.querySelector('g.owner > text');
        const group = g.closest('g.ideal-journey, g.actual-journey');
        return {
            name: g.getAttribute('data-touchpoint'),
            group: group ? group.getAttribute('class') : '',
            box: rect ? box(rect) : { x: 0, y: 0, width: 0, height: 0 },
            texts: [...g.querySelectorAll('text')].map(measureText),
            badge: badgeRect && badgeText ? { box: box(badgeRect), text: measureText(badgeText) } : undefined,
        };
    });
    const cells = [...svg.querySelectorAll(':scope > rect.band, :scope > rect.band-alt')];
    const stakeholders = [...svg.querySelectorAll('g.stakeholder')].map(g => {
        const t = g.querySelector('text');
        const x = Number(t.getAttribute('x')), y = Number(t.getAttribute('y'));
        const cell = cells.find(c => { const b = c.getBBox(); return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height; });
        return { name: g.getAttribute('data-stakeholder'), text: measureText(t), cell: cell ? box(cell) : undefined };
    });
    const stages = [...svg.querySelectorAll('rect[data-stage]')].map(r => {
        const next = r.nextElementSibling;
        return { name: r.getAttribute('data-stage'), band: box(r), label: next && next.localName === 'text' ? measureText(next) : undefined };
    });
    const channels = [...svg.querySelectorAll('text[data-channel]')].map(t => ({ name: t.getAttribute('data-channel'), label: measureText(t) }));
    return {
        parse: { errors, elementNames },
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
        viewBox: svg.getAttribute('viewBox') || '',
        elements, cards, stakeholders, stages, channels,
        texts: [...svg.querySelectorAll('text')].map(measureText),
        titles: [...svg.querySelectorAll('title')].map(t => t.textContent),
    };
}`;

export const ALLOWED_ELEMENTS = ['svg', 'title', 'desc', 'style', 'rect', 'g', 'text', 'tspan', 'line', 'path', 'circle', 'polygon'];

const TOLERANCE = 1;

export function inside(inner: Box, outer: Box, tolerance = TOLERANCE): boolean {
    return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance
        && inner.x + inner.width <= outer.x + outer.width + tolerance
        && inner.y + inner.height <= outer.y + outer.height + tolerance;
}

export function overlapArea(a: Box, b: Box): number {
    const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0;
}

export function showBox(b: Box): string {
    const r = (n: number) => Math.round(n * 10) / 10;
    return `[x ${r(b.x)}..${r(b.x + b.width)}, y ${r(b.y)}..${r(b.y + b.height)}]`;
}

/** How far `inner` sticks out of `outer`, in words: "right by 12.3px, bottom by 2px". */
function overflow(inner: Box, outer: Box): string {
    const r = (n: number) => Math.round(n * 10) / 10;
    const sides = [
        ['left', outer.x - inner.x], ['top', outer.y - inner.y],
        ['right', inner.x + inner.width - (outer.x + outer.width)], ['bottom', inner.y + inner.height - (outer.y + outer.height)],
    ] as const;
    return sides.filter(([, d]) => d > TOLERANCE).map(([side, d]) => `${side} by ${r(d)}px`).join(', ');
}

const quote = (text: string) => JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** Checks 1 and 2: text inside its card (and the owner's name inside its badge); no two lines of text in a card overlap. */
export function cardProblems(m: Measurement): string[] {
    const problems: string[] = [];
    for (const card of m.cards) {
        const where = `card ${card.group ? `${card.group} ` : ''}${quote(card.name)}`;
        for (const t of card.texts) {
            if (!inside(t.box, card.box)) problems.push(`${where}: text ${quote(t.text)} sticks out of the card (${overflow(t.box, card.box)}): text ${showBox(t.box)}, card ${showBox(card.box)}`);
        }
        if (card.badge && !inside(card.badge.text.box, card.badge.box)) {
            problems.push(`${where}: owner ${quote(card.badge.text.text)} sticks out of its badge (${overflow(card.badge.text.box, card.badge.box)})`);
        }
        const lines = card.texts.flatMap((t, i) => t.lines.map(line => ({ ...line, owner: i })));
        for (let i = 0; i < lines.length; i++) {
            for (let j = i + 1; j < lines.length; j++) {
                const area = overlapArea(lines[i].box, lines[j].box);
                if (area > 1) problems.push(`${where}: text ${quote(lines[i].text)} overlaps ${quote(lines[j].text)} by ${Math.round(area)}px² (${showBox(lines[i].box)} and ${showBox(lines[j].box)})`);
            }
        }
    }
    return problems;
}

/** Check 3: no card overlaps another. */
export function cardOverlapProblems(m: Measurement): string[] {
    const problems: string[] = [];
    for (let i = 0; i < m.cards.length; i++) {
        for (let j = i + 1; j < m.cards.length; j++) {
            const [a, b] = [m.cards[i], m.cards[j]];
            const area = overlapArea(a.box, b.box);
            if (area > 1) problems.push(`card ${a.group} ${quote(a.name)} ${showBox(a.box)} overlaps card ${b.group} ${quote(b.name)} ${showBox(b.box)} by ${Math.round(area)}px²`);
        }
    }
    return problems;
}

/** Check 4: every stakeholder label inside its cell; no two labels overlap. */
export function stakeholderProblems(m: Measurement): string[] {
    const problems: string[] = [];
    for (const s of m.stakeholders) {
        if (!s.cell) problems.push(`stakeholder ${quote(s.name)}: label ${quote(s.text.text)} does not start inside any cell`);
        else if (!inside(s.text.box, s.cell)) problems.push(`stakeholder ${quote(s.name)}: label ${quote(s.text.text)} sticks out of its cell (${overflow(s.text.box, s.cell)})`);
    }
    for (let i = 0; i < m.stakeholders.length; i++) {
        for (let j = i + 1; j < m.stakeholders.length; j++) {
            const [a, b] = [m.stakeholders[i], m.stakeholders[j]];
            const area = overlapArea(a.text.box, b.text.box);
            if (area > 1) problems.push(`stakeholder ${quote(a.name)} label ${quote(a.text.text)} overlaps ${quote(b.name)} label ${quote(b.text.text)} by ${Math.round(area)}px²`);
        }
    }
    return problems;
}

/** Check 5: nothing is drawn outside the svg's width and height (which the viewBox matches). */
export function boundsProblems(m: Measurement): string[] {
    const problems: string[] = [];
    if (m.viewBox !== `0 0 ${m.width} ${m.height}`) problems.push(`viewBox ${quote(m.viewBox)} does not match width ${m.width} and height ${m.height}`);
    const page: Box = { x: 0, y: 0, width: m.width, height: m.height };
    for (const e of m.elements) {
        if (!inside(e.box, page)) problems.push(`<${e.tag}${e.className ? ` class="${e.className}"` : ''}> ${e.label ? quote(e.label) : ''} ${showBox(e.box)} is outside the ${m.width}×${m.height} drawing (${overflow(e.box, page)})`);
    }
    return problems;
}

/** Check 6: the raw SVG parses as XML and uses only the expected elements. */
export function parseProblems(m: Measurement): string[] {
    const problems = m.parse.errors.map(e => `the SVG does not parse: ${e}`);
    const unexpected = m.parse.elementNames.filter(n => !ALLOWED_ELEMENTS.includes(n));
    if (unexpected.length > 0) problems.push(`unexpected elements in the SVG: ${unexpected.join(', ')}`);
    return problems;
}

/** Smaller text than this (px at 100 %) is hard to read: the accessibility brief's floor. */
export const SMALLEST_TEXT_PX = 11;

/** No text is smaller than SMALLEST_TEXT_PX. */
export function textSizeProblems(m: Measurement): string[] {
    return m.texts.filter(t => !(t.fontSize >= SMALLEST_TEXT_PX))
        .map(t => `text ${JSON.stringify(t.text.slice(0, 60))} (class "${t.className}") is ${t.fontSize}px, under ${SMALLEST_TEXT_PX}px`);
}

/** Beyond the brief's list: no two lines of text anywhere in the drawing overlap. */
export function textOverlapProblems(m: Measurement): string[] {
    const problems: string[] = [];
    const lines = m.texts.flatMap((t, i) => t.lines.map(line => ({ ...line, owner: i })));
    for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) {
            if (lines[i].owner === lines[j].owner) continue;
            const area = overlapArea(lines[i].box, lines[j].box);
            if (area > 1) problems.push(`text ${quote(lines[i].text)} ${showBox(lines[i].box)} overlaps text ${quote(lines[j].text)} ${showBox(lines[j].box)} by ${Math.round(area)}px²`);
        }
    }
    return problems;
}

/**
 * Beyond the brief's list: a stage's label stays on its band, a channel's label stays in the
 * left column (before the first band), and no text that is not part of a card lies on a card.
 */
export function labelProblems(m: Measurement): string[] {
    const problems: string[] = [];
    for (const stage of m.stages) {
        if (!stage.label) problems.push(`stage ${quote(stage.name)} has no label after its band`);
        else if (!inside(stage.label.box, stage.band)) problems.push(`stage ${quote(stage.name)}: label ${quote(stage.label.text)} sticks out of its band (${overflow(stage.label.box, stage.band)})`);
    }
    const gridLeft = Math.min(...m.stages.map(s => s.band.x));
    for (const channel of m.channels) {
        const right = channel.label.box.x + channel.label.box.width;
        if (right > gridLeft + TOLERANCE) problems.push(`channel ${quote(channel.name)}: label ${quote(channel.label.text)} runs ${Math.round(right - gridLeft)}px into the grid (ends at x ${Math.round(right)}, the first stage starts at x ${Math.round(gridLeft)})`);
    }
    const inCards = new Set(m.cards.flatMap(c => c.texts.map(t => JSON.stringify(t.box))));
    for (const text of m.texts) {
        if (inCards.has(JSON.stringify(text.box))) continue;
        for (const line of text.lines) {
            for (const card of m.cards) {
                const area = overlapArea(line.box, card.box);
                if (area > 1) problems.push(`text ${quote(line.text)} ${showBox(line.box)}, not part of the card, lies on card ${card.group} ${quote(card.name)} ${showBox(card.box)} by ${Math.round(area)}px²`);
            }
        }
    }
    return problems;
}
