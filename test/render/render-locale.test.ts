/**
 * The drawing and the Markdown reports in each of the tool's languages: the locale's words
 * are there, English's fixed words are not, the documents say their language, and the
 * translated labels (Greek's are the longest) still fit their boxes, measured in chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectJourneyFiles } from '../../src/cli/collect-files.js';
import { loadWorkspace } from '../../src/cli/load-workspace.js';
import { LOCALES, type Locale } from '../../src/i18n/locales.js';
import { JourneyFileSystem } from '../../src/language/journey-file-system.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import type { Gap } from '../../src/model/gap.js';
import { buildGapReport } from '../../src/model/gap-report.js';
import { diffWorkspaces, type DiffSide } from '../../src/model/journey-diff.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { gapReportMarkdown } from '../../src/render/gap-report-markdown.js';
import { diffMarkdown } from '../../src/render/journey-diff-markdown.js';
import { journeyMarkdown } from '../../src/render/journey-markdown.js';
import { renderText, type RenderKey } from '../../src/render/render-messages.js';
import { renderSvg, type View } from '../../src/render/render-svg.js';
import { standaloneHtml } from '../../src/render/standalone-html.js';
import { modelOf } from '../model/model-test-helpers.js';
import {
    boundsProblems, cardOverlapProblems, cardProblems, labelProblems, MEASURE_SVG, parseProblems, stakeholderProblems, textOverlapProblems, textSizeProblems,
    type Measurement,
} from './svg-geometry.js';

/** A map written in Greek (so that no English comes from its text) using every part the drawing labels. */
const DECLARATIONS = `persona Ελένη "Υπάλληλος λογιστηρίου" {
    goal "Να επιστρέψει γρήγορα στη δουλειά"
}
stakeholder Γραφείο "Γραφείο εξυπηρέτησης" influence high interest high
stakeholder Ταυτότητες "Ομάδα ταυτοτήτων"
channel Τηλέφωνο "Τηλέφωνο"
channel Πύλη "Πύλη"
`;
const JOURNEY = `journey Επαναφορά "Επαναφορά κωδικού" {
    persona Ελένη
    outcome "Συνδέεται ξανά"
    stage Εντοπισμός "Εντοπισμός" {
        touchpoint Κλείδωμα "Κλειδώνεται έξω" {
            channel Πύλη  owner Γραφείο  emotion 2 μπερδεμένη
            pain "Δεν ξέρει γιατί"
            moment of truth
            metric Χρόνος actual 95 min target 5 min
            frontstage "Μήνυμα στην οθόνη" by Γραφείο
            backstage "Ξεκλείδωμα λογαριασμού" by Ταυτότητες
            support "Σύστημα ταυτοτήτων"
        }
        touchpoint Κλήση "Καλεί" {
            channel Τηλέφωνο  emotion 1 θυμωμένη
            gives up "Κλείνει το τηλέφωνο"
        }
        touchpoint Χωρίς "Περιμένει" { emotion 3 }
    }
    improvement Επανάκληση "Επανάκληση" { addresses Κλήση  owner Γραφείο  priority P1  status planned }
    question "Πόσοι καλούν;"
    question "Τι λέει η οθόνη;" { answer "Τίποτα" }
}
ideal journey ΕπαναφοράΙδανική "Ιδανική επαναφορά" improves Επαναφορά {
    persona Ελένη
    stage Εντοπισμός "Εντοπισμός" {
        touchpoint Κλείδωμα "Η οθόνη εξηγεί" { channel Πύλη  owner Γραφείο  emotion 4 }
        touchpoint Νέο "Νέο βήμα" { channel Πύλη  owner Γραφείο  emotion 5 }
    }
}
`;

/**
 * The fixed words English prints, which must not be left in another language's output.
 * (Single words that are also Danish, Italian or Spanish, such as "Persona", are left out.)
 */
