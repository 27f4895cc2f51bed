import { atRange } from '../gap-context.js';
import type { GapFinding } from '../gap.js';
import type { MetricModel, Quantity } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

// Well-known KPIs whose better direction goes without saying. Checked in this order, so
// "ResolutionTime" is a time (lower is better) although "resolution" alone is higher-better.
const LOWER_IS_BETTER = ['abandon', 'time', 'wait', 'duration', 'delay', 'effort', 'ces', 'cost', 'error', 'fail',
    'complaint', 'escalat', 'reopen', 'backlog', 'queue', 'contact', 'transfer', 'churn', 'drop', 'bounce', 'latency',
    'ttr', 'mttr', 'aht', 'zeroresult', 'noresult'];
const HIGHER_IS_BETTER = ['csat', 'nps', 'satisfaction', 'fcr', 'firstcontact', 'resolution', 'success', 'adoption',
    'deflection', 'retention', 'conversion', 'completion', 'uptime', 'availability'];

export type Direction = 'at-most' | 'at-least';

export function metricDirection(metric: MetricModel): Direction | undefined {
    if (metric.comparison) return metric.comparison;
    const key = metric.name.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (LOWER_IS_BETTER.some(word => key.includes(word))) return 'at-most';
    if (HIGHER_IS_BETTER.some(word => key.includes(word))) return 'at-least';
    return undefined;
}

export const metricOffTarget: GapRule = {
    code: 'metric-off-target',
    defaultSeverity: 'warning',
    family: 'map',
    summary: 'A metric whose actual value misses its target.',
    check: ({ model }) => model.journeys.flatMap(journey => {
        const metrics = [
            ...journey.metrics,
            ...journey.stages.flatMap(stage => [...stage.metrics, ...stage.touchpoints.flatMap(t => t.metrics)]),
        ];
        return metrics.flatMap(metric => offTarget(metric, journey.name));
    }),
};

function offTarget(metric: MetricModel, journey: string): GapFinding[] {
    const { actual, target } = metric;
    if (!actual || !target || !sameUnit(actual, target)) return [];
    const direction = metricDirection(metric);
    const misses = direction === 'at-most' ? actual.value > target.value
        : direction === 'at-least' ? actual.value < target.value
        : actual.value !== target.value;
    if (!misses) return [];
    const wanted = direction === 'at-most' ? 'at most ' : direction === 'at-least' ? 'at least ' : '';
    const hint = direction ? '' : ` Write 'target <= ${format(target)}' or 'target >= ${format(target)}' to say which way is better.`;
    return [{
        message: `Metric '${metric.name}'${metric.title ? ` ("${metric.title}")` : ''} misses its target: actual ${format(actual)} against a target of ${wanted}${format(target)}.${hint}`,
        location: atRange(metric.source, actual.range),
        journey,
        related: [{ location: atRange(metric.source, target.range), message: 'The target' }],
        data: { journey, metric: metric.name },
    }];
}

function sameUnit(a: Quantity, b: Quantity): boolean {
    return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
}

function format(quantity: Quantity): string {
    const unit = quantity.unit ?? '';
    return `${quantity.value}${unit === '%' || unit === '' ? unit : ` ${unit}`}`;
}
