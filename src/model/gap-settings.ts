import type { Locale } from '../i18n/locales.js';
import type { RuleSeverity, Severity } from './gap.js';

export interface GapThresholds {
    /** channel-hopping fires at this many channel switches in a row. */
    channelSwitches: number;
    /** emotion-gap fires when the actual emotion is this many points below the ideal. */
    emotionGap: number;
}

export interface GapSettings {
    /** Severity by rule code or wildcard pattern (`*-mismatch`): journey.config.json. */
    rules: Record<string, RuleSeverity>;
    /** The editor's `journey.rules`, a layer above `rules`: any match here wins. */
    overrides?: Record<string, RuleSeverity>;
    thresholds: GapThresholds;
    /** The language of the gaps' messages; English when not given. */
    locale?: Locale;
}

export const DEFAULT_THRESHOLDS: GapThresholds = { channelSwitches: 3, emotionGap: 2 };

export const DEFAULT_SETTINGS: GapSettings = { rules: {}, thresholds: DEFAULT_THRESHOLDS };

export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * The severity a rule reports at. Layers are tried in order (the editor's settings before
 * journey.config.json); within a layer an exact code wins over a wildcard, and the most
 * specific wildcard (most characters besides `*`) over a broader one, the first listed on a
 * tie. With no match in any layer, the rule's default.
 */
export function resolveSeverity(code: string, defaultSeverity: Severity, ...layers: (Record<string, RuleSeverity> | undefined)[]): RuleSeverity {
    for (const rules of layers) {
        const found = rules && severityInLayer(code, rules);
        if (found) return found;
    }
    return defaultSeverity;
}

function severityInLayer(code: string, rules: Record<string, RuleSeverity>): RuleSeverity | undefined {
    if (Object.hasOwn(rules, code)) return rules[code];
    let best: { specificity: number; severity: RuleSeverity } | undefined;
    for (const [pattern, severity] of Object.entries(rules)) {
        if (!pattern.includes('*') || !patternMatches(pattern, code)) continue;
        const specificity = pattern.replace(/\*/g, '').length;
        if (!best || specificity > best.specificity) best = { specificity, severity };
    }
    return best?.severity;
}

/** Whether a code or a wildcard pattern (`*-mismatch`) names the rule `code`. */
export function patternMatches(pattern: string, code: string): boolean {
    if (!pattern.includes('*')) return pattern === code;
    const regex = new RegExp(`^${pattern.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return regex.test(code);
}
