import type { ValidationAcceptor } from 'langium';
import type { Metric, Quantity } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';

/** A value too large to be a number (hundreds of digits) would silently vanish from the model. */
export function checkQuantityIsNumber(quantity: Quantity, accept: ValidationAcceptor): void {
    if (Number.isFinite(quantity.value) || Number.isNaN(quantity.value)) return;
    accept(LANGUAGE_CODES[DiagnosticCode.NumberTooLarge].severity, 'This number is too large to compare with anything. Write it with fewer digits.',
        { node: quantity, property: 'value', code: DiagnosticCode.NumberTooLarge });
}

export function checkMetricHasValue(metric: Metric, accept: ValidationAcceptor): void {
    if (!metric.name || metric.actual || metric.target) return;
    accept(LANGUAGE_CODES[DiagnosticCode.MetricWithoutValue].severity,
        `The metric '${metric.name}' has no value. Add 'actual <value>' and/or 'target <value>', for example 'metric ${metric.name} actual 38% target 10%'.`,
        { node: metric, property: 'name', code: DiagnosticCode.MetricWithoutValue });
}