const ENGLISH_SVG = [
    'Journey map:', 'Journey:', 'Ideal journey:', 'Goal:', 'Outcome:', 'Gives up', '→ target', 'no owner', 'Owner:', 'Emotion', 'emotion',
    'Moment of truth', 'Channel switch', 'no channel', 'line of visibility', 'frontstage', 'backstage', 'Improvements', '(owner', 'Open questions',
    'missing in the actual journey', 'not in the ideal journey', 'journey only', 'solid line', 'dashed line', 'Compare:', 'against ideal',
    'Stakeholder map', 'Interest', 'Influence', 'influence', 'interest', '>low<', '>medium<', '>high<', 'not rated', 'Placed at medium', 'owns',
    'warning [', 'hint [', 'info [',
];
const ENGLISH_MD = [
    '# Journey:', '# Ideal journey:', '**Outcome:**', '(goals:', '| stage | touchpoint |', '(gives up)', '**none**', '## Gaps', 'None.',
    '## Improvements', '(owner', '## Questions', '**answer:**', '*open*', '**warning**', '**hint**', '**info**', '**error**',
];
const ENGLISH_REPORT = ['# Gap report', 'Journey ', 'touchpoint', 'without owner', 'against ideal', '| gap | count |', '(line ', 'gaps ·', 'gap ·'];
const ENGLISH_DIFF = [
    '## Journey map changes', 'Comparing', 'changed,', 'introduced', 'resolved', '**Touchpoints:**', '| | Touchpoint | Stage | Channel |',
    'added', 'removed', 'moved', '**Owners**', 'Before', 'After', '**Emotions**', 'very negative', 'Shift', '**Improvements**', 'completed',
    'no status', 'owner ', 'addresses', '**Gaps:**', 'Gaps by rule', 'The map before and after', 'Unchanged', 'journey changed',
];

const say = (locale: Locale, key: RenderKey, params?: Record<string, string | number>) => renderText(locale, key, params);
const OTHERS = LOCALES.filter(l => l !== 'en');

let model: WorkspaceModel;
let gaps: Gap[];

/** Gaps with a Greek message: the messages are the model's (another catalogue); here only the renderer's own words are checked. */
function withGreekMessages(list: Gap[]): Gap[] {
    return list.map(g => ({ ...g, message: 'μήνυμα' }));
}

/** The SVG's text and attribute values, without the style sheet (whose CSS has English words in it). */
function shownText(svg: string): string {
    // Gap codes (`[emotion-gap]`) are names, the same in every language.
    return svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/\[[a-z-]+\]/g, '[code]').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/ (class|data-[\w-]+|xmlns|role|transform|d|fill|stroke|text-anchor|font-size)="[^"]*"/g, '');
}

beforeAll(async () => {
    model = await modelOf({ 'shared.journey': DECLARATIONS, 'reset.journey': JOURNEY });
    gaps = withGreekMessages(analyseGaps(model));
});

