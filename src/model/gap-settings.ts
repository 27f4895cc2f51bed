import type { RuleSeverity, Severity } from './gap.js';

export interface GapThresholds {
    /** channel-hopping fires at this many channel switches in a row. */
    channelSwitches: number;
    /** emotion-gap fires when the actual emotion is this many points below the ideal. */
    emotionGap: number;
}

export interface GapSettings {
    /** Severity by rule code or wildcard pattern (`*-mismatch`). */
    rules: Record<string, RuleSeverity>;
    thresholds: GapThresholds;
}

export const DEFAULT_THRESHOLDS: GapThresholds = { channelSwitches: 3, emotionGap: 2 };

export const DEFAULT_SETTINGS: GapSettings = { rules: {}, thresholds: DEFAULT_THRESHOLDS };

export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * The severity a rule reports at. An exact code wins over a wildcard; among wildcards the
 * most specific (most characters besides `*`) wins; otherwise the rule's default.
 */
export function resolveSeverity(code: string, defaultSeverity: Severity, rules: Record<string, RuleSeverity>): RuleSeverity {
    if (Object.hasOwn(rules, code)) return rules[code];
    let best: { specificity: number; severity: RuleSeverity } | undefined;
    for (const [pattern, severity] of Object.entries(rules)) {
        if (!pattern.includes('*') || !patternMatches(pattern, code)) continue;
        const specificity = pattern.replace(/\*/g, '').length;
        if (!best || specificity > best.specificity) best = { specificity, severity };
    }
    return best?.severity ?? defaultSeverity;
}

/** Whether a code or a wildcard pattern (`*-mismatch`) names the rule `code`. */
export function patternMatches(pattern: string, code: string): boolean {
    if (!pattern.includes('*')) return pattern === code;
    const regex = new RegExp(`^${pattern.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return regex.test(code);
}
