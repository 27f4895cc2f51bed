import { describe, expect, test } from 'vitest';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { touchpointsOf } from '../../src/model/journey-model.js';
import { LAYOUT, layoutJourney } from '../../src/render/journey-map.js';
import { alignColumns, renderSvg } from '../../src/render/render-svg.js';
import { escapeXml, textWidth, wrapText } from '../../src/render/text.js';
import { modelOf, PEOPLE } from '../model/model-test-helpers.js';

const MAP = `journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Detect "Can't log in" {
        touchpoint Locked "Locked out" { channel Device owner Iam emotion 2 confused }
    }
    stage Help "Looks for help" {
        touchpoint Call "Calls the desk" { channel Phone owner Desk emotion 1 angry moment of truth gives up
            pain "Queue too long"
            metric Wait actual 12 min target <= 5 min
            backstage "Agents on backlog" by Desk
        }
        touchpoint Portal "Tries the portal" { channel Portal owner Desk emotion 4 relieved }
    }
    stage Later "Follow-up"
    improvement Callback "Offer a callback" { addresses Call owner Desk priority P1 }
    question "Why phone first?"
}
`;

async function setup(map = MAP) {
    const model = await modelOf({ 'people.journey': PEOPLE, 'map.journey': map });
    const gaps = analyseGaps(model);
    return { model, gaps, journey: model.journeys[0] };
}

describe('text', () => {
    test('escaping leaves no markup', () => {
        expect(escapeXml(`"><script>alert(1)</script><img src=x onerror=alert(2)>]]>&amp;'`))
            .toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;]]&gt;&amp;amp;&#39;');
        expect(escapeXml('a\u0000b\u0008c\u001fd')).toBe('abcd');
    });

    test('a 200-character label wraps to lines that fit, breaking long words, with an ellipsis when cut', () => {
        const label = `${'Tries the self-service portal again and again '.repeat(4)}Supercalifragilisticexpialidociousandevenlongerwordthatcannotfit`.slice(0, 200);
        const lines = wrapText(label, 180, 12);
        expect(lines.join(' ').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
        for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(180);
        const cut = wrapText(label, 180, 12, 3);
        expect(cut).toHaveLength(3);
        expect(cut[2].endsWith('…')).toBe(true);
        expect(textWidth(cut[2], 12)).toBeLessThanOrEqual(180);
    });

    test('Greek, CJK and combining marks have a width', () => {
        expect(textWidth('Επαναφορά', 12)).toBeGreaterThan(50);
        expect(textWidth('電話窓口', 12)).toBeGreaterThan(textWidth('abcd', 12));
        expect(textWidth('e\u0301', 12)).toBe(textWidth('e', 12));
    });
});

describe('layout of a journey map', () => {
    test('touchpoints sit in their channel row and in step order, inside their stage band', async () => {
        const { model, gaps, journey } = await setup();
        const layout = layoutJourney(model, journey, gaps);
        const card = (name: string) => layout.cards.find(c => c.touchpoint.name === name)!;
        expect(layout.channels.map(c => c.name)).toEqual(['Phone', 'Portal', 'Device']);
        expect(layout.cards.map(c => [c.touchpoint.name, c.column, layout.channels[c.row].name])).toEqual([
            ['Locked', 0, 'Device'], ['Call', 1, 'Phone'], ['Portal', 2, 'Portal'],
        ]);
        expect(card('Call').y).toBe(layout.channels[0].y);
        expect(card('Locked').x).toBeLessThan(card('Call').x);
        expect(card('Call').x).toBeLessThan(card('Portal').x);
        const help = layout.stages.find(s => s.name === 'Help')!;
        for (const name of ['Call', 'Portal']) {
            expect(card(name).x).toBeGreaterThanOrEqual(help.x);
            expect(card(name).x + card(name).width).toBeLessThanOrEqual(help.x + help.width);
        }
        // An empty stage still gets its column.
        expect(layout.stages.map(s => s.name)).toEqual(['Detect', 'Help', 'Later']);
        expect(layout.stages[2].width).toBe(LAYOUT.cardWidth + LAYOUT.columnGap);
    });

    test('the emotion curve has a point per touchpoint with an emotion, lower for worse', async () => {
        const { model, gaps, journey } = await setup();
        const { curve, cards } = layoutJourney(model, journey, gaps);
        expect(curve.points.map(p => [p.touchpoint, p.score])).toEqual([['Locked', 2], ['Call', 1], ['Portal', 4]]);
        const [locked, call, portal] = curve.points;
        expect(call.y).toBeGreaterThan(locked.y);
        expect(portal.y).toBeLessThan(locked.y);
        expect(call.y).toBeCloseTo(curve.top + 24 + (curve.height - 48), 5);
        for (const p of curve.points) expect(p.x).toBe(cards.find(c => c.touchpoint.name === p.touchpoint)!.x + LAYOUT.cardWidth / 2);
    });

    test('gap markers go on the cards the gaps are about', async () => {
        const { model, gaps, journey } = await setup();
        const layout = layoutJourney(model, journey, gaps);
        const codes = (name: string) => layout.cards.find(c => c.touchpoint.name === name)!.gaps.map(g => g.code).sort();
        expect(codes('Call')).toEqual(['dead-end', 'metric-off-target', 'moment-of-truth-at-risk']);
        expect(codes('Locked')).toEqual(['unaddressed-pain']);
        expect(codes('Portal')).toEqual([]);
    });

    test('blueprint lanes and the legend appear only with content', async () => {
        const { model, gaps, journey } = await setup();
        const layout = layoutJourney(model, journey, gaps);
        expect(layout.lanes?.rows.map(r => [r.lane, r.items.map(i => i.text.join(' '))])).toEqual([['backstage', ['Agents on backlog (Desk)']]]);
        expect(layout.legend.lines.map(l => l.text)).toEqual(['Improvements', 'P1 Offer a callback → Call (owner Desk)', 'Open questions', '? Why phone first?']);
    });
});

