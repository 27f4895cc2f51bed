/**
 * The Mermaid export, read by the real Mermaid: the `mermaid` devDependency's browser bundle,
 * loaded into Debian's chromium (mermaid.parse needs a DOM: it sanitises text with DOMPurify).
 * Mermaid must accept every example's diagram, and what its journey database holds and what
 * it draws must be what we meant: the task texts with their `:`, `;` and `#`, the scores, the
 * actors and the sections, and no task line read as a title, section or comment.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shownName } from '../../src/interop/journey-draft.js';
import { exportMermaid } from '../../src/interop/mermaid-export.js';
import { shownScore } from '../../src/interop/mermaid-score.js';
import { journeyLocale } from '../../src/model/journey-language.js';
import type { JourneyModel, WorkspaceModel } from '../../src/model/journey-model.js';
import { journeyOverview } from '../../src/render/accessible-summary.js';
import { sayIn } from '../../src/render/render-messages.js';
import { build, exampleFiles } from './interop-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MERMAID = path.resolve(__dirname, '..', '..', 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

interface Task { text: string; score: number; actors: string[]; section?: string }
interface Read {
    db: { title: string; sections: string[]; tasks: Task[]; accTitle: string; accDescription: string };
    drawn: { title: string; sections: string[]; tasks: Task[]; accTitle: string; accDescription: string };
}

/**
 * Runs in the page: parse (throws on a syntax error), the journey database of a fresh parse,
 * then the drawing. A drawn task's score is where its face is: cy = 300 + (5 - score) * 30.
 */
const READ = `async (text, id) => {
    const mermaid = globalThis.mermaid;
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const tasks = db.getTasks().map(t => ({ text: t.task, score: t.score, actors: t.people, section: t.section }));
    const dbResult = { title: db.getDiagramTitle(), sections: [...db.getSections()], tasks, accTitle: db.getAccTitle(), accDescription: db.getAccDescription() };
    const { svg } = await mermaid.render(id, text);
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    document.body.append(holder);
    const label = (element) => element?.textContent ?? '';
    const drawn = {
        title: label(holder.querySelector('text[font-weight="bold"]')),
        accTitle: label(holder.querySelector('svg > title')),
        accDescription: label(holder.querySelector('svg > desc')),
        sections: [...holder.querySelectorAll('div.journey-section > div.label')].map(label),
        tasks: [...holder.querySelectorAll('line.task-line')].map(line => {
            const group = line.parentElement;
            return {
                text: label(group.querySelector('div.task > div.label')),
                score: 5 - (Number(group.querySelector('circle.face').getAttribute('cy')) - 300) / 30,
                actors: [...group.querySelectorAll('circle > title')].map(label),
            };
        }),
    };
    holder.remove();
    return { db: dbResult, drawn };
}`;

let browser: Browser;
let page: Page;
let diagrams = 0;

beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: MERMAID });
    await page.evaluate('globalThis.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" })');
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

async function readInMermaid(text: string): Promise<Read> {
    const read = await page.evaluate(`(${READ})(${JSON.stringify(text)}, ${JSON.stringify(`diagram${++diagrams}`)})`) as Read;
    // The database keeps Mermaid's placeholders for entity codes (ﬂ°°58¶ß); the drawing has the characters.
    const decode = (s: string) => s.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, code: string) => String.fromCodePoint(Number(code)));
    return {
        db: {
            title: decode(read.db.title),
            sections: read.db.sections.map(decode),
            tasks: read.db.tasks.map(t => ({ text: decode(t.text), score: t.score, actors: t.actors.map(decode), section: decode(t.section ?? '') })),
            accTitle: decode(read.db.accTitle),
            accDescription: decode(read.db.accDescription),
        },
        drawn: read.drawn,
    };
}

/** What the diagram should hold: one task per touchpoint, in order. */
function meant(model: WorkspaceModel, journey: JourneyModel) {
    const persona = journey.persona && model.personas.find(p => p.name === journey.persona!.name);
    const ownerText = (name: string) => {
        const stakeholder = model.stakeholders.find(s => s.name === name);
        return stakeholder ? shownName(stakeholder) : name;
    };
    const tasks: Task[] = journey.stages.flatMap(stage => stage.touchpoints.map(t => ({
        text: shownName(t),
        score: shownScore(t.emotion?.score),
        actors: [...new Set([persona && shownName(persona), t.owner && ownerText(t.owner.name)].filter((a): a is string => !!a))],
        section: shownName(stage),
    })));
    // What a screen reader announces: the map's name, and its description or our summary of it.
    const say = sayIn(journeyLocale(journey) ?? 'en');
    const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();
    const accTitle = oneLine(say('map.label', { title: shownName(journey) }));
    const accDescription = oneLine(journey.description ?? journeyOverview(model, journey, say));
    return { title: shownName(journey), sections: journey.stages.map(s => shownName(s)), tasks, accTitle, accDescription };
}

