import { type AstNode, type Grammar, type ValidationAcceptor } from 'langium';
import { firstNodeForProperty } from '../cst-assignments.js';
import { editDistance } from '../did-you-mean.js';
import type { Emotion, Quantity } from '../generated/ast.js';
import { fieldPhrasesByRule } from '../field-keywords.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/**
 * A bare word after an emotion score is its feeling, and after a metric value its unit. So
 * `emotion 2 ownr ServiceDesk` or `actual 3 traget 10%` parse, with the misspelt field
 * swallowed. Warn when such a word is one letter away from a field the author could have meant.
 */
export class FieldWordTypoChecks {
    private fieldWords: string[] | undefined;
    /** Words seen before (feelings and units repeat across a map), with the field they resemble. */
    private readonly seen = new Map<string, string | undefined>();

    constructor(private readonly grammar: () => Grammar) {}

    checkFeeling(emotion: Emotion, accept: ValidationAcceptor, locale: Locale = 'en'): void {
        const word = unquotedText(emotion, 'feeling');
        const field = word && this.closeField(word);
        if (!word || !field) return;
        accept(LANGUAGE_CODES[DiagnosticCode.LooksLikeField].severity,
            languageText(locale, 'field-word.feeling', { word, field }),
            { node: emotion, property: 'feeling', code: DiagnosticCode.LooksLikeField });
    }

    checkUnit(quantity: Quantity, accept: ValidationAcceptor, locale: Locale = 'en'): void {
        const word = unquotedText(quantity, 'unit');
        const field = word && this.closeField(word);
        if (!word || !field) return;
        accept(LANGUAGE_CODES[DiagnosticCode.LooksLikeField].severity,
            languageText(locale, 'field-word.unit', { word, field }),
            { node: quantity, property: 'unit', code: DiagnosticCode.LooksLikeField });
    }

    private closeField(word: string): string | undefined {
        // Element fields from the grammar, plus a metric's own value keywords.
        this.fieldWords ??= [...new Set([...fieldPhrasesByRule(this.grammar()).values()].flat().map(p => p.split(' ')[0]).concat('actual', 'target'))];
        const lower = word.toLowerCase();
        if (!this.seen.has(lower)) {
            const fields = this.fieldWords;
            this.seen.set(lower, fields.find(field => field !== lower && Math.abs(field.length - lower.length) <= 1 && editDistance(lower, field) <= 1));
        }
        return this.seen.get(lower);
    }
}

/** The property's source text when it was written as a bare word, not quoted. */
function unquotedText(node: AstNode, property: string): string | undefined {
    const text = firstNodeForProperty(node.$cstNode, property)?.text;
    return text && !/^["']/.test(text) ? text : undefined;
}
