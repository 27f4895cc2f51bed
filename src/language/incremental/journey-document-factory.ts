import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseElement } from './element-reparse.js';

/**
 * Langium's document factory, which parses a changed file whole, trying first to parse again
 * only the element an edit falls in (element-reparse.ts). Only an open document in the editor
 * is edited this way; everything read from disk is parsed whole.
 */
export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const textDocument = this.textDocuments?.get(document.uri.toString());
        if (textDocument) {
            const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
            const text = textDocument.getText();
            let reparsed: boolean;
            try {
                reparsed = reparseElement(document, parser, text);
            } catch (error) {
                // Never expected; but a half-moved tree must not survive it: parse the file whole.
                console.error(`journey: incremental parse failed, parsing ${document.uri.toString()} whole:`, error);
                (document as { parseResult: typeof document.parseResult }).parseResult = parser.parse(text) as typeof document.parseResult;
                (document.parseResult.value as { $document?: LangiumDocument }).$document = document;
                reparsed = true;
            }
            if (reparsed) {
                // As Langium's update does, so that the document reads the editor's text from now on.
                Object.defineProperty(document, 'textDocument', { value: textDocument });
                (document as { state: DocumentState }).state = DocumentState.Parsed;
                return document;
            }
        }
        return super.update(document, cancellationToken);
    }
}
