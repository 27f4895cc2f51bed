/**
 * The renderer's layout, measured in a real browser: every view of every example (and a
 * hostile, oversized synthetic map) is loaded into Debian's chromium, and the boxes the
 * browser computes for its text and cards are checked. The renderer only estimates text
 * widths (src/render/text.ts); this is where the estimate is held to account.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectJourneyFiles } from '../../src/cli/collect-files.js';
import { loadWorkspace } from '../../src/cli/load-workspace.js';
import { JourneyFileSystem } from '../../src/language/journey-file-system.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import type { Gap } from '../../src/model/gap.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { renderSvg, type View } from '../../src/render/render-svg.js';
import type { ThemeName } from '../../src/render/theme.js';
import {
    boundsProblems, cardOverlapProblems, cardProblems, labelProblems, MEASURE_SVG, parseProblems, stakeholderProblems, textOverlapProblems, textSizeProblems,
    type Measurement,
} from './svg-geometry.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = path.resolve(__dirname, '..', '..');
const examples = path.join(root, 'examples');
const screenshots = path.join(root, 'test-results', 'render');

interface Workspace { model: WorkspaceModel; gaps: Gap[]; errors: string[] }

/** Parses, links and analyses a folder of .journey files, as the CLI does. */
async function loadFolder(folder: string): Promise<Workspace> {
    const files = await collectJourneyFiles([folder]);
    const services = createJourneyServices(JourneyFileSystem);
    const documents = await loadWorkspace(services, files.workspace);
    const errors = [...documents.values()].flatMap(d => (d.diagnostics ?? []).filter(x => x.severity === 1).map(x => `${path.basename(d.uri.fsPath)}:${x.range.start.line + 1}: ${x.message}`));
    const analysis = services.Journey.gaps.Analysis;
    return { model: analysis.getModel(), gaps: analysis.getGaps(), errors };
}

interface Rendered { svg: string; measurement: Measurement }

let browser: Browser;
let page: Page;

/** Shows the SVG in the page, saves a full-page screenshot, and measures it. */
async function show(svg: string, screenshot: string): Promise<Rendered> {
    const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
    await page.setViewportSize({ width: Math.min(Number(size?.[1] ?? 1280), 8000), height: Math.min(Number(size?.[2] ?? 800), 8000) });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    await page.screenshot({ path: path.join(screenshots, `${screenshot}.png`), fullPage: true });
    const measurement = await page.evaluate(`(${MEASURE_SVG})(${JSON.stringify(svg)})`) as Measurement;
    return { svg, measurement };
}

/** Every check, as one list of readable problems, each prefixed with what was drawn. */
function allProblems(label: string, m: Measurement, view: View): string[] {
    const problems = [
        ...parseProblems(m),
        ...cardProblems(m),
        ...cardOverlapProblems(m),
        ...(view === 'stakeholders' ? stakeholderProblems(m) : []),
        ...boundsProblems(m),
        ...textOverlapProblems(m), ...textSizeProblems(m),
        ...labelProblems(m),
    ];
    return problems.map(p => `${label}: ${p}`);
}

interface Case { journey: string; view: View; theme: ThemeName }

const cases: Case[] = [
    ...['PasswordReset', 'PasswordResetIdeal', 'RestablecerContraseña', 'ΕπαναφοράΚωδικού', 'ΙδανικήΕπαναφοράΚωδικού'].map(journey => ({ journey, view: 'map' as View, theme: 'light' as ThemeName })),
    { journey: 'ΕπαναφοράΚωδικού', view: 'compare', theme: 'light' },
    { journey: 'PasswordReset', view: 'map', theme: 'dark' },
    { journey: 'PasswordReset', view: 'map', theme: 'high-contrast' },
    { journey: 'PasswordReset', view: 'compare', theme: 'light' },
    { journey: 'PasswordReset', view: 'stakeholders', theme: 'light' },
];

