import { touchpointsOf, type Level, type WorkspaceModel } from '../model/journey-model.js';
import { el, lines, title, txt } from './svg.js';
import { wrapText } from './text.js';

const LEVELS: Level[] = ['low', 'medium', 'high'];
const CELL_W = 240;
const CELL_H = 130;
const LEFT = 110;
const TOP = 70;

/** Influence (up) against interest (across), method step 2, with what each stakeholder owns. */
export function drawStakeholderMap(model: WorkspaceModel): { width: number; height: number; body: string } {
    const owned = new Map<string, number>();
    for (const journey of model.journeys) {
        for (const t of touchpointsOf(journey)) if (t.owner) owned.set(t.owner.name, (owned.get(t.owner.name) ?? 0) + 1);
    }
    const parts: string[] = [
        el('text', { x: 24, y: 34, class: 'title' }, 'Stakeholder map'),
        el('text', { x: LEFT + (3 * CELL_W) / 2, y: TOP + 3 * CELL_H + 34, 'text-anchor': 'middle', class: 'heading' }, 'Interest →'),
        el('text', { x: 30, y: TOP + (3 * CELL_H) / 2, 'text-anchor': 'middle', class: 'heading', transform: `rotate(-90 30 ${TOP + (3 * CELL_H) / 2})` }, 'Influence →'),
    ];
    LEVELS.forEach((interest, col) => {
        parts.push(el('text', { x: LEFT + col * CELL_W + CELL_W / 2, y: TOP + 3 * CELL_H + 16, 'text-anchor': 'middle', class: 'muted' }, interest));
        LEVELS.forEach((influence, row) => {
            const x = LEFT + col * CELL_W;
            const y = TOP + (2 - row) * CELL_H;
            parts.push(el('rect', { x, y, width: CELL_W, height: CELL_H, class: (col + row) % 2 ? 'band-alt' : 'band' }));
            if (col === 0) parts.push(el('text', { x: LEFT - 8, y: y + CELL_H / 2, 'text-anchor': 'end', class: 'muted' }, influence));
            const here = model.stakeholders.filter(s => (s.interest ?? 'medium') === interest && (s.influence ?? 'medium') === influence);
            let ly = y + 20;
            for (const s of here) {
                const label = wrapText(`${s.title ?? s.name}${owned.get(s.name) ? ` · owns ${owned.get(s.name)}` : ''}`, CELL_W - 20, 12, 2);
                if (ly + label.length * 15 > y + CELL_H) break;
                parts.push(el('g', { class: 'stakeholder', 'data-stakeholder': s.name }, lines(x + 10, ly, 15, label), title(`${s.name}: influence ${s.influence ?? 'not rated'}, interest ${s.interest ?? 'not rated'}`)));
                ly += label.length * 15 + 4;
            }
        });
    });
    const unrated = model.stakeholders.filter(s => !s.interest || !s.influence).map(s => s.name);
    const noteY = TOP + 3 * CELL_H + 60;
    if (unrated.length > 0) parts.push(lines(24, noteY, 15, wrapText(`Placed at medium where not rated: ${unrated.join(', ')}`, LEFT + 3 * CELL_W - 24, 12, 3), { class: 'muted' }));
    if (model.stakeholders.length === 0) parts.push(el('text', { x: LEFT, y: TOP - 16, class: 'muted' }, txt('No stakeholders are declared yet.')));
    return { width: LEFT + 3 * CELL_W + 24, height: noteY + 40, body: parts.join('') };
}
