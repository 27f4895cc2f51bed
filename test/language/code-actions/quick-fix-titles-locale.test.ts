// Quick-fix and code-lens titles follow the gap settings' locale (English when none is set).
import { EmptyFileSystem, URI } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeAction, CodeLens, Diagnostic } from 'vscode-languageserver';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import type { Locale } from '../../../src/i18n/locales.js';
import { DEFAULT_SETTINGS } from '../../../src/model/gap-settings.js';
import { buildFiles } from '../../support/build-files.js';

const services = createJourneyServices(EmptyFileSystem);

const FILES = {
    'people.journey': 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\nstakeholder Iam\nchannel Phone\n',
    'j.journey': `journey J {
    persona Alex
    outcome "Done"
    stage S {
        touchpoint T "Calls the desk" { channel Phone emotion 1 angry }
    }
    improvement Fix "Fix it" { owner Desk }
}
`,
    'k.journey': 'journey K {\n    persona Alexa\n    outcome "Done"\n    stage S {\n        touchpoint U { channel Phone owner Desk }\n    }\n}\n',
};

async function build(locale: Locale | undefined): Promise<Record<string, Diagnostic[]>> {
    services.Journey.gaps.Settings.update(locale ? { ...DEFAULT_SETTINGS, locale } : DEFAULT_SETTINGS);
    const documents = await buildFiles(services, FILES);
    return Object.fromEntries(Object.entries(documents).map(([name, document]) => [name, document.diagnostics ?? []]));
}

async function titlesFor(file: string, diagnostic: Diagnostic | undefined): Promise<string[]> {
    expect(diagnostic).toBeDefined();
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(`/ws/${file}`))!;
    const actions = await services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] },
    });
    return ((actions ?? []) as CodeAction[]).map(action => action.title);
}

async function lensTitles(file: string): Promise<string[]> {
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(`/ws/${file}`))!;
    const lenses = (await services.Journey.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } })) as CodeLens[];
    return lenses.map(lens => lens.command!.title);
}

const find = (diagnostics: Record<string, Diagnostic[]>, file: string, code: string) => diagnostics[file].find(d => d.code === code);

describe('quick-fix and code-lens titles by locale', () => {
    afterEach(() => { services.Journey.gaps.Settings.update(DEFAULT_SETTINGS); });

    test('Greek: the gap, its fixes and the lenses are in Greek; the edits are the same as in English', async () => {
        const english = await build(undefined);
        const englishOwner = await titlesFor('j.journey', find(english, 'j.journey', 'missing-owner'));
        expect(englishOwner).toEqual(['Set owner to Desk (Service desk)', 'Set owner to Iam']);

        const greek = await build('el');
        const missingOwner = find(greek, 'j.journey', 'missing-owner');
        expect(missingOwner?.message).toBe("Το σημείο επαφής 'T' (\"Calls the desk\") δεν έχει υπεύθυνο. Ορίστε ποιο ενδιαφερόμενο μέρος λογοδοτεί γι' αυτό με 'owner <stakeholder>'.");
        expect(await titlesFor('j.journey', missingOwner)).toEqual(['Ορισμός υπευθύνου: Desk (Service desk)', 'Ορισμός υπευθύνου: Iam']);
        expect(await titlesFor('j.journey', find(greek, 'j.journey', 'improvement-without-priority'))).toEqual([
            'Ορισμός προτεραιότητας P1 (πρώτα απ’ όλα)',
            'Ορισμός προτεραιότητας P2 (αμέσως μετά)',
            'Ορισμός προτεραιότητας P3 (αργότερα)',
            'Ορισμός προτεραιότητας P4 (όταν υπάρξει χρόνος)',
        ]);
        expect(await titlesFor('j.journey', find(greek, 'j.journey', 'unaddressed-pain'))).toEqual([
            'Προσθήκη βελτίωσης για το T (υπεύθυνος Desk, προτεραιότητα P2)',
            'Προσθήκη βελτίωσης για το T (υπεύθυνος Iam, προτεραιότητα P2)',
        ]);
        expect(await titlesFor('k.journey', find(greek, 'k.journey', 'unresolved-reference'))).toEqual([
            "Αλλαγή σε 'Alex'",
            "Δήλωση της περσόνας 'Alexa' στο people.journey",
        ]);
        expect(await lensTitles('j.journey')).toEqual(['3 κενά · 1 σημείο επαφής χωρίς υπεύθυνο', 'Άνοιγμα προεπισκόπησης']);
        expect(await lensTitles('k.journey')).toEqual(['0 κενά · 0 σημεία επαφής χωρίς υπεύθυνο', 'Άνοιγμα προεπισκόπησης']);
    }, 60_000);

    test('English stays as it was, and so do the lenses', async () => {
        const english = await build('en');
        expect(await titlesFor('k.journey', find(english, 'k.journey', 'unresolved-reference'))).toEqual([
            "Change to 'Alex'",
            "Declare persona 'Alexa' in people.journey",
        ]);
        expect(await lensTitles('j.journey')).toEqual(['3 gaps · 1 touchpoint without owner', 'Open preview']);
    }, 60_000);

    test('Danish, Italian and Spanish titles are their own', async () => {
        const seen = new Set<string>();
        for (const locale of ['da', 'it', 'es'] as const) {
            const diagnostics = await build(locale);
            const titles = [
                ...await titlesFor('j.journey', find(diagnostics, 'j.journey', 'missing-owner')),
                ...await titlesFor('j.journey', find(diagnostics, 'j.journey', 'improvement-without-priority')),
                ...await lensTitles('j.journey'),
            ];
            for (const title of titles) {
                expect(title).not.toMatch(/^(Set|Open|Add|Copy|Declare|Change)\b|without owner|\bgaps?\b/u);
                expect(seen.has(title), `${locale}: ${title}`).toBe(false);
                seen.add(title);
            }
        }
    }, 60_000);
});
