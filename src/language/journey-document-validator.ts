import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticCode } from './validation/diagnostic-codes.js';

const CODES_BY_PHASE: Record<string, DiagnosticCode> = {
    [DocumentValidator.LexingError]: DiagnosticCode.SyntaxError,
    [DocumentValidator.ParsingError]: DiagnosticCode.SyntaxError,
    [DocumentValidator.LinkingError]: DiagnosticCode.UnresolvedReference,
};

/** Gives lexer, parser and linker diagnostics a stable `code`, like every other check. */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const phase = (diagnostic.data as { code?: string } | undefined)?.code;
            if (diagnostic.code === undefined && phase && CODES_BY_PHASE[phase]) {
                diagnostic.code = CODES_BY_PHASE[phase];
            }
        }
        return diagnostics;
    }
}