describe('the drawing in each language', () => {
    test('the synthetic map has what the labels are for', () => {
        const journey = model.journeys.find(j => j.name === 'Επαναφορά')!;
        expect(journey.stages[0].touchpoints.map(t => t.name)).toEqual(['Κλείδωμα', 'Κλήση', 'Χωρίς']);
        expect(gaps.map(g => g.severity)).toEqual(expect.arrayContaining(['warning']));
    });

    for (const locale of OTHERS) {
        test(`${locale}: map, compare and stakeholder views speak ${locale} and no English`, () => {
            const views = Object.fromEntries((['map', 'compare', 'stakeholders'] as View[]).map(view => [view, renderSvg(model, gaps, { journey: 'Επαναφορά', view, locale })]));
            const expected: Record<View, string[]> = {
                map: [
                    say(locale, 'map.label', { title: 'Επαναφορά κωδικού' }), say(locale, 'map.journeyHeading', { title: 'Επαναφορά κωδικού' }),
                    say(locale, 'map.goal', { goal: 'Να επιστρέψει γρήγορα στη δουλειά' }), say(locale, 'map.outcome', { outcome: 'Συνδέεται ξανά' }),
                    say(locale, 'map.noOwner'), say(locale, 'map.ownerTooltip', { owner: 'Γραφείο' }), say(locale, 'map.emotionTooltipFeeling', { score: 2, feeling: 'μπερδεμένη' }),
                    say(locale, 'map.momentOfTruth'), say(locale, 'map.emotion'), say(locale, 'map.lineOfVisibility'), say(locale, 'map.improvements'),
                    say(locale, 'map.openQuestions'), say(locale, 'map.noChannel'), say(locale, 'map.channelSwitch', { from: 'Πύλη', to: 'Τηλέφωνο' }),
                    say(locale, 'map.pointTooltip', { touchpoint: 'Κλήση', score: 1 }), say(locale, 'map.improvementOwner', { owner: 'Γραφείο' }),
                    `${say(locale, 'severity.warning')} [`,
                ],
                compare: [
                    say(locale, 'compare.label', { actual: 'Επαναφορά', ideal: 'ΕπαναφοράΙδανική' }), say(locale, 'compare.missing'), say(locale, 'compare.extra'),
                    say(locale, 'compare.missingTooltip', { touchpoint: 'Νέο' }), say(locale, 'compare.extraTooltip', { touchpoint: 'Κλήση' }),
                    say(locale, 'compare.legend', { actual: 'Επαναφορά', ideal: 'ΕπαναφοράΙδανική' }), say(locale, 'map.pointTooltipIdeal', { touchpoint: 'Νέο', score: 5 }),
                ],
                stakeholders: [
                    say(locale, 'stakeholders.title'), say(locale, 'stakeholders.interest'), say(locale, 'stakeholders.influence'),
                    say(locale, 'stakeholders.interest.low'), say(locale, 'stakeholders.influence.high'),
                    say(locale, 'stakeholders.placedAtMedium', { names: 'Ταυτότητες' }),
                    say(locale, 'stakeholders.tooltip', { stakeholder: 'Ομάδα ταυτοτήτων (Ταυτότητες)', influence: say(locale, 'stakeholders.notRated'), interest: say(locale, 'stakeholders.notRated') }),
                ],
            };
            for (const view of ['map', 'compare', 'stakeholders'] as View[]) {
                const svg = views[view];
                expect(svg.slice(0, svg.indexOf('>')), `${view}: the root says the language`).toContain(` lang="${locale}" xml:lang="${locale}"`);
                const text = shownText(svg).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
                for (const label of expected[view]) expect(text, `${view} (${locale}) shows ${label}`).toContain(label);
                const english = ENGLISH_SVG.filter(word => text.includes(word)).map(word => `${word} in …${text.slice(Math.max(0, text.indexOf(word) - 60), text.indexOf(word) + 30)}…`);
                expect(english, `${view} (${locale}): English left in`).toEqual([]);
            }
            // The lanes are named in the language too.
            for (const lane of ['frontstage', 'backstage', 'support'] as const) {
                expect(views.map.replace(/<tspan[^>]*>/g, '').replace(/<\/tspan>/g, ' ')).toContain(say(locale, `map.lane.${lane}`).split(' ')[0]);
            }
        });
    }

    test('English, asked for or not: the same drawing, and it says it is in English (a screen reader reads it so)', () => {
        const plain = renderSvg(model, gaps, { journey: 'Επαναφορά' });
        const english = renderSvg(model, gaps, { journey: 'Επαναφορά', locale: 'en' });
        expect(plain.slice(0, plain.indexOf('>'))).toContain(' lang="en" xml:lang="en"');
        expect(english).toBe(plain);
        const text = shownText(plain);
        for (const word of ['Journey map:', 'Gives up', 'Emotion', 'Improvements', 'Open questions', 'line of visibility', 'Goal:', 'Outcome:', 'frontstage']) {
            expect(text).toContain(word);
        }
    });

    test('the messages instead of a map are translated, and a longer sentence widens the drawing', () => {
        const none = renderSvg({ ...model, journeys: [] }, [], { locale: 'el' });
        expect(none).toContain(say('el', 'map.noJourney'));
        expect(none).toContain('journey Name &quot;Title&quot;');
        const alone = renderSvg(model, gaps, { journey: 'Επαναφορά', view: 'compare', locale: 'el' });
        expect(alone).not.toContain(say('el', 'compare.nothing', { journey: 'Επαναφορά' }));
        const width = Number(/width="(\d+)"/.exec(renderSvg({ ...model, journeys: [] }, [], { locale: 'en' }))![1]);
        expect(width).toBe(640);
    });

    test('the standalone HTML page says its language', () => {
        expect(standaloneHtml('Χάρτης', '<svg/>', 'el')).toMatch(/^<!doctype html>\n<html lang="el">/);
        expect(standaloneHtml('Map', '<svg/>')).toMatch(/^<!doctype html>\n<html lang="en">/);
    });
});

