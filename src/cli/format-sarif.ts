import type * as Sarif from 'sarif';
import { GAP_RULES } from '../model/gap-rules/index.js';
import type { Locale } from '../i18n/locales.js';
import { LANGUAGE_CODES, type DiagnosticCode } from '../language/validation/diagnostic-codes.js';
import { languageText, type LanguageMessageKey } from '../language/validation/language-messages.js';
import { ruleSummary } from '../model/gap-messages.js';
import type { ReportedDiagnostic, Severity } from './diagnostic-report.js';
import { VERSION } from './version.js';

const LEVELS: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

interface RuleInfo {
    id: string;
    summary: string;
    level: Sarif.ReportingConfiguration.level;
    page: boolean;
}

function allRules(locale: Locale): RuleInfo[] {
    return [
        ...Object.entries(LANGUAGE_CODES).map(([id, { severity }]) => ({
            id, summary: languageText(locale, `summary.${id as DiagnosticCode}` as LanguageMessageKey), level: LEVELS[severity], page: false,
        })),
        ...GAP_RULES.map(rule => ({ id: rule.code, summary: ruleSummary(rule.code, locale), level: LEVELS[rule.defaultSeverity], page: true })),
    ];
}

/**
 * SARIF 2.1.0 for code scanning: every rule with its description and, for gap rules, a help
 * link to its page (under `docsBase`, e.g. the repository's docs/rules/ on GitHub); results
 * point at paths relative to the checked-out repository (%SRCROOT%). The rules' descriptions
 * are in the report's language, as the results' messages are; `language` says which.
 */
export function formatSarif(diagnostics: ReportedDiagnostic[], docsBase: string | undefined, locale: Locale = 'en'): string {
    const rules = allRules(locale);
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'journey',
                    fullName: 'Journey Maps as Code',
                    version: VERSION,
                    rules: rules.map(rule => ({
                        id: rule.id,
                        shortDescription: { text: rule.summary },
                        defaultConfiguration: { level: rule.level },
                        ...(rule.page && docsBase ? { helpUri: `${docsBase.replace(/\/?$/, '/')}${rule.id}.md` } : {}),
                        help: { text: rule.summary, markdown: rule.page ? `${rule.summary} See docs/rules/${rule.id}.md.` : rule.summary },
                    })),
                },
            },
            results: diagnostics.map((d): Sarif.Result => ({
                ruleId: d.code,
                ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
                level: LEVELS[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
            columnKind: 'utf16CodeUnits',
            language: locale,
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
