import { URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import type { Model } from '../../src/language/generated/ast.js';
import type { JourneyServiceSet } from '../../src/language/journey-module.js';

/**
 * Replaces the workspace of `services` with the given files (URIs file:///ws/<name>), builds
 * them together, as the editor and the CLI do, and returns their documents by name.
 */
export async function buildFiles(services: JourneyServiceSet, files: Record<string, string>, validation = true): Promise<Record<string, LangiumDocument<Model>>> {
    await clearDocuments(services.shared);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents: Record<string, LangiumDocument<Model>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = LangiumDocumentFactory.fromString<Model>(text, URI.file(`/ws/${name}`));
        LangiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await DocumentBuilder.build(Object.values(documents), { validation });
    return documents;
}
