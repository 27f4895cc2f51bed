import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { formatParsed } from './format-journey.js';

/**
 * Format Document and Format Selection. The same layout as `journey fmt`; the editor's
 * tab settings do not change it, so a file formatted in the editor passes `fmt --check`.
 */
export class JourneyFormatter implements Formatter {
    constructor(private readonly services: JourneyServices) {}

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        return this.edits(document, { start: text.offsetAt(params.range.start), end: text.offsetAt(params.range.end) });
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, range?: { start: number; end: number }): TextEdit[] {
        const text = document.textDocument.getText();
        const outcome = formatParsed(this.services.Grammar, this.services, text, document.parseResult as LangiumDocument<Model>['parseResult'], range);
        if (!outcome.ok) return [];
        return outcome.edits.map(edit => ({
            range: { start: document.textDocument.positionAt(edit.offset), end: document.textDocument.positionAt(edit.end) },
            newText: edit.text,
        }));
    }
}