function expectRead(read: Read, expected: ReturnType<typeof meant>): void {
    expect(read.db.title).toBe(expected.title);
    expect(read.db.sections).toEqual(expected.sections);
    expect(read.db.tasks).toEqual(expected.tasks);
    // Mermaid draws a section once per run of tasks in it; sections without tasks are not drawn.
    expect(read.drawn.title).toBe(expected.title);
    expect(read.db.accTitle).toBe(expected.accTitle);
    expect(read.db.accDescription).toBe(expected.accDescription);
    expect(read.drawn.accTitle).toBe(expected.accTitle);
    expect(read.drawn.accDescription).toBe(expected.accDescription);
    expect(read.drawn.sections).toEqual(expected.sections.filter(s => expected.tasks.some(t => t.section === s)));
    expect(read.drawn.tasks.map(t => t.text)).toEqual(expected.tasks.map(t => t.text));
    expect(read.drawn.tasks.map(t => t.score)).toEqual(expected.tasks.map(t => t.score));
    expect(read.drawn.tasks.map(t => [...t.actors].sort())).toEqual(expected.tasks.map(t => [...t.actors].sort()));
}

describe('Mermaid reads the export as meant', () => {
    test('every example journey, with and without metadata', async () => {
        const { model } = await build(exampleFiles());
        expect(model.journeys.length).toBeGreaterThanOrEqual(3);
        for (const journey of model.journeys) {
            for (const metadata of [true, false]) {
                const read = await readInMermaid(exportMermaid(model, journey.name, { metadata }));
                expectRead(read, meant(model, journey));
            }
        }
    });

    test('texts with :, ; # , < and % and tasks that start like a statement or a comment', async () => {
        const { model } = await build({
            'hostile.journey': `
persona P "Me: the #1 user; really"
stakeholder D "Desk, first line #2"
stakeholder Ti "title of a team"
journey J "Title: a #tag; b <br> c" {
    description "Why: the #1 reason; 50%% of calls <br>
        span lines"
    persona P
    stage S1 "Stage: one #1; x" {
        touchpoint T1 "Call: wait #2; then <br> go" { owner D emotion 2 low }
        touchpoint T2 "title page" { emotion 5 }
        touchpoint T3 "Title\tpage" { owner Ti emotion 4 }
        touchpoint T4 "section two" { emotion 1 }
        touchpoint T5 "journey planner" { emotion 2 }
        touchpoint T6 "Journey" { emotion 4 }
        touchpoint T7 "accTitle" { emotion 4 }
        touchpoint T8 "accDescr { x }" { emotion 2 }
        touchpoint T9 "accDescr" { emotion 2 }
        touchpoint T10 "%done" { emotion 3 }
        touchpoint T11 "a%%b 50%%{init}%% c" { emotion 3 }
        touchpoint T12 "  title with leading spaces" { emotion 3 }
        touchpoint T13 "#3 is an issue number" { emotion 3 }
    }
    stage S2 "section title journey" {
        touchpoint T14 "Scores" { emotion 2.5 }
        touchpoint T15 "Above" { emotion 7 }
        touchpoint T16 "Below" { emotion -1 }
        touchpoint T17 "No emotion"
        touchpoint T18 "Ticket #42; see: 'notes' & \\"quotes\\"" { emotion 5 }
    }
    stage Empty "No tasks here: none"
}
`,
        });
        const journey = model.journeys[0];
        const text = exportMermaid(model, 'J');
        const read = await readInMermaid(text);
        expectRead(read, meant(model, journey));
        expect(read.db.tasks).toHaveLength(18);
        expect(read.drawn.tasks.map(t => t.text)).toContain('Call: wait #2; then <br> go');
        expect(read.db.tasks.find(t => t.text === 'Scores')!.score).toBe(3);
        expect(read.db.tasks.find(t => t.text === 'Above')!.score).toBe(5);
        expect(read.db.tasks.find(t => t.text === 'Below')!.score).toBe(1);
        expect(read.db.tasks.find(t => t.text === 'No emotion')!.score).toBe(3);
        expect(read.db.tasks[0].actors).toEqual(['Me: the #1 user; really', 'Desk, first line #2']);
    });
});
