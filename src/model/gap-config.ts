import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { closestName } from '../language/did-you-mean.js';
import { isLocale, LOCALES } from '../i18n/locales.js';
import { DEFAULT_THRESHOLDS, patternMatches, RULE_SEVERITIES, type GapSettings, type GapThresholds } from './gap-settings.js';
import type { RuleSeverity } from './gap.js';

/** `journey.config.json`, at the root of a workspace: the same settings as VS Code's `journey.*`. */
export const CONFIG_FILE_NAME = 'journey.config.json';

export interface ConfigProblem {
    message: string;
    /** 1-based, as shown to people. */
    line: number;
    column: number;
}

export interface ParsedConfig {
    settings: GapSettings;
    problems: ConfigProblem[];
}

export interface RawConfig {
    rules?: unknown;
    thresholds?: unknown;
    /** The language of the gaps' messages: en, el, da, it or es. */
    locale?: unknown;
}

/**
 * Reads the settings from the text of a journey.config.json (comments and trailing commas
 * allowed, as in VS Code's settings). Every problem has a position; what is valid is kept.
 */
export function parseGapConfig(text: string, knownCodes: readonly string[]): ParsedConfig {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    const position = (offset: number) => lineColumn(text, offset);
    const problems: ConfigProblem[] = errors.map(e => ({ message: `not valid JSON: ${describeParseError(printParseErrorCode(e.error))}`, ...position(e.offset) }));
    if (!root || errors.length > 0) return { settings: { rules: {}, thresholds: { ...DEFAULT_THRESHOLDS } }, problems };
    if (root.type !== 'object') {
        return { settings: { rules: {}, thresholds: { ...DEFAULT_THRESHOLDS } }, problems: [{ message: 'the file must hold one JSON object, like { "rules": { … } }', ...position(root.offset) }] };
    }
    const report = (node: Node | undefined, message: string) => problems.push({ message, ...position(node?.offset ?? root.offset) });
    for (const property of root.children ?? []) {
        const key = property.children?.[0]?.value;
        if (key !== 'rules' && key !== 'thresholds' && key !== 'locale' && key !== '$schema') {
            report(property.children?.[0], unknownSetting(String(key), knownCodes));
        }
    }
    const value = JSON.parse(JSON.stringify(nodeValue(root))) as RawConfig;
    const settings = settingsFrom(value, knownCodes, (path, message, part) => {
        const valueNode = findNodeAtLocation(root, path);
        report(part === 'key' ? valueNode?.parent?.children?.[0] ?? valueNode : valueNode, message);
    });
    return { settings, problems };
}

/** `part` says whether the problem is the property's name or its value. */
type Reporter = (path: (string | number)[], message: string, part: 'key' | 'value') => void;

/**
 * Settings from plain values, as VS Code sends them or a config file holds them. Invalid
 * entries are reported and left out, so one typo does not switch every rule back to default.
 */
export function settingsFrom(raw: RawConfig, knownCodes: readonly string[], report: Reporter = () => {}): GapSettings {
    const rules: Record<string, RuleSeverity> = {};
    if (raw.rules !== undefined) {
        if (!isObject(raw.rules)) {
            report(['rules'], '"rules" must be an object that maps rule codes to off, hint, info, warning or error', 'value');
        } else {
            for (const [pattern, severity] of Object.entries(raw.rules)) {
                if (!RULE_SEVERITIES.includes(severity as RuleSeverity)) {
                    const guess = typeof severity === 'string' ? closestSeverity(severity) : undefined;
                    report(['rules', pattern], `'${String(severity)}' is not a severity: ${guess ? `did you mean '${guess}'? Use` : 'use'} off, hint, info, warning or error`, 'value');
                } else if (!knownCodes.some(code => patternMatches(pattern, code))) {
                    report(['rules', pattern], `no rule matches '${pattern}'${closestCode(pattern, knownCodes)}`, 'key');
                } else {
                    rules[pattern] = severity as RuleSeverity;
                }
            }
        }
    }
    const thresholds: GapThresholds = { ...DEFAULT_THRESHOLDS };
    if (raw.thresholds !== undefined) {
        if (!isObject(raw.thresholds)) {
            report(['thresholds'], '"thresholds" must be an object, like { "channelSwitches": 3, "emotionGap": 2 }', 'value');
        } else {
            for (const [key, value] of Object.entries(raw.thresholds)) {
                if (key !== 'channelSwitches' && key !== 'emotionGap') {
                    report(['thresholds', key], `unknown threshold '${key}': ${didYouMean(key, THRESHOLDS, 'Expected')} channelSwitches or emotionGap`, 'key');
                } else if (value === undefined || value === null) {
                    continue;
                } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
                    report(['thresholds', key], `${key} must be a whole number of at least 1`, 'value');
                } else {
                    thresholds[key] = value;
                }
            }
        }
    }
    if (raw.locale === undefined || raw.locale === null) return { rules, thresholds };
    if (!isLocale(raw.locale)) {
        report(['locale'], `"locale" must be one of ${LOCALES.join(', ')}`, 'value');
        return { rules, thresholds };
    }
    return { rules, thresholds, locale: raw.locale };
}