describe('the Markdown reports in each language', () => {
    for (const locale of OTHERS) {
        test(`${locale}: render -f md, the gap report and the diff have ${locale} headings and no English`, async () => {
            const md = journeyMarkdown(model, gaps, 'Επαναφορά', { locale });
            for (const label of [
                `# ${say(locale, 'map.journeyHeading', { title: 'Επαναφορά κωδικού' })}`, say(locale, 'md.table'), say(locale, 'md.outcome', { outcome: 'Συνδέεται ξανά' }),
                say(locale, 'md.gaps', { count: gaps.filter(g => g.journey === 'Επαναφορά').length }), say(locale, 'md.improvements'), say(locale, 'md.questions'),
                say(locale, 'md.answer', { answer: 'Τίποτα' }), say(locale, 'md.open'), say(locale, 'md.givesUp'), `**${say(locale, 'md.noOwner')}**`,
                `**${say(locale, 'severity.warning')}**`, say(locale, 'md.goals', { goals: 'Να επιστρέψει γρήγορα στη δουλειά' }),
            ]) expect(md, `${locale} md shows ${label}`).toContain(label);
            expect(ENGLISH_MD.filter(word => md.includes(word)), `${locale} md: English left in`).toEqual([]);
            expect(journeyMarkdown(model, gaps, 'Κανένα', { locale })).toContain(say(locale, 'md.noSuchJourney'));

            const report = gapReportMarkdown(buildGapReport(model, gaps), undefined, { locale });
            for (const label of [say(locale, 'report.title'), say(locale, 'report.pairTable'), say(locale, 'report.countsTable'), say(locale, 'report.line', { line: 1 }).slice(0, 4)]) {
                expect(report, `${locale} report shows ${label}`).toContain(label);
            }
            expect(report).toContain(say(locale, 'report.pair', { actual: 'Επαναφορά', ideal: 'ΕπαναφοράΙδανική' }));
            expect(report).toMatch(new RegExp(say(locale, 'count.touchpoint.other', { count: 3 }).replace(/[()]/g, '\\$&')));
            expect(ENGLISH_REPORT.filter(word => report.includes(word)), `${locale} report: English left in`).toEqual([]);

            const diff = await greekDiff();
            const mermaid = () => ({ before: 'journey\n  title A', after: 'journey\n  title B' });
            const diffText = diffMarkdown(diff, mermaid, { locale });
            for (const label of [
                say(locale, 'diff.title'), say(locale, 'diff.touchpointTable'), say(locale, 'diff.rowAdded'), say(locale, 'diff.rowRemoved'),
                say(locale, 'diff.owners'), say(locale, 'diff.emotions'), say(locale, 'diff.improvements'), say(locale, 'diff.beforeAfter'), say(locale, 'diff.before'),
                say(locale, 'diff.byRule'), say(locale, 'diff.byRuleTable'), say(locale, 'count.journey.other', { count: 2 }),
            ]) expect(diffText, `${locale} diff shows ${label}`).toContain(label);
            expect(ENGLISH_DIFF.filter(word => diffText.includes(word)), `${locale} diff: English left in`).toEqual([]);
        });
    }

    test('plural forms: one for exactly 1, the other for 0 and many', () => {
        expect(say('el', 'count.gap.one', { count: 1 })).toBe('1 κενό');
        expect(say('el', 'count.gap.other', { count: 0 })).toBe('0 κενά');
        const report = gapReportMarkdown(buildGapReport(model, []), 'Επαναφορά', { locale: 'da' });
        expect(report).toContain('0 huller · 3 kontaktpunkter, 2 uden ejer');
    });
});

/** The Greek map against itself with a step added, one removed, an owner and an emotion changed, an improvement done. */
async function greekDiff() {
    const after = JOURNEY
        .replace('touchpoint Χωρίς "Περιμένει" { emotion 3 }', 'touchpoint Νέο "Νέο βήμα" { channel Πύλη  emotion 4 }')
        .replace('channel Πύλη  owner Γραφείο  emotion 2 μπερδεμένη', 'channel Πύλη  owner Ταυτότητες  emotion 3 μπερδεμένη')
        .replace('status planned', 'status done');
    const side = async (text: string): Promise<DiffSide> => {
        const m = await modelOf({ 'shared.journey': DECLARATIONS, 'reset.journey': text });
        return { model: m, gaps: withGreekMessages(analyseGaps(m)), uris: new Set(['file:///ws/reset.journey']), displayPath: u => u.replace('file:///ws/', '') };
    };
    const diff = diffWorkspaces(await side(JOURNEY), await side(after), { base: 'πριν', head: 'μετά' });
    expect(diff.journeys.find(j => j.name === 'Επαναφορά')?.change).toBe('changed');
    return diff;
}

// ------------------------------------------------------------------ measured in chromium

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = path.resolve(__dirname, '..', '..');
const screenshots = path.join(root, 'test-results', 'render-locale');
const hasChromium = fs.existsSync(CHROMIUM);

