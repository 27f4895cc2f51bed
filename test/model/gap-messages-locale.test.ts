// The gap rules speak every locale: the same gaps (codes, severities, places, data) in each,
// with messages that are translations, not English left over.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locales.js';
import { fillPlaceholders } from '../../src/i18n/translator.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { mergeSettings, parseGapConfig } from '../../src/model/gap-config.js';
import { gapText, ruleSummary } from '../../src/model/gap-messages.js';
import { GAP_RULES } from '../../src/model/gap-rules/index.js';
import type { Gap } from '../../src/model/gap.js';
import { DEFAULT_SETTINGS, type GapSettings } from '../../src/model/gap-settings.js';
import { IncrementalGapAnalysis } from '../../src/model/incremental-gaps.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { en } from '../../src/model/messages/en.js';
import { modelOf, PEOPLE } from './model-test-helpers.js';

const EXAMPLES = join(__dirname, '../../examples');

/** Every examples/**\/*.journey, by its path under examples/. */
function exampleFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })) {
        if (entry.endsWith('.journey')) files[entry] = readFileSync(join(EXAMPLES, entry), 'utf8');
    }
    return files;
}

/** A gap in the Greek example, whose journeys say `language el`. */
const inOwnLanguage = (gap: Gap) => decodeURIComponent(gap.location.uri).includes('/el/');

/** A map with a finding of every rule the examples leave out (checked below: all 19 are covered together). */
const EVERY_RULE = {
    'people.journey': `${PEOPLE}persona Unused "Nobody"\nchannel Fax\n`,
    'hole.journey': `journey Hole {
    stage Empty { }
    stage Work {
        touchpoint Login "Logs in to the portal" { channel Portal owner Desk emotion 4 }
        touchpoint Call "Calls the desk" { channel Phone emotion 1 angry moment of truth }
        touchpoint Mail "Writes an email" { channel Email owner Desk }
        touchpoint CallAgain "Calls the desk again" { channel Phone owner Desk repeats Call gives up pain "Nobody answers" }
        touchpoint Wait "Waits" { owner Desk metric Ttr actual 3 h target 2 h metric Odd actual 3 target 2 }
    }
    question "Who owns the phone line?" { owner Iam }
    question "Is email monitored?"
    improvement Fix "Fix it" { addresses Call }
}
ideal journey Better improves Hole {
    persona Alex outcome "Back at work"
    stage Work {
        touchpoint Login "Logs in" { channel Device owner Iam emotion 4 }
        touchpoint Call "Calls the desk" { channel Portal owner Desk emotion 4 }
        touchpoint SelfService "Resets it alone" { channel Portal owner Iam }
    }
}
`,
};