/** The editor's settings over a config file's: its rules as a layer above, its thresholds one by one, its locale. */
export function mergeSettings(base: GapSettings, override: GapSettings, overrideThresholds: Partial<GapThresholds>): GapSettings {
    const overrides = Object.keys(override.rules).length > 0 ? override.rules : undefined;
    const merged: GapSettings = { rules: base.rules, overrides, thresholds: { ...base.thresholds, ...overrideThresholds } };
    const locale = override.locale ?? base.locale;
    return locale ? { ...merged, locale } : merged;
}

/** A key at the top that is no setting; often a rule code or a threshold that belongs one level down. */
function unknownSetting(key: string, knownCodes: readonly string[]): string {
    const unknown = `unknown setting '${key}'`;
    if (THRESHOLDS.includes(key)) return `${unknown}: thresholds go inside "thresholds": { "${key}": … }`;
    const threshold = closestName(key, THRESHOLDS);
    if (threshold) return `${unknown}: did you mean the threshold '${threshold}'? Thresholds go inside "thresholds": { "${threshold}": … }`;
    const setting = closestName(key, ['rules', 'thresholds']);
    if (setting) return `${unknown}: did you mean '${setting}'? Expected "rules" or "thresholds"`;
    if (knownCodes.includes(key)) return `${unknown}: rule severities go inside "rules": { "${key}": "error" }`;
    const code = closestName(key, knownCodes);
    if (code) return `${unknown}: did you mean the rule '${code}'? Rule severities go inside "rules": { "${code}": "error" }`;
    return `${unknown}: expected "rules" or "thresholds"`;
}

const THRESHOLDS: readonly string[] = ['channelSwitches', 'emotionGap'];

/** `did you mean 'x'? Expected` for a near miss, else `expected`: the start of the list of what is allowed. */
function didYouMean(wanted: string, candidates: readonly string[], lead: string): string {
    const guess = closestName(wanted, candidates);
    return guess ? `did you mean '${guess}'? ${lead}` : lead.toLowerCase();
}

/** `: did you mean 'missing-owner'?` for a misspelt rule code; nothing for a pattern with wildcards. */
function closestCode(pattern: string, knownCodes: readonly string[]): string {
    const guess = pattern.includes('*') ? undefined : closestName(pattern, knownCodes);
    return guess ? `: did you mean '${guess}'?` : '';
}

/** A severity written short or long (`warn`, `err`, `errors`, `information`) or misspelt. */
function closestSeverity(wanted: string): RuleSeverity | undefined {
    const lower = wanted.trim().toLowerCase();
    if (RULE_SEVERITIES.includes(lower as RuleSeverity)) return lower as RuleSeverity;
    const byPrefix = RULE_SEVERITIES.find(s => (lower.length >= 3 && s.startsWith(lower)) || (lower.startsWith(s) && s.length >= 3));
    return byPrefix ?? closestName(lower, RULE_SEVERITIES) as RuleSeverity | undefined;
}

function nodeValue(node: Node): unknown {
    switch (node.type) {
        case 'object': return Object.fromEntries((node.children ?? []).map(p => [p.children?.[0]?.value, p.children?.[1] ? nodeValue(p.children[1]) : undefined]));
        case 'array': return (node.children ?? []).map(nodeValue);
        default: return node.value;
    }
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function describeParseError(code: string): string {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
