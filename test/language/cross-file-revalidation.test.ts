// After an edit, the language server revalidates the edited file, the files Langium relinks, and
// only those other files whose cross-file findings (gaps, names declared twice) changed. Whatever
// it skips must already be right: after every edit, each file's diagnostics must equal what a
// fresh build of the same texts gives.
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { openForEditing } from '../../bench/editing-session.js';
import { syntheticWorkspace } from '../../bench/scale/synthetic-workspace.mjs';

type Files = Map<string, string>;

function summary(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map((d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`);
}

async function fresh(files: Files): Promise<Record<string, string[]>> {
    const services = createJourneyServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = [...files].map(([name, text]) => {
        const document = LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ws/${name}`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    return Object.fromEntries(documents.map(d => [d.uri.path.slice(4), summary(d)]));
}

describe('revalidation after an edit', () => {
    it('leaves every file with the diagnostics a fresh build gives, across edits that move findings between files', async () => {
        const files: Files = syntheticWorkspace(6, 12);
        files.set('password-reset.journey', readFileSync('examples/password-reset.journey', 'utf8'));
        files.set('password-reset-ideal.journey', readFileSync('examples/password-reset-ideal.journey', 'utf8'));
        files.set('shared.journey', readFileSync('examples/shared.journey', 'utf8'));

        // A long-lived workspace, edited through its text documents as the editor does.
        const session = await openForEditing(files);

        const edits: [string, (text: string) => string][] = [
            // An ideal journey's emotion changes the actual journey's emotion gap (another file).
            ['password-reset-ideal.journey', t => t.replace(/emotion 4/, 'emotion 5')],
            // A channel declared twice: the other file's declaration gets the error too.
            ['maps/journey-0002.journey', t => `${t}\nchannel Web "Web again"\n`],
            ['maps/journey-0002.journey', t => t.replace('\nchannel Web "Web again"\n', '\n')],
            // The last use of a channel goes: the declaration in people.journey becomes unused.
            ...[0, 1, 2, 3, 4, 5].map((i): [string, (text: string) => string] => [`maps/journey-000${i}.journey`, t => t.replace(/channel (Phone|Email|Chat|Store)\b/g, 'channel Web')]),
            ['people.journey', t => t.replace('stakeholder Field "Field team"', 'stakeholder Fieldwork "Field team"')],
            // The ideal journey no longer improves the actual one: the pair's gaps go.
            ['password-reset-ideal.journey', t => t.replace(/improves \w+/, 'improves Nothing')],
            // A syntax error in one file, then fixed.
            ['maps/journey-0004.journey', t => t.replace('touchpoint T3 ', 'touchpont T3 ')],
            ['maps/journey-0004.journey', t => t.replace('touchpont T3 ', 'touchpoint T3 ')],
        ];
        let version = 0;
        for (const [name, edit] of edits) {
            const next = edit(files.get(name)!);
            expect(next, name).not.toBe(files.get(name));
            files.set(name, next);
            version++;
            await session.setText(name, next);
            const expected = await fresh(files);
            for (const document of session.documents.values()) {
                expect(summary(document), `${document.uri.path} after editing ${name} (edit ${version})`).toEqual(expected[document.uri.path.slice(4)]);
            }
        }
    }, 120_000);
});

describe('revalidation after a file is deleted', () => {
    it('removes the pair\'s gaps from the actual journey when its ideal journey\'s file goes, and brings them back with it', async () => {
        const files = new Map<string, string>([
            ['password-reset.journey', readFileSync('examples/password-reset.journey', 'utf8')],
            ['password-reset-ideal.journey', readFileSync('examples/password-reset-ideal.journey', 'utf8')],
            ['shared.journey', readFileSync('examples/shared.journey', 'utf8')],
        ]);
        const session = await openForEditing(files);
        const { DocumentBuilder, LangiumDocumentFactory, LangiumDocuments } = session.services.shared.workspace;
        const actual = session.documents.get('password-reset.journey')!;
        const pairCodes = (document: LangiumDocument) => (document.diagnostics ?? []).map(d => d.code).filter(code => code === 'emotion-gap' || code === 'extra-step');
        expect(pairCodes(actual).length).toBeGreaterThan(0);

        const idealUri = URI.parse('memory:///ws/password-reset-ideal.journey');
        await DocumentBuilder.update([], [idealUri]);
        const withoutIdeal = new Map(files);
        withoutIdeal.delete('password-reset-ideal.journey');
        expect(summary(actual)).toEqual((await fresh(withoutIdeal))['password-reset.journey']);
        expect(pairCodes(actual)).toEqual([]);

        const ideal = LangiumDocumentFactory.fromString(files.get('password-reset-ideal.journey')!, idealUri);
        LangiumDocuments.addDocument(ideal);
        await DocumentBuilder.update([idealUri], []);
        expect(summary(actual)).toEqual((await fresh(files))['password-reset.journey']);
        expect(pairCodes(actual).length).toBeGreaterThan(0);
    });
});
