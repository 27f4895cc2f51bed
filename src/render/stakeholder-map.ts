import type { Locale } from '../i18n/locales.js';
import { touchpointsOf, type Level, type WorkspaceModel } from '../model/journey-model.js';
import { sayIn } from './render-messages.js';
import { el, lines, title, txt } from './svg.js';
import { wrapText } from './text.js';

const LEVELS: Level[] = ['low', 'medium', 'high'];
const CELL_W = 240;
const CELL_H = 130;
const LEFT = 110;
const TOP = 70;

/** Influence (up) against interest (across), method step 2, with what each stakeholder owns. */
export function drawStakeholderMap(model: WorkspaceModel, locale: Locale = 'en'): { width: number; height: number; body: string } {
    const say = sayIn(locale);
    const owned = new Map<string, number>();
    for (const journey of model.journeys) {
        for (const t of touchpointsOf(journey)) if (t.owner) owned.set(t.owner.name, (owned.get(t.owner.name) ?? 0) + 1);
    }
    const labelOf = (s: WorkspaceModel['stakeholders'][number]) => {
        const count = owned.get(s.name);
        return wrapText(count ? say('stakeholders.owns', { stakeholder: s.title ?? s.name, count }) : s.title ?? s.name, CELL_W - 20, 12, 2);
    };
    const at = (interest: Level, influence: Level) => model.stakeholders.filter(s => (s.interest ?? 'medium') === interest && (s.influence ?? 'medium') === influence);
    // A row is CELL_H high, or taller when one of its cells holds more labels than fit: no stakeholder is left out.
    const rowHeight = LEVELS.map(influence => Math.max(CELL_H, ...LEVELS.map(interest =>
        at(interest, influence).reduce((h, s) => h + labelOf(s).length * 15 + 4, 20 - 4))));
    const rowTop = (row: number) => TOP + rowHeight.slice(row + 1).reduce((a, b) => a + b, 0); // high influence on top
    const gridHeight = rowHeight.reduce((a, b) => a + b, 0);
    const parts: string[] = [
        el('text', { x: 24, y: 34, class: 'title' }, txt(say('stakeholders.title'))),
        el('text', { x: LEFT + (3 * CELL_W) / 2, y: TOP + gridHeight + 34, 'text-anchor': 'middle', class: 'heading' }, txt(say('stakeholders.interest'))),
        el('text', { x: 30, y: TOP + gridHeight / 2, 'text-anchor': 'middle', class: 'heading', transform: `rotate(-90 30 ${TOP + gridHeight / 2})` }, txt(say('stakeholders.influence'))),
    ];
    LEVELS.forEach((interest, col) => {
        parts.push(el('text', { x: LEFT + col * CELL_W + CELL_W / 2, y: TOP + gridHeight + 16, 'text-anchor': 'middle', class: 'muted' }, txt(say(`stakeholders.interest.${interest}`))));
        LEVELS.forEach((influence, row) => {
            const x = LEFT + col * CELL_W;
            const y = rowTop(row);
            parts.push(el('rect', { x, y, width: CELL_W, height: rowHeight[row], class: (col + row) % 2 ? 'band-alt' : 'band' }));
            if (col === 0) parts.push(el('text', { x: LEFT - 8, y: y + rowHeight[row] / 2, 'text-anchor': 'end', class: 'muted' }, txt(say(`stakeholders.influence.${influence}`))));
            let ly = y + 20;
            for (const s of at(interest, influence)) {
                const label = labelOf(s);
                parts.push(el('g', { class: 'stakeholder', 'data-stakeholder': s.name }, lines(x + 10, ly, 15, label), title(say('stakeholders.tooltip', {
                    stakeholder: s.title ? `${s.title} (${s.name})` : s.name,
                    influence: s.influence ? say(`stakeholders.influence.${s.influence}`) : say('stakeholders.notRated'),
                    interest: s.interest ? say(`stakeholders.interest.${s.interest}`) : say('stakeholders.notRated'),
                }))));
                ly += label.length * 15 + 4;
            }
        });
    });
    const unrated = model.stakeholders.filter(s => !s.interest || !s.influence).map(s => s.name);
    const noteY = TOP + gridHeight + 60;
    if (unrated.length > 0) parts.push(lines(24, noteY, 15, wrapText(say('stakeholders.placedAtMedium', { names: unrated.join(', ') }), LEFT + 3 * CELL_W - 24, 12, 3), { class: 'muted' }));
    if (model.stakeholders.length === 0) parts.push(el('text', { x: LEFT, y: TOP - 16, class: 'muted' }, txt(say('stakeholders.none'))));
    return { width: LEFT + 3 * CELL_W + 24, height: noteY + 40, body: parts.join('') };
}
