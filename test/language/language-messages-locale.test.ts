// The language's own diagnostics (unknown names, duplicates, emotion scale, typo'd field words,
// unknown language codes, ...) in the workspace's locale, or in a journey's own `language`.
import { EmptyFileSystem } from 'langium';
import { clearDocuments, validationHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../../src/i18n/locales.js';
import type { Model } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { DEFAULT_THRESHOLDS } from '../../src/model/gap-settings.js';
import { revalidateAll } from '../../src/language/gaps/workspace-analysis.js';

const services = createJourneyServices(EmptyFileSystem);
const validate = validationHelper<Model>(services.Journey);

function useLocale(locale: Locale | undefined): void {
    // Gap rules off: these tests are about the language's own checks.
    services.Journey.gaps.Settings.update({ rules: { '*': 'off' }, thresholds: DEFAULT_THRESHOLDS, ...(locale ? { locale } : {}) });
}

afterEach(async () => {
    useLocale(undefined);
    await clearDocuments(services.shared);
});

const BROKEN = `
persona Alex "Office worker"
persona Alex "Twin"
stakeholder ServiceDesk "Service desk"
channel Phone "Phone"
journey Reset {
    LANGUAGE
    persona Alexx
    stage Report {
        touchpoint Call { channel Fax emotion 7 owner ServiceDesk owner ServiceDesk }
        touchpoint Call { emotion 2 ownr }
        touchpoint Again { repeats Later metric Wait }
        touchpoint Later { owner Nobody }
    }
}
ideal journey Better { }
`;

// Stems of the English messages: none may be left in a translated one.
const ENGLISH_STEMS = [
    'No persona', 'No stakeholder', 'Did you mean', 'Known', 'is declared yet', 'There is', 'Rename one',
    'already has', 'Keep one', 'is not on the scale', 'whole number', 'is read as', 'quote it',
    'is not a language', "workspace's language", 'The ideal journey', 'does not say', 'has no value',
    'which comes later', 'cannot repeat', 'Also declared here', 'First declared here',
];

interface Shape { code: unknown; severity: unknown; range: Diagnostic['range'] }
const shape = (d: Diagnostic): Shape => ({ code: d.code, severity: d.severity, range: d.range });
const byPlace = (a: Shape, b: Shape) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;

async function diagnostics(text: string, locale: Locale | undefined): Promise<Diagnostic[]> {
    useLocale(locale);
    const result = await validate(text, { documentUri: 'file:///ws/broken.journey' });
    const found = result.diagnostics.filter(d => d.code !== 'syntax-error');
    await clearDocuments(services.shared);
    return found;
}

function texts(found: Diagnostic[]): string[] {
    return found.flatMap(d => [d.message, ...(d.relatedInformation ?? []).map(r => r.message)]);
}

describe('the language diagnostics in the workspace locale', () => {
    const map = BROKEN.replace('LANGUAGE', 'language gr');

    test('the English messages are the ones the rest of the tests pin', async () => {
        const english = await diagnostics(map, undefined);
        const codes = new Set(english.map(d => d.code));
        for (const code of ['unresolved-reference', 'duplicate-name', 'duplicate-field', 'emotion-out-of-range',
            'looks-like-field', 'unknown-language', 'ideal-without-actual', 'metric-without-value', 'repeats-later-step']) {
            expect(codes, code).toContain(code);
        }
        const all = texts(english).join('\n');
        expect(all).toContain("No stakeholder named 'Nobody'. Known stakeholders: ServiceDesk.");
        expect(all).toContain("No channel named 'Fax'. Known channels: Phone.");
        expect(all).toContain("'gr' is not a language the tool speaks");
        expect(all).toContain('Emotion 7 is not on the scale.');
    });

    test.each(['el', 'da', 'it', 'es'] as const)('%s: the same findings, in that language', async locale => {
        const english = await diagnostics(map, undefined);
        const local = await diagnostics(map, locale);
        expect(local.map(shape).sort(byPlace)).toEqual(english.map(shape).sort(byPlace));
        const messages = texts(local);
        expect(messages.length).toBe(texts(english).length);
        for (const message of messages) {
            for (const stem of ENGLISH_STEMS) expect(message, `${locale}: ${message}`).not.toContain(stem);
        }
        // The names and numbers the author wrote are kept.
        const all = messages.join('\n');
        for (const written of ["'Nobody'", "'Fax'", "ServiceDesk", "'Alexx'", "'Alex'", "'Call'", "'ownr'", "'gr'", "'Wait'", "'Later'", "'Better'", '7']) {
            expect(all, `${locale}: ${written}`).toContain(written);
        }
        if (locale === 'el') expect(messages.every(m => /[α-ωΑ-Ω]/.test(m)), messages.join('\n')).toBe(true);
    });
});

describe("a journey's own language", () => {
    test("a journey with 'language el' gets Greek diagnostics in an English workspace", async () => {
        const found = await diagnostics(BROKEN.replace('LANGUAGE', 'language el'), undefined);
        const inJourney = found.filter(d => d.range.start.line >= 5 && d.range.start.line <= 13);
        expect(inJourney.length).toBeGreaterThanOrEqual(6);
        for (const d of inJourney) expect(d.message, d.message).toMatch(/[α-ωΑ-Ω]/);
        // Outside it (the personas declared twice, the ideal journey) the workspace's English stays.
        const outside = found.filter(d => d.range.start.line < 5 || d.range.start.line > 13).map(d => d.message);
        expect(outside).toContain("The ideal journey 'Better' does not say which actual journey it improves. Add 'improves <journey>' after its title so the two can be compared.");
        expect(outside.some(m => m.startsWith("There is more than one persona named 'Alex'"))).toBe(true);
    });

    test("the journey's language wins over the workspace's", async () => {
        const found = await diagnostics(BROKEN.replace('LANGUAGE', 'language es'), 'da');
        const emotion = found.find(d => d.code === 'emotion-out-of-range')!;
        expect(emotion.message).toBe('La emoción 7 no está en la escala. Use un número entero de 1 (muy negativa) a 5 (muy positiva); 3 es neutra.');
        const ideal = found.find(d => d.code === 'ideal-without-actual')!;
        expect(ideal.message).toContain("Den ideelle rejse 'Better'");
    });
});

describe('a change of the workspace locale', () => {
    test('rewords the findings on revalidation, unresolved names included, without relinking', async () => {
        useLocale(undefined);
        const { document } = await validate(BROKEN.replace('LANGUAGE', ''), { documentUri: 'file:///ws/broken.journey' });
        const unresolved = () => document.diagnostics!.filter(d => d.code === 'unresolved-reference').map(d => d.message);
        expect(unresolved()).toContain("No channel named 'Fax'. Known channels: Phone.");
        useLocale('el');
        await revalidateAll(services.shared);
        expect(unresolved()).toContain("Δεν υπάρχει κανάλι με το όνομα 'Fax'. Δηλωμένα ονόματα (κανάλι): Phone.");
        expect(document.diagnostics!.find(d => d.code === 'emotion-out-of-range')!.message).toMatch(/^Το συναίσθημα 7 /);
    });
});
