// Maps open in an editor, for the benchmarks and tests: edited through their text documents, as
// the language server edits them (so an edit inside one element is parsed incrementally).
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { Model } from '../src/language/generated/ast.js';
import { createJourneyServices, type JourneyServiceSet } from '../src/language/journey-module.js';

export interface EditingSession {
    services: JourneyServiceSet;
    /** The open documents by file name (URIs memory:///ws/<name>). */
    documents: Map<string, LangiumDocument<Model>>;
    /** Gives a file new text and rebuilds, as a keystroke does. */
    setText(name: string, text: string): Promise<void>;
    /** Replaces the first match of `pattern` in a file and rebuilds. */
    edit(name: string, pattern: RegExp | string, replacement: string): Promise<void>;
}

export async function openForEditing(files: Record<string, string> | Map<string, string>): Promise<EditingSession> {
    const services = createJourneyServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, TextDocuments } = services.shared.workspace;
    const texts = new Map<string, TextDocument>();
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [name, text] of files instanceof Map ? files : Object.entries(files)) {
        const textDocument = TextDocument.create(`memory:///ws/${name}`, 'journey', 0, text);
        texts.set(name, textDocument);
        (TextDocuments as unknown as { set(document: TextDocument): void }).set(textDocument);
        const document = LangiumDocumentFactory.fromTextDocument<Model>(textDocument, URI.parse(textDocument.uri));
        LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await DocumentBuilder.build([...documents.values()], { validation: true });
    let version = 0;
    const setText = async (name: string, text: string) => {
        const textDocument = texts.get(name)!;
        TextDocument.update(textDocument, [{ text }], ++version);
        await DocumentBuilder.update([URI.parse(textDocument.uri)], []);
    };
    return {
        services,
        documents,
        setText,
        edit: (name, pattern, replacement) => setText(name, texts.get(name)!.getText().replace(pattern, replacement)),
    };
}
