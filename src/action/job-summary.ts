import type { ReportedDiagnostic, Severity } from '../cli/diagnostic-report.js';
import { markdownCell } from '../render/markdown-text.js';
import { plural } from '../render/plural.js';

const ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const MAX_LISTED = 200;

export interface Verdict {
    failed: boolean;
    reason: string;
}

/** Counts by severity, as the CLI's summary line words them. */
export function countSeverities(diagnostics: readonly ReportedDiagnostic[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of diagnostics) counts[d.severity]++;
    return counts;
}

/**
 * The job summary: the findings counted by rule (a table a reviewer reads at a glance), the
 * findings themselves folded away, and then the journey diff with the Mermaid before and after.
 */
export function jobSummary(diagnostics: readonly ReportedDiagnostic[], fileCount: number, verdict: Verdict, diffMarkdown?: string): string {
    const counts = countSeverities(diagnostics);
    const out = ['# Journey maps', ''];
    out.push(`${verdict.failed ? '❌' : '✅'} **${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, `
        + `${plural(counts.info + counts.hint, 'note')}** in ${plural(fileCount, 'file')}. ${markdownCell(verdict.reason)}`);
    const byRule = new Map<string, { severity: Severity; count: number }>();
    for (const d of diagnostics) {
        const entry = byRule.get(d.code) ?? { severity: d.severity, count: 0 };
        entry.count++;
        if (ORDER.indexOf(d.severity) < ORDER.indexOf(entry.severity)) entry.severity = d.severity;
        byRule.set(d.code, entry);
    }
    if (byRule.size > 0) {
        out.push('', '| Rule | Severity | Found |', '| --- | --- | ---: |');
        const rows = [...byRule].sort(([a, x], [b, y]) => ORDER.indexOf(x.severity) - ORDER.indexOf(y.severity) || y.count - x.count || a.localeCompare(b));
        for (const [code, { severity, count }] of rows) out.push(`| \`${code}\` | ${severity} | ${count} |`);
        out.push('', `<details><summary>All ${plural(diagnostics.length, 'finding')}</summary>`, '');
        for (const d of diagnostics.slice(0, MAX_LISTED)) {
            out.push(`- ${markdownCell(`${d.file}:${d.line}:${d.column}`)} **${d.severity}** \`${d.code}\` ${markdownCell(d.message)}`);
        }
        if (diagnostics.length > MAX_LISTED) out.push(`- … and ${diagnostics.length - MAX_LISTED} more (run \`journey check\` for all of them)`);
        out.push('', '</details>');
    }
    if (diffMarkdown) out.push('', diffMarkdown.trimEnd());
    return `${out.join('\n')}\n`;
}
