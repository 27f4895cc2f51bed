import { atRange } from '../gap-context.js';
import type { Locale } from '../../i18n/locales.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapFinding } from '../gap.js';
import type { MetricModel, Quantity } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

// Well-known KPIs whose better direction goes without saying. The name is split into words
// (camelCase, _, -, spaces) and its head word decides: the last word, or the one before a
// preposition (TimeToResolve), looking past generic endings such as Rate or Score.
// ResolutionTime is a time (lower is better), FirstContactResolution a resolution rate
// (higher), AbandonmentRate an abandonment (lower), NumberOfComplaints complaints (lower).
// Short words must match whole (Timeliness is not a time); longer stems may begin a word.
const LOWER_IS_BETTER = ['abandon', 'abandonment', 'time', 'wait', 'waiting', 'duration', 'delay', 'delays', 'effort', 'ces',
    'cost', 'costs', 'error', 'errors', 'failure', 'failures', 'complaint', 'escalat', 'reopen', 'backlog', 'queue',
    'contacts', 'transfer', 'transfers', 'churn', 'drop', 'dropout', 'bounce', 'latency', 'ttr', 'mttr', 'aht'];
const HIGHER_IS_BETTER = ['csat', 'nps', 'satisfaction', 'fcr', 'resolution', 'success', 'adoption', 'deflection',
    'retention', 'conversion', 'completion', 'uptime', 'availability', 'accuracy', 'savings', 'saved'];
const GENERIC_ENDINGS = new Set(['rate', 'ratio', 'percent', 'percentage', 'pct', 'score', 'index', 'level', 'count', 'total', 'number', 'share']);
// "TimeToResolve", "CostPerContact": the head comes before the preposition.
const PREPOSITIONS = new Set(['to', 'per', 'for', 'until', 'before', 'from']);

export type Direction = 'at-most' | 'at-least';

function known(word: string, stems: string[]): boolean {
    return stems.some(stem => word === stem || (stem.length >= 6 && word.startsWith(stem)));
}

export function metricDirection(metric: MetricModel): Direction | undefined {
    if (metric.comparison) return metric.comparison;
    const words = nameWords(metric.name);
    const of = words.indexOf('of');
    const preposition = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
    let head = words.length - 1;
    // "NumberOfComplaints", "RateOfAbandonment": a generic word before 'of' points at the last word.
    if (!(of > 0 && GENERIC_ENDINGS.has(words[of - 1])) && preposition > 0) head = preposition - 1;
    while (head > 0 && GENERIC_ENDINGS.has(words[head])) head--;
    const word = words[head];
    if (word === undefined) return undefined;
    if (known(word, LOWER_IS_BETTER)) return 'at-most';
    if (known(word, HIGHER_IS_BETTER)) return 'at-least';
    return undefined;
}

/** "FirstContactResolution" → first, contact, resolution; "TTR_p90" → ttr, p90. */
export function nameWords(name: string): string[] {
    return name
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map(word => word.toLowerCase());
}

export const metricOffTarget: GapRule = {
    code: 'metric-off-target',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('metric-off-target', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => {
        const metrics = [
            ...journey.metrics,
            ...journey.stages.flatMap(stage => [...stage.metrics, ...stage.touchpoints.flatMap(t => t.metrics)]),
        ];
        return metrics.flatMap(metric => offTarget(metric, journey.name, localeFor(journey)));
    }),
};

function offTarget(metric: MetricModel, journey: string, locale: Locale): GapFinding[] {
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
    const params = { metric: metric.name, title: metric.title ? ` ("${metric.title}")` : '', actual: format(actual) };
    return [{
        message: direction
            ? gapText(locale, 'metric-off-target.message', { ...params, target: gapText(locale, `metric-off-target.${direction}`, { target: format(target) }) })
            : gapText(locale, 'metric-off-target.message-no-direction', { ...params, target: format(target) }),
        location: atRange(metric.source, actual.range),
        journey,
        related: [{ location: atRange(metric.source, target.range), message: gapText(locale, 'metric-off-target.related') }],
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
    const a = actual.unit?.toLowerCase();
    const b = target.unit?.toLowerCase();
    if (a === undefined || b === undefined || a === b) return [actual.value, target.value];
    if (MINUTES[a] !== undefined && MINUTES[b] !== undefined) return [actual.value * MINUTES[a], target.value * MINUTES[b]];
    return undefined;
}

function format(quantity: Quantity): string {
    const unit = quantity.unit ?? '';
    return `${quantity.value}${unit === '%' || unit === '' ? unit : ` ${unit}`}`;
}
