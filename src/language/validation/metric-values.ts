import type { ValidationAcceptor } from 'langium';
import type { Metric, Quantity } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/** A value too large to be a number (hundreds of digits) would silently vanish from the model. */
export function checkQuantityIsNumber(quantity: Quantity, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    if (Number.isFinite(quantity.value) || Number.isNaN(quantity.value)) return;
    accept(LANGUAGE_CODES[DiagnosticCode.NumberTooLarge].severity, languageText(locale, 'metric.too-large'),
        { node: quantity, property: 'value', code: DiagnosticCode.NumberTooLarge });
}

export function checkMetricHasValue(metric: Metric, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    if (!metric.name || metric.actual || metric.target) return;
    accept(LANGUAGE_CODES[DiagnosticCode.MetricWithoutValue].severity,
        languageText(locale, 'metric.without-value', { metric: metric.name }),
        { node: metric, property: 'name', code: DiagnosticCode.MetricWithoutValue });
}
