import { compareText } from '../model/text-order.js';
import type { Gap } from '../model/gap.js';
import type { GapReport, JourneyGapSummary, JourneyPairSummary } from '../model/gap-report.js';

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

/** The gap report as Markdown, for a person: per journey, per pair with the emotion table, then each gap. */
export function gapReportMarkdown(report: GapReport, focus?: string): string {
    const journeys = focus ? report.journeys.filter(j => j.journey === focus) : report.journeys;
    const pairs = focus ? report.pairs.filter(p => p.actual === focus || p.ideal === focus) : report.pairs;
    const lines: string[] = ['# Gap report', ''];
    if (journeys.length === 0) lines.push('No journeys found.', '');
    for (const journey of journeys) lines.push(...journeySection(journey));
    for (const pair of pairs) lines.push(...pairSection(pair));
    if (!focus && report.workspaceGaps.length > 0) {
        lines.push('## Declarations', '', ...report.workspaceGaps.map(gapLine), '');
    }
    return lines.join('\n');
}

function journeySection(journey: JourneyGapSummary): string[] {
    const total = journey.gaps.length;
    return [
        `## ${journey.kind === 'ideal' ? 'Ideal journey' : 'Journey'} ${journey.journey}${journey.title ? ` — ${escape(journey.title)}` : ''}`,
        '',
        `${total} gap${total === 1 ? '' : 's'} · ${journey.touchpoints} touchpoint${journey.touchpoints === 1 ? '' : 's'}, ${journey.touchpointsWithoutOwner} without owner`,
        '',
        ...countsTable(journey.counts),
        ...[...journey.gaps].sort(bySeverity).map(gapLine),
        '',
    ];
}

function pairSection(pair: JourneyPairSummary): string[] {
    const lines = [`## ${pair.actual} against ideal ${pair.ideal}`, ''];
    if (pair.emotions.length > 0) {
        lines.push('| touchpoint | actual | ideal | short by |', '| --- | ---: | ---: | ---: |');
        for (const e of pair.emotions) {
            lines.push(`| ${escape(e.title ?? e.touchpoint)} | ${e.actual ?? '–'} | ${e.ideal ?? '–'} | ${e.shortfall ?? '–'} |`);
        }
        lines.push('');
    }
    lines.push(...countsTable(pair.counts), ...[...pair.gaps].sort(bySeverity).map(gapLine), '');
    return lines;
}

function countsTable(counts: Record<string, number>): string[] {
    const entries = Object.entries(counts).sort(([a], [b]) => compareText(a, b));
    if (entries.length === 0) return [];
    return ['| gap | count |', '| --- | ---: |', ...entries.map(([code, n]) => `| \`${code}\` | ${n} |`), ''];
}

function gapLine(gap: Gap): string {
    return `- **${gap.severity}** \`${gap.code}\` (line ${gap.location.range.start.line + 1}): ${escape(gap.message)}`;
}

function bySeverity(a: Gap, b: Gap): number {
    return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.location.range.start.line - b.location.range.start.line;
}

function escape(text: string): string {
    return text.replace(/[\\`*_|<>[\]]/g, ch => `\\${ch}`);
}
