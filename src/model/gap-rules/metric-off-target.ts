import { atRange } from '../gap-context.js';
import type { GapFinding } from '../gap.js';
import type { MetricModel, Quantity } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

// Well-known KPIs whose better direction goes without saying, as word stems. The name is split
// into words (camelCase, _, -, spaces) and the last word that is known decides, since it is
// usually the head of the phrase: ResolutionTime is a time, FirstContactResolution a rate.
const LOWER_IS_BETTER = ['abandon', 'time', 'wait', 'duration', 'delay', 'effort', 'ces', 'cost', 'error', 'fail',
    'complaint', 'escalat', 'reopen', 'backlog', 'queue', 'contacts', 'transfer', 'churn', 'drop', 'bounce', 'latency',
    'ttr', 'mttr', 'aht', 'minutes', 'hours', 'days'];
const HIGHER_IS_BETTER = ['csat', 'nps', 'satisfaction', 'fcr', 'resolution', 'success', 'adoption', 'deflection',
    'retention', 'conversion', 'completion', 'uptime', 'availability', 'accuracy'];

export type Direction = 'at-most' | 'at-least';

export function metricDirection(metric: MetricModel): Direction | undefined {
    if (metric.comparison) return metric.comparison;
    for (const word of nameWords(metric.name).reverse()) {
        if (LOWER_IS_BETTER.some(stem => word === stem || (stem.length > 3 && word.startsWith(stem)))) return 'at-most';
        if (HIGHER_IS_BETTER.some(stem => word === stem || (stem.length > 3 && word.startsWith(stem)))) return 'at-least';
    }
    return undefined;
}

/** "FirstContactResolution" → first, contact, resolution; "TTR_p90" → ttr, p90. */
export function nameWords(name: string): string[] {
    return name
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map(word => word.toLocaleLowerCase());
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
    if (!actual || !target) return [];
    const values = comparable(actual, target);
    if (!values) return [];
    const [actualValue, targetValue] = values;
    const direction = metricDirection(metric);
    const misses = direction === 'at-most' ? actualValue > targetValue
        : direction === 'at-least' ? actualValue < targetValue
        : actualValue !== targetValue;
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

// Durations in different units are compared in minutes.
const MINUTES: Record<string, number> = {
    s: 1 / 60, sec: 1 / 60, secs: 1 / 60, second: 1 / 60, seconds: 1 / 60,
    m: 1, min: 1, mins: 1, minute: 1, minutes: 1,
    h: 60, hr: 60, hrs: 60, hour: 60, hours: 60,
    d: 1440, day: 1440, days: 1440, w: 10080, week: 10080, weeks: 10080,
};

/** The two values in one unit, or undefined when their units cannot be compared. */
function comparable(actual: Quantity, target: Quantity): [number, number] | undefined {
    const a = actual.unit?.toLocaleLowerCase();
    const b = target.unit?.toLocaleLowerCase();
    if (a === undefined || b === undefined || a === b) return [actual.value, target.value];
    if (MINUTES[a] !== undefined && MINUTES[b] !== undefined) return [actual.value * MINUTES[a], target.value * MINUTES[b]];
    return undefined;
}

function format(quantity: Quantity): string {
    const unit = quantity.unit ?? '';
    return `${quantity.value}${unit === '%' || unit === '' ? unit : ` ${unit}`}`;
}