describe('the SVG', () => {
    test('is deterministic and standalone', async () => {
        const { model, gaps } = await setup();
        const svg = renderSvg(model, gaps);
        expect(renderSvg(model, gaps)).toBe(svg);
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="jm" width="')).toBe(true);
        expect(svg).toContain('<style>');
    });

    test('carries each card with its source range, its gaps as a tooltip, and a moment-of-truth marker', async () => {
        const { model, gaps } = await setup();
        const svg = renderSvg(model, gaps);
        expect(svg).toContain('data-touchpoint="Call" data-uri="file:///ws/map.journey" data-line="7"');
        expect(svg).toMatch(/<g class="gap-marker" data-gaps="[^"]*dead-end[^"]*" data-severity="warning"[^>]*>.*?<title>warning \[dead-end\] The customer gives up at &#39;Call&#39;/);
        expect(svg).toContain('<g class="moment-of-truth">');
        expect(svg).toContain('class="card observed"');
    });

    test('user text never becomes markup', async () => {
        const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>]]>&amp;`;
        const { model, gaps } = await setup(MAP.replace('"Calls the desk"', JSON.stringify(hostile)).replace('"Why phone first?"', JSON.stringify(hostile)));
        const svg = renderSvg(model, gaps);
        expect(svg).not.toMatch(/<script|<img|onerror=alert\(2\)>/);
        expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(svg).toContain('&amp;amp;');
    });

    test('names and text in Greek render as text', async () => {
        const greek = `persona Μαρία\nstakeholder Γραφείο\nchannel Τηλέφωνο\njourney Επαναφορά "Επαναφορά κωδικού" { persona Μαρία stage Σύνδεση "Δεν μπορεί να συνδεθεί" { touchpoint Κλήση "Καλεί το γραφείο" { channel Τηλέφωνο owner Γραφείο emotion 1 απογοητευμένη } } }\n`;
        const model = await modelOf({ 'el.journey': greek });
        const svg = renderSvg(model, analyseGaps(model));
        for (const text of ['Επαναφορά κωδικού', 'Καλεί το γραφείο', 'Γραφείο', '1 · απογοητευμένη', 'Δεν μπορεί να συνδεθεί']) expect(svg).toContain(text);
    });

    test('the compare view aligns touchpoints of the same name and marks missing and extra steps', async () => {
        const ideal = `ideal journey Better improves Reset { persona Alex outcome "Back to work"
            stage Detect { touchpoint Locked { channel Device owner Iam emotion 4 } touchpoint SelfReset { channel Device owner Iam emotion 5 } }
            stage Help { touchpoint Call { channel Phone owner Desk emotion 3 } } }`;
        const model = await modelOf({ 'people.journey': PEOPLE, 'map.journey': MAP, 'ideal.journey': ideal });
        const actual = model.journeys.find(j => j.name === 'Reset')!;
        const better = model.journeys.find(j => j.name === 'Better')!;
        const { actualColumn, idealColumn } = alignColumns(touchpointsOf(actual), touchpointsOf(better));
        const col = (map: Map<{ name: string }, number>, name: string) => [...map].find(([t]) => t.name === name)![1];
        expect(col(actualColumn, 'Locked')).toBe(col(idealColumn, 'Locked'));
        expect(col(actualColumn, 'Call')).toBe(col(idealColumn, 'Call'));
        expect(col(idealColumn, 'SelfReset')).toBeGreaterThan(col(idealColumn, 'Locked'));
        const svg = renderSvg(model, analyseGaps(model), { journey: 'Reset', view: 'compare' });
        expect(svg).toContain('<g class="missing-step" data-touchpoint="SelfReset">');
        expect(svg).toContain('<g class="extra-step" data-touchpoint="Portal">');
        expect(svg).toContain('class="curve ideal"');
    });

    test('the compare view without an ideal journey says how to write one', async () => {
        const { model, gaps } = await setup();
        expect(renderSvg(model, gaps, { view: 'compare' })).toContain('ideal journey ResetIdeal &quot;…&quot; improves Reset');
    });

    test('the stakeholder view places each stakeholder by influence and interest', async () => {
        const { model, gaps } = await setup();
        const svg = renderSvg(model, gaps, { view: 'stakeholders' });
        expect(svg).toContain('data-stakeholder="Desk"');
        expect(svg).toContain('data-stakeholder="Iam"');
        expect(svg).toContain('Service desk · owns 2');
    });

    test('a small map, reviewed by eye (test/render/__snapshots__/small-map.svg)', async () => {
        const { model, gaps } = await setup();
        await expect(renderSvg(model, gaps)).toMatchFileSnapshot('__snapshots__/small-map.svg');
    });
});