const caseName = (c: Case) => `${c.view === 'stakeholders' ? 'examples' : c.journey}-${c.view}${c.theme === 'light' ? '' : `-${c.theme}`}`;

const hasChromium = fs.existsSync(CHROMIUM);

describe.skipIf(!hasChromium)(hasChromium ? 'rendered SVG measured in chromium' : `rendered SVG measured in chromium: skipped, no browser at ${CHROMIUM}`, () => {
    let workspace: Workspace;

    beforeAll(async () => {
        fs.mkdirSync(screenshots, { recursive: true });
        [browser, workspace] = await Promise.all([
            chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
            loadFolder(examples),
        ]);
        page = await browser.newPage();
    }, 30_000);

    afterAll(async () => {
        await browser?.close();
    });

    test('the examples load without errors', () => {
        expect(workspace.errors).toEqual([]);
        expect(workspace.model.journeys.map(j => j.name).sort()).toEqual(['PasswordReset', 'PasswordResetIdeal', 'RestablecerContraseña', 'ΕπαναφοράΚωδικού', 'ΙδανικήΕπαναφοράΚωδικού']);
    });

    test.each(cases.map(c => [caseName(c), c] as const))('%s: text inside cards, nothing overlaps, all inside the drawing, clean SVG', async (name, c) => {
        const svg = renderSvg(workspace.model, workspace.gaps, c);
        const { measurement: m } = await show(svg, name);
        expect(allProblems(`${c.journey} ${c.view} (${c.theme})`, m, c.view)).toEqual([]);
        // The checks must have had something to check.
        if (c.view === 'stakeholders') {
            expect(m.stakeholders.map(s => s.name).sort()).toEqual(workspace.model.stakeholders.map(s => s.name).sort());
        } else {
            const journeys = c.view === 'compare' ? [c.journey, ...workspace.model.journeys.filter(j => j.improves?.name === c.journey).map(j => j.name)] : [c.journey];
            const touchpoints = workspace.model.journeys.filter(j => journeys.includes(j.name)).flatMap(j => j.stages.flatMap(s => s.touchpoints));
            expect(m.cards).toHaveLength(touchpoints.length);
            expect(m.cards.every(card => card.texts.length >= 3)).toBe(true);
        }
    });

    describe('a hostile, oversized synthetic map', () => {
        const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>]]>&amp;';
        const longTitle = ('Ο χρήστης ανοίγει την πύλη αυτοεξυπηρέτησης, ψάχνει τη σελίδα επαναφοράς και διαβάζει προσεκτικά κάθε οδηγία που του δίνεται ξανά και ξανά ώσπου ')
            .repeat(2).slice(0, 200);
        const ownerName = 'ΚέντροΕξυπηρέτησηςΧρηστώνΚαιΥποστήριξηςΤεχνολογιώνΠληροφορικήςΣεΌλαΤαΓραφείαΤηςΕταιρείας_CentralServiceDeskAndSupport_x'.padEnd(120, 'x');
        const longPain = 'Η σελίδα λέει μόνο «λάθος κωδικός» και τίποτε άλλο, οπότε ο χρήστης δεν ξέρει αν ο λογαριασμός κλειδώθηκε, αν έληξε ο κωδικός ή αν φταίει το πληκτρολόγιο, και καλεί ξανά το τηλεφωνικό κέντρο που δεν απαντά.';
        const files: Record<string, string> = {
            'declarations.journey': [
                `persona Ελένη "Υπάλληλος λογιστηρίου με πολύ μεγάλο τίτλο που δεν χωράει εύκολα σε μία γραμμή" {`,
                `    description "${longPain} ${longPain}"`,
                `    goal "Να επιστρέψει στη δουλειά της μέσα σε πέντε λεπτά χωρίς να χρειαστεί να εξηγήσει το πρόβλημα δύο φορές"`,
                `}`,
                `stakeholder ${ownerName} "Κέντρο εξυπηρέτησης χρηστών και υποστήριξης τεχνολογιών πληροφορικής όλων των γραφείων" influence high interest high`,
                `stakeholder ΟμάδαΤαυτοτήτων '${HOSTILE}' influence high interest high`,
                `stakeholder Διαχειριστής "Διαχειριστής γνώσης" influence low interest low`,
                // More stakeholders than one cell of the stakeholder map has room for.
                ...['Πρώτη', 'Δεύτερη', 'Τρίτη', 'Τέταρτη', 'Πέμπτη', 'Έκτη'].map(n => `stakeholder Ομάδα${n} "Ομάδα ${n.toLowerCase()}, με τίτλο αρκετά μεγάλο για δύο γραμμές στο κελί" influence high interest high`),
                `channel Συσκευή "Η ίδια η συσκευή (οθόνη σύνδεσης με πολύ μακρύ όνομα καναλιού που αναδιπλώνεται)"`,
                `channel Πύλη "Πύλη αυτοεξυπηρέτησης"`,
                `channel Τηλέφωνο "Τηλέφωνο"`,
            ].join('\n'),
            'journey.journey': [
                `journey ΕπαναφοράΚωδικού '${HOSTILE}' {`,
                `    persona Ελένη`,
                `    outcome "Μπορεί να συνδεθεί ξανά και να επιστρέψει στη δουλειά της χωρίς καθυστέρηση και χωρίς τηλεφωνήματα"`,
                `    stage Εντοπισμός "Δεν μπορεί να συνδεθεί στον υπολογιστή της το πρωί της Δευτέρας μετά τις διακοπές" {`,
                `        touchpoint ΑδυναμίαΣύνδεσηςΣτονΥπολογιστήΤηςΤοΠρωίΤηςΔευτέρας "${longTitle}" {`,
                `            channel Συσκευή  owner ${ownerName}  emotion 1 "απογοητευμένη και θυμωμένη και κουρασμένη"`,
                `            pain "${longPain}"`,
                `            pain "${longPain}"`,
                `            pain "${longPain}"`,
                `            moment of truth`,
                `            gives up "${longPain}"`,
                `            metric ΧρόνοςΕπίλυσηςΑπόΤοΚλείδωμαΜέχριΤηνΕπιστροφή actual 95 min target 5 min`,
                `            backstage "${longPain}" by ΟμάδαΤαυτοτήτων`,
                `        }`,
                `        touchpoint Επιθετικό '${HOSTILE}' {`,
                `            channel Πύλη  owner ΟμάδαΤαυτοτήτων  emotion 2 '${HOSTILE}'`,
                `            pain '${HOSTILE}'`,
                `        }`,
                `    }`,
                `    stage Αναζήτηση "Ψάχνει βοήθεια" {`,
                `        touchpoint Καλεί "${longTitle}" {`,
                `            channel Τηλέφωνο  owner ${ownerName}  emotion 1 θυμωμένη`,
                `            pain "${longPain}"`,
                `        }`,
                `    }`,
                `    stage Επίλυση "${longTitle}" {`,
                `        touchpoint Επαναφέρει "${longTitle}" {`,
                `            channel Πύλη  owner ΟμάδαΤαυτοτήτων  emotion 4 ανακουφισμένη`,
                `            reaches outcome`,
                `        }`,
                `    }`,
                `    improvement Επανάκληση "${longTitle}" {`,
                `        addresses Καλεί`,
                `        owner ${ownerName}`,
                `        priority P1`,
                `    }`,
                `    question "${longPain}"`,
                `    question '${HOSTILE}'`,
                `}`,
                // The narrowest map there is: one stage, one step, under a long header.
                `journey Μικρό "${longTitle}" {`,
                `    persona Ελένη`,
                `    outcome "${longPain}"`,
                `    stage Μόνο "${longTitle}" {`,
                `        touchpoint Ένα "${longTitle}" {`,
                `            channel Συσκευή  owner ${ownerName}  emotion 3`,
                `            pain "${longPain}"`,
                `        }`,
                `    }`,
                `}`,
                `ideal journey ΕπαναφοράΚωδικούΙδανική "${longTitle}" improves ΕπαναφοράΚωδικού {`,
                `    persona Ελένη`,
                `    stage Εντοπισμός "Η οθόνη εξηγεί τι συνέβη" {`,
                `        touchpoint ΑδυναμίαΣύνδεσηςΣτονΥπολογιστήΤηςΤοΠρωίΤηςΔευτέρας "${longTitle}" {`,
                `            channel Συσκευή  owner ${ownerName}  emotion 4 ήρεμη`,
                `        }`,
                `        touchpoint ΝέοΒήμα "${longTitle}" {`,
                `            channel Συσκευή  owner ΟμάδαΤαυτοτήτων  emotion 5`,
                `        }`,
                `    }`,
                `    stage Επίλυση "${longTitle}" {`,
                `        touchpoint Επαναφέρει "${longTitle}" {`,
                `            channel Πύλη  owner ΟμάδαΤαυτοτήτων  emotion 5 ανακουφισμένη`,
                `            reaches outcome`,
                `        }`,
                `    }`,
                `}`,
            ].join('\n'),
        };
        let stress: Workspace;
        let folder: string;

        beforeAll(async () => {
            folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-render-stress-'));
            for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
            stress = await loadFolder(folder);
        });

        afterAll(() => {
            if (folder) fs.rmSync(folder, { recursive: true, force: true });
        });

        test('the synthetic map itself has no errors, so that it is all drawn', () => {
            expect(stress.errors).toEqual([]);
            expect(ownerName).toHaveLength(120);
            expect(longTitle).toHaveLength(200);
        });

        test('a one-step map under a long header: the same checks hold', async () => {
            const { measurement: m } = await show(renderSvg(stress.model, stress.gaps, { journey: 'Μικρό', view: 'map', theme: 'light' }), 'stress-narrow-map');
            expect(allProblems('synthetic one-step map', m, 'map')).toEqual([]);
            expect(m.cards).toHaveLength(1);
        });

        test.each(['map', 'compare', 'stakeholders'] as View[])('%s: the same checks hold, and the hostile text stays text', async view => {
            const { svg, measurement: m } = await show(renderSvg(stress.model, stress.gaps, { journey: 'ΕπαναφοράΚωδικού', view, theme: 'light' }), `stress-${view}`);
            expect(allProblems(`synthetic ${view}`, m, view)).toEqual([]);
            // Nothing the map says becomes markup: no script, no img, and the text is shown as written.
            expect(m.parse.elementNames).not.toContain('script');
            expect(m.parse.elementNames).not.toContain('img');
            expect(svg).not.toMatch(/<script|<img|<!\[CDATA\[/i);
            const squeeze = (s: string) => s.replace(/[\s…]/g, '');
            if (view === 'stakeholders') {
                expect(m.stakeholders.map(s => s.name).sort()).toEqual(stress.model.stakeholders.map(s => s.name).sort());
                expect(m.stakeholders.map(s => squeeze(s.text.text.replace(/ \/ /g, '')))).toContainEqual(expect.stringContaining(squeeze(HOSTILE).slice(0, 30)));
            } else {
                const card = m.cards.find(c => c.name === 'Επιθετικό');
                expect(card, 'the hostile card is drawn').toBeDefined();
                const shown = card!.texts.map(t => t.lines.map(l => l.text).join('')).join('');
                expect(squeeze(shown)).toContain(squeeze(HOSTILE));
                expect(m.titles).toContain(`Επιθετικό: ${HOSTILE}`);
                if (view === 'map') {
                    expect(m.titles).toContain(`Journey map: ${HOSTILE}`);
                    expect(m.texts.map(t => t.text)).toContain(`Journey: ${HOSTILE}`);
                }
            }
        });
    });
});