// Whole phrases of the English messages (three words or more between placeholders and quoted
// keywords): none may be left in a translated message.
const ENGLISH_PHRASES = [...new Set(Object.values(en).flatMap(message => message
    .split(/\{\w+\}|'[^']*'|"[^"]*"/u)
    .map(part => part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(part => part.split(/\s+/u).filter(word => /\p{L}{2,}/u.test(word)).length >= 3)))];

const settingsIn = (locale: Locale): GapSettings => ({ ...DEFAULT_SETTINGS, locale });
/** What must not change with the language. */
const shape = (gap: Gap) => ({ code: gap.code, severity: gap.severity, location: gap.location, journey: gap.journey, data: gap.data, related: gap.related.map(r => r.location) });
const texts = (gap: Gap) => [gap.message, ...gap.related.map(r => r.message)];

describe.each([
    ['the examples', exampleFiles],
    ['a map with a finding of every other rule', () => EVERY_RULE],
])('gap messages in every locale: %s', (_name, files) => {
    let model: WorkspaceModel;
    const byLocale = new Map<Locale, Gap[]>();
    beforeAll(async () => {
        model = await modelOf(files());
        for (const locale of LOCALES) byLocale.set(locale, analyseGaps(model, settingsIn(locale)));
    }, 60_000);

    test('English is the default', () => {
        expect(analyseGaps(model)).toEqual(byLocale.get('en'));
        expect(byLocale.get('en')!.length).toBeGreaterThan(5);
    });

    for (const locale of LOCALES) {
        test(`${locale}: the same gaps as in English, every message filled in`, () => {
            const gaps = byLocale.get(locale)!;
            expect(gaps.map(shape)).toEqual(byLocale.get('en')!.map(shape));
            for (const text of gaps.flatMap(texts)) {
                expect(text.trim()).not.toBe('');
                expect(text, 'a placeholder left unfilled').not.toMatch(/\{\w+\}/u);
            }
        });
    }

    for (const locale of LOCALES.filter(l => l !== 'en')) {
        test(`${locale}: every message translated, no English sentence left`, () => {
            const english = byLocale.get('en')!;
            byLocale.get(locale)!.forEach((gap, i) => {
                // A map that says its own language (examples/el) speaks it whatever the settings say: below.
                if (inOwnLanguage(gap)) return;
                expect(gap.message, gap.code).not.toBe(english[i].message);
                for (const text of texts(gap)) {
                    for (const phrase of ENGLISH_PHRASES) expect(text, `${gap.code}: "${phrase}"`).not.toContain(phrase);
                    expect(text, gap.code).not.toMatch(/\b(emotion|no emotion) \d/u);
                }
                if (locale === 'el') expect(gap.message, gap.code).toMatch(/\p{Script=Greek}{3,}/u);
            });
        });
    }
});

test('the Greek example (language el) is in Greek whatever locale the settings ask for', async () => {
    const model = await modelOf(exampleFiles());
    const greek = analyseGaps(model, settingsIn('el')).filter(inOwnLanguage);
    expect(greek.length).toBeGreaterThan(20);
    for (const locale of LOCALES) {
        const gaps = analyseGaps(model, settingsIn(locale)).filter(inOwnLanguage);
        expect(gaps.map(g => g.message)).toEqual(greek.map(g => g.message));
    }
    for (const gap of greek) expect(gap.message, gap.code).toMatch(/\p{Script=Greek}{3,}/u);
}, 60_000);

test('the examples and the map above find every rule between them', async () => {
    const codes = new Set([...analyseGaps(await modelOf(exampleFiles())), ...analyseGaps(await modelOf(EVERY_RULE))].map(g => g.code));
    expect([...codes].sort()).toEqual(GAP_RULES.map(r => r.code).sort());
}, 60_000);

test('the English phrases checked for are real ones', () => {
    expect(ENGLISH_PHRASES.some(phrase => phrase.includes('the customer is going round in a loop'))).toBe(true);
    expect(ENGLISH_PHRASES.length).toBeGreaterThan(40);
});

test('a Greek message keeps the author\'s words as written', async () => {
    const model = await modelOf(EVERY_RULE);
    const gaps = analyseGaps(model, settingsIn('el'));
    const pain = gaps.find(g => g.code === 'unaddressed-pain' && g.data?.touchpoint === 'CallAgain')!;
    expect(pain.message).toBe(`Το σημείο επαφής 'CallAgain' ("Calls the desk again") έχει σημείο δυσαρέσκειας ("Nobody answers") και καμία βελτίωση δεν το αντιμετωπίζει. Προσθέστε μια βελτίωση με 'addresses CallAgain'.`);
    const risk = gaps.find(g => g.code === 'moment-of-truth-at-risk')!;
    expect(risk.message).toContain('κανείς δεν είναι υπεύθυνος γι’ αυτήν και ο πελάτης νιώθει άσχημα εκεί (συναίσθημα 1 (angry))');
});

test('rule summaries: English is the rule\'s own summary; every other locale translates it', () => {
    for (const rule of GAP_RULES) {
        expect(ruleSummary(rule.code, 'en')).toBe(rule.summary);
        for (const locale of LOCALES.filter(l => l !== 'en')) {
            const summary = ruleSummary(rule.code, locale);
            expect(summary, `${rule.code} (${locale})`).not.toBe(rule.summary);
            expect(summary, `${rule.code} (${locale})`).not.toMatch(/\{\w+\}/u);
        }
    }
    expect(ruleSummary('unaddressed-pain', 'da')).toContain('≤ 2');
    expect(gapText('es', 'emotion.feeling', { score: 2, feeling: 'reluctant' })).toBe(fillPlaceholders('emoción {score} ({feeling})', { score: 2, feeling: 'reluctant' }));
});

describe('incremental analysis and the locale', () => {
    test('switches language when settings.locale changes, and equals analyseGaps each time', async () => {
        const model = await modelOf({ ...exampleFiles() });
        const incremental = new IncrementalGapAnalysis();
        const english = incremental.analyse(model, settingsIn('en'));
        expect(english).toEqual(analyseGaps(model, settingsIn('en')));
        for (const locale of ['el', 'da', 'en', 'it', 'es', 'el'] as const) {
            const settings = settingsIn(locale);
            const gaps = incremental.analyse(model, settings);
            expect(gaps, locale).toEqual(analyseGaps(model, settings));
            if (locale !== 'en') expect(gaps.map(g => g.message)).not.toEqual(english.map(g => g.message));
        }
        // Settings without a locale are English again.
        expect(incremental.analyse(model, DEFAULT_SETTINGS)).toEqual(english);
    }, 60_000);
});

describe('the locale in journey.config.json', () => {
    const codes = GAP_RULES.map(rule => rule.code);

    test('is read, and a language the tool does not speak is a problem at its place', () => {
        expect(parseGapConfig('{ "locale": "el" }', codes)).toEqual({ settings: { rules: {}, thresholds: DEFAULT_SETTINGS.thresholds, locale: 'el' }, problems: [] });
        const { settings, problems } = parseGapConfig('{\n  "locale": "fr"\n}', codes);
        expect(settings.locale).toBeUndefined();
        expect(problems).toEqual([{ message: '"locale" must be one of en, el, da, it, es', line: 2, column: 13 }]);
    });

    test("the editor's locale wins over the file's; without either there is none", () => {
        const file = { ...DEFAULT_SETTINGS, locale: 'el' as const };
        expect(mergeSettings(file, { ...DEFAULT_SETTINGS, locale: 'da' }, {}).locale).toBe('da');
        expect(mergeSettings(file, DEFAULT_SETTINGS, {}).locale).toBe('el');
        expect(mergeSettings(DEFAULT_SETTINGS, DEFAULT_SETTINGS, {})).not.toHaveProperty('locale');
    });
});
