import type { ValidationAcceptor } from 'langium';
import type { Metric } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';

export function checkMetricHasValue(metric: Metric, accept: ValidationAcceptor): void {
    if (!metric.name || metric.actual || metric.target) return;
    accept('warning',
        `The metric '${metric.name}' has no value. Add 'actual <value>' and/or 'target <value>', for example 'metric ${metric.name} actual 38% target 10%'.`,
        { node: metric, property: 'name', code: DiagnosticCode.MetricWithoutValue });
}
