import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { JourneyServices } from './journey-module.js';
import type { JourneyLexerErrorMessages, JourneyParserErrorMessages } from './parser-error-messages.js';
import { recoveryGuessOffset } from './recovery-noise.js';
import { syntaxErrorLocale } from './syntax-error-locale.js';
import { DiagnosticCode } from './validation/diagnostic-codes.js';

const CODES_BY_PHASE: Record<string, DiagnosticCode> = {
    [DocumentValidator.LexingError]: DiagnosticCode.SyntaxError,
    [DocumentValidator.ParsingError]: DiagnosticCode.SyntaxError,
    [DocumentValidator.LinkingError]: DiagnosticCode.UnresolvedReference,
};

const UNCLOSED_TEXT = 'This text is not closed';
const UNCLOSED_COMMENT = 'This comment is not closed';

/**
 * Gives lexer, parser and linker diagnostics a stable `code`, like every other check, and
 * drops the parser's follow-on noise after an unclosed text (rest of that line) or an
 * unclosed comment (rest of the file): the lexer error already says what to fix.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    constructor(private readonly services: JourneyServices) {
        super(services);
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const phase = phaseOf(diagnostic);
            if (diagnostic.code === undefined && phase && CODES_BY_PHASE[phase]) {
                diagnostic.code = CODES_BY_PHASE[phase];
            }
        }
        return this.inDocumentLocale(document, withoutRecoveryGuesses(document, withoutFollowOnParseErrors(diagnostics)));
    }

    /** Syntax errors are worded in English while parsing (syntax-wordings.ts): word them in the document's locale. */
    private inDocumentLocale(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const workspaceLocale = this.services.gaps.Settings.settings.locale ?? 'en';
        const parser = this.services.parser.ParserErrorMessageProvider as Partial<JourneyParserErrorMessages>;
        const lexer = this.services.parser.LexerErrorMessageProvider as Partial<JourneyLexerErrorMessages>;
        for (const diagnostic of diagnostics) {
            const phase = phaseOf(diagnostic);
            const wordings = phase === DocumentValidator.ParsingError ? parser.wordings : phase === DocumentValidator.LexingError ? lexer.wordings : undefined;
            if (!wordings) continue;
            const locale = syntaxErrorLocale(document, document.textDocument.offsetAt(diagnostic.range.start), workspaceLocale);
            diagnostic.message = wordings.reword(diagnostic.message, locale) ?? diagnostic.message;
        }
        return diagnostics;
    }
}

/**
 * Where the parser's recovery went wrong (see recovery-noise.ts), the other diagnostics past that
 * point (more syntax errors, unknown names, duplicates, gaps) are about its guesses, not the
 * author's text: one misspelt keyword gave five errors. Only the first syntax error is reported
 * from that point on, with the lexer's own errors; fixing it brings the rest back.
 */
function withoutRecoveryGuesses(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const offset = recoveryGuessOffset(document);
    if (offset === undefined) return diagnostics;
    const at = document.textDocument.positionAt(offset);
    const parsing = diagnostics.filter(d => phaseOf(d) === DocumentValidator.ParsingError);
    const first = parsing.reduce<Diagnostic | undefined>((best, d) => (!best || startsBefore(d.range.start, best.range.start) ? d : best), undefined);
    return diagnostics.filter(d => d === first || phaseOf(d) === DocumentValidator.LexingError || startsBefore(d.range.start, at));
}

function startsBefore(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function phaseOf(diagnostic: Diagnostic): string | undefined {
    return (diagnostic.data as { code?: string } | undefined)?.code;
}

function messageText(diagnostic: Diagnostic): string {
    return diagnostic.message;
}

function withoutFollowOnParseErrors(diagnostics: Diagnostic[]): Diagnostic[] {
    const unclosed = diagnostics.filter(d => phaseOf(d) === DocumentValidator.LexingError
        && (messageText(d).startsWith(UNCLOSED_TEXT) || messageText(d).startsWith(UNCLOSED_COMMENT)));
    if (unclosed.length === 0) return diagnostics;
    return diagnostics.filter(d => phaseOf(d) !== DocumentValidator.ParsingError || !unclosed.some(u => {
        const start = u.range.start;
        const at = d.range.start;
        const after = at.line > start.line || (at.line === start.line && at.character >= start.character);
        return messageText(u).startsWith(UNCLOSED_COMMENT) ? after : after && at.line === start.line;
    }));
}
