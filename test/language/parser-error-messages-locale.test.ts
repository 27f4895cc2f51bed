// Syntax errors (the parser's and the lexer's) in the same locale as the language's other
// diagnostics: the journey's own `language`, else the workspace's; English unchanged.
import { EmptyFileSystem } from 'langium';
import { clearDocuments, validationHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../../src/i18n/locales.js';
import type { Model } from '../../src/language/generated/ast.js';
import { revalidateAll } from '../../src/language/gaps/workspace-analysis.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { DEFAULT_THRESHOLDS } from '../../src/model/gap-settings.js';

const services = createJourneyServices(EmptyFileSystem);
const validate = validationHelper<Model>(services.Journey);

function useLocale(locale: Locale | undefined): void {
    services.Journey.gaps.Settings.update({ rules: { '*': 'off' }, thresholds: DEFAULT_THRESHOLDS, ...(locale ? { locale } : {}) });
}

afterEach(async () => {
    useLocale(undefined);
    await clearDocuments(services.shared);
});

// One mistake each, the kinds of syntax error the message providers word differently.
const BROKEN: Record<string, string> = {
    'misspelt field': `journey J { stage S { touchpoint T { ownr ServiceDesk } } }`,
    'field of another element': `journey J { stage S { touchpoint T { goal "x" } } }`,
    'unclosed element': `journey J {\n  stage S {\n    touchpoint T { }\n`,
    'brace too many': `journey J { }\n}`,
    'missing score': `journey J { stage S { touchpoint T { emotion relieved } } }`,
    'reference left out': `journey J { stage S { touchpoint T { owner } } }`,
    'name left out': `journey J { stage S { touchpoint { } } }`,
    'quoted name': `journey J { stage S { touchpoint T { owner "Service desk" } } }`,
    'keyword as a name': `channel support "Support"`,
    'misspelt declaration': `jorney J { }`,
    'field at the top': `owner ServiceDesk`,
    'dash in a name': `persona Service-Desk "x"`,
    'stray character': `persona P "x" @`,
    'unclosed text': `persona P "Office worker`,
    'unclosed comment': `persona P "x"\n/* left open`,
};

// Stems of the English syntax messages: none may be left in a translated one.
const ENGLISH_STEMS = [
    'is not a', 'Did you mean', 'takes:', 'close it with', 'The file ends', 'Unexpected', 'there is no open',
    'Expected', 'but found', 'needs', 'a name', 'the end of the file', 'quoted text', 'names are written',
    'word of the language', 'Choose another', 'At the top', 'declarations', 'is a field of', 'put it inside',
    'Names cannot', 'join the words', 'Names use', 'put other text', 'is not closed', 'where it should end', 'on the same line',
];

interface Found { at: string; message: string }

async function syntaxErrors(text: string, locale: Locale | undefined): Promise<Found[]> {
    useLocale(locale);
    const result = await validate(text, { documentUri: 'file:///ws/broken.journey' });
    await clearDocuments(services.shared);
    return result.diagnostics.filter(d => d.code === 'syntax-error').map((d: Diagnostic) => ({ at: `${d.range.start.line + 1}:${d.range.start.character + 1}`, message: d.message }));
}

describe('syntax errors in the workspace locale', () => {
    test('English is worded as before, with or without an English locale', async () => {
        expect(await syntaxErrors(BROKEN['misspelt field'], 'en')).toEqual([{
            at: '1:38',
            message: "'ownr' is not a touchpoint field. Did you mean 'owner'? A touchpoint takes: channel, owner, emotion, description, need, perception, success, pain, moment of truth, gives up, reaches outcome, repeats, evidence, metric, frontstage, backstage, support, question; close it with '}'.",
        }]);
        expect(await syntaxErrors(BROKEN['field of another element'], undefined)).toEqual(await syntaxErrors(BROKEN['field of another element'], 'en'));
        expect((await syntaxErrors(BROKEN['unclosed text'], 'en'))[0].message).toBe('This text is not closed: add the closing " on the same line.');
    });

    for (const locale of ['el', 'da', 'it', 'es'] as const) {
        test(`${locale}: every kind of syntax error is translated, in the same places`, async () => {
            for (const [name, text] of Object.entries(BROKEN)) {
                const english = await syntaxErrors(text, 'en');
                const translated = await syntaxErrors(text, locale);
                expect(english.length, name).toBeGreaterThan(0);
                expect(translated.map(f => f.at), name).toEqual(english.map(f => f.at));
                for (const [i, found] of translated.entries()) {
                    expect(found.message, name).not.toBe(english[i].message);
                    for (const stem of ENGLISH_STEMS) expect(found.message, `${name}: '${stem}' left in English`).not.toContain(stem);
                }
            }
        });
    }

    test('Greek reads as Greek and keeps the words of the language as written', async () => {
        expect((await syntaxErrors(BROKEN['misspelt field'], 'el'))[0].message).toBe(
            "Το 'ownr' δεν είναι πεδίο του στοιχείου «σημείο επαφής». Μήπως εννοείτε 'owner'; Ένα στοιχείο «σημείο επαφής» δέχεται: channel, owner, emotion, description, need, perception, success, pain, moment of truth, gives up, reaches outcome, repeats, evidence, metric, frontstage, backstage, support, question· κλείστε το με '}'.");
        expect((await syntaxErrors(BROKEN['unclosed element'], 'el'))[0].message).toBe("Το αρχείο τελειώνει πριν κλείσει αυτό το στοιχείο «φάση»: προσθέστε το '}' που λείπει.");
        expect((await syntaxErrors(BROKEN['missing score'], 'el'))[0].message).toBe("Αναμενόταν αριθμός, αλλά βρέθηκε 'relieved'.");
        expect((await syntaxErrors(BROKEN['stray character'], 'el'))[0].message).toContain("Απρόσμενος χαρακτήρας '@'");
    });

    test('Danish, another language', async () => {
        expect((await syntaxErrors(BROKEN['brace too many'], 'da'))[0].message).toBe("Uventet '}': der er ingen åben '{', som den kan lukke.");
        expect((await syntaxErrors(BROKEN['name left out'], 'da'))[0].message).toBe("Dette element af typen \"kontaktpunkt\" har intet navn: skriv et efter 'touchpoint', før '{'.");
    });
});

describe("syntax errors in the journey's own language", () => {
    test("inside a journey that says 'language el', with an English workspace", async () => {
        const found = await syntaxErrors(`journey J {\n  language el\n  stage S { touchpoint T { ownr ServiceDesk } }\n}`, 'en');
        expect(found).toHaveLength(1);
        expect(found[0].message).toMatch(/^Το 'ownr' δεν είναι πεδίο του στοιχείου «σημείο επαφής»/);
    });

    test("after the journey's braces, the file's one journey language is used", async () => {
        const found = await syntaxErrors(`journey J {\n  language es\n}\n}`, 'da');
        expect(found.map(f => f.message)).toEqual(["'}' inesperada: no hay ninguna '{' abierta que cerrar."]);
    });

    test("a lexer error in such a journey, and the workspace's locale for a file that declares none", async () => {
        expect((await syntaxErrors(`journey J {\n  language it\n  description "open\n}`, 'el'))[0].message)
            .toBe('Questo testo non è chiuso: aggiungi il " di chiusura sulla stessa riga.');
        expect((await syntaxErrors(`journey J {\n  description "open\n}`, 'el'))[0].message)
            .toBe('Αυτό το κείμενο δεν έχει κλείσει: προσθέστε στην ίδια γραμμή το " που το κλείνει.');
    });

    test('a change of the workspace locale rewords the syntax errors without parsing again', async () => {
        useLocale('en');
        const result = await validate(BROKEN['brace too many'], { documentUri: 'file:///ws/relocalised.journey' });
        expect(result.diagnostics.map(d => d.message)).toContain("Unexpected '}': there is no open '{' for it to close.");
        useLocale('it');
        await revalidateAll(services.shared);
        expect(result.document.diagnostics?.map(d => d.message)).toContain("'}' inattesa: non c'è nessuna '{' aperta da chiudere.");
    });
});