async function loadFolder(folder: string): Promise<{ model: WorkspaceModel; gaps: Gap[] }> {
    const files = await collectJourneyFiles([folder]);
    const services = createJourneyServices(JourneyFileSystem);
    await loadWorkspace(services, files.workspace);
    const analysis = services.Journey.gaps.Analysis;
    return { model: analysis.getModel(), gaps: analysis.getGaps() };
}

describe.skipIf(!hasChromium)(hasChromium ? 'translated labels measured in chromium' : `translated labels measured in chromium: skipped, no browser at ${CHROMIUM}`, () => {
    let browser: Browser;
    let page: Page;
    let examples: { model: WorkspaceModel; gaps: Gap[] };

    beforeAll(async () => {
        fs.mkdirSync(screenshots, { recursive: true });
        [browser, examples] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }), loadFolder(path.join(root, 'examples'))]);
        page = await browser.newPage();
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    async function measure(svg: string, screenshot: string): Promise<Measurement> {
        const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
        await page.setViewportSize({ width: Math.min(Number(size?.[1] ?? 1280), 8000), height: Math.min(Number(size?.[2] ?? 800), 8000) });
        await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
        await page.screenshot({ path: path.join(screenshots, `${screenshot}.png`), fullPage: true });
        return await page.evaluate(`(${MEASURE_SVG})(${JSON.stringify(svg)})`) as Measurement;
    }

    function problems(m: Measurement, view: View): string[] {
        return [
            ...parseProblems(m), ...cardProblems(m), ...cardOverlapProblems(m), ...(view === 'stakeholders' ? stakeholderProblems(m) : []),
            ...boundsProblems(m), ...textOverlapProblems(m), ...textSizeProblems(m), ...labelProblems(m),
        ];
    }

    const cases = LOCALES.flatMap(locale => (['map', 'compare', 'stakeholders'] as View[]).flatMap(view => [
        { locale, view, source: 'examples' as const, journey: 'PasswordReset' },
        { locale, view, source: 'greek' as const, journey: 'Επαναφορά' },
    ]));

    test.each(cases.map(c => [`${c.locale} ${c.source} ${c.view}`, c] as const))('%s: text inside cards, nothing overlaps, all inside the drawing', async (name, c) => {
        const source = c.source === 'examples' ? examples : { model, gaps };
        const svg = renderSvg(source.model, source.gaps, { journey: c.journey, view: c.view, locale: c.locale });
        const m = await measure(svg, name.replace(/ /g, '-'));
        expect(problems(m, c.view).map(p => `${name}: ${p}`)).toEqual([]);
        // Something was measured: the cards (or the stakeholders) and the translated labels.
        if (c.view === 'stakeholders') expect(m.stakeholders.length).toBe(source.model.stakeholders.length);
        else expect(m.cards.length).toBeGreaterThan(2);
        expect(m.texts.map(t => t.text).join('\n')).toContain(c.view === 'stakeholders' ? say(c.locale, 'stakeholders.title') : say(c.locale, 'map.emotion'));
    });

    test.each(LOCALES.map(locale => [locale]))('%s: the messages drawn instead of a map fit their drawing', async locale => {
        const empty = { ...model, journeys: [] };
        const lonely = { ...model, journeys: model.journeys.filter(j => j.kind === 'actual') };
        for (const [name, svg] of [['no-journey', renderSvg(empty, [], { locale })], ['nothing-to-compare', renderSvg(lonely, [], { view: 'compare', locale })]]) {
            const m = await measure(svg, `${locale}-${name}`);
            expect([...parseProblems(m), ...boundsProblems(m)].map(p => `${locale} ${name}: ${p}`)).toEqual([]);
            expect(m.texts.length).toBe(2);
        }
    });

    test.each(LOCALES.map(locale => [locale]))('%s: lane names stay in the label column, left of the first lane item', async locale => {
        const svg = renderSvg(examples.model, examples.gaps, { journey: 'PasswordReset', view: 'map', locale });
        const m = await measure(svg, `${locale}-lanes`);
        const labels = (['frontstage', 'backstage', 'support'] as const).map(lane => say(locale, `map.lane.${lane}`));
        const drawn = m.texts.filter(t => t.className === 'heading' && labels.some(l => l.replace(/ /g, '') === t.lines.map(x => x.text).join('').replace(/ /g, '')));
        expect(drawn.length, `${locale}: the lane labels drawn`).toBe(3);
        // The first lane item starts at the first stage band (pad + label column − half a column gap = 156).
        for (const text of drawn) for (const line of text.lines) expect(line.box.x + line.box.width, `${locale}: ${line.text}`).toBeLessThanOrEqual(156);
    });
});
