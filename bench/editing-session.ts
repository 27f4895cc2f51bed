// A map open in an editor, for the benchmarks: edited through its text document, as the
// language server edits it (so an edit inside one element is parsed incrementally).
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { createJourneyServices, type JourneyServiceSet } from '../src/language/journey-module.js';

export interface EditingSession {
    services: JourneyServiceSet;
    /** Replaces the first match of `pattern` and rebuilds, as a keystroke does. */
    edit(pattern: RegExp | string, replacement: string): Promise<void>;
}

export async function openForEditing(files: Record<string, string>, edited: string): Promise<EditingSession> {
    const services = createJourneyServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, TextDocuments } = services.shared.workspace;
    const texts = new Map<string, TextDocument>();
    const documents = Object.entries(files).map(([name, text]) => {
        const textDocument = TextDocument.create(`memory:///ws/${name}`, 'journey', 0, text);
        texts.set(name, textDocument);
        (TextDocuments as unknown as { set(document: TextDocument): void }).set(textDocument);
        const document = LangiumDocumentFactory.fromTextDocument(textDocument, URI.parse(textDocument.uri));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    const textDocument = texts.get(edited)!;
    let version = 0;
    return {
        services,
        async edit(pattern, replacement) {
            TextDocument.update(textDocument, [{ text: textDocument.getText().replace(pattern, replacement) }], ++version);
            await DocumentBuilder.update([URI.parse(textDocument.uri)], []);
        },
    };
}
