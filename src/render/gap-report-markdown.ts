import type { Locale } from '../i18n/locales.js';
import { compareText } from '../model/text-order.js';
import type { Gap } from '../model/gap.js';
import type { GapReport, JourneyGapSummary, JourneyPairSummary } from '../model/gap-report.js';
import { counted, sayIn, type Say } from './render-messages.js';

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'];

/** The gap report as Markdown, for a person: per journey, per pair with the emotion table, then each gap. */
export function gapReportMarkdown(report: GapReport, focus?: string, options: { locale?: Locale } = {}): string {
    const say = sayIn(options.locale);
    const gapLine = gapLineIn(say);
    const journeys = focus ? report.journeys.filter(j => j.journey === focus) : report.journeys;
    const pairs = focus ? report.pairs.filter(p => p.actual === focus || p.ideal === focus) : report.pairs;
    const lines: string[] = [say('report.title'), ''];
    if (journeys.length === 0) lines.push(say('report.noJourneys'), '');
    for (const journey of journeys) lines.push(...journeySection(journey, say));
    for (const pair of pairs) lines.push(...pairSection(pair, say));
    if (!focus && report.workspaceGaps.length > 0) {
        lines.push(say('report.declarations'), '', ...report.workspaceGaps.map(gapLine), '');
    }
    return lines.join('\n');
}

function journeySection(journey: JourneyGapSummary, say: Say): string[] {
    const summary = say('report.summary', {
        gaps: counted(say, journey.gaps.length, 'gap'),
        touchpoints: counted(say, journey.touchpoints, 'touchpoint'),
        unowned: journey.touchpointsWithoutOwner,
    });
    return [
        `## ${say(journey.kind === 'ideal' ? 'report.idealJourney' : 'report.journey', { journey: journey.journey })}${journey.title ? ` — ${escape(journey.title)}` : ''}`,
        '',
        summary,
        '',
        ...countsTable(journey.counts, say),
        ...[...journey.gaps].sort(bySeverity).map(gapLineIn(say)),
        '',
    ];
}

function pairSection(pair: JourneyPairSummary, say: Say): string[] {
    const lines = [say('report.pair', { actual: pair.actual, ideal: pair.ideal }), ''];
    if (pair.emotions.length > 0) {
        lines.push(say('report.pairTable'), '| --- | ---: | ---: | ---: |');
        for (const e of pair.emotions) {
            lines.push(`| ${escape(e.title ?? e.touchpoint)} | ${e.actual ?? '–'} | ${e.ideal ?? '–'} | ${e.shortfall ?? '–'} |`);
        }
        lines.push('');
    }
    lines.push(...countsTable(pair.counts, say), ...[...pair.gaps].sort(bySeverity).map(gapLineIn(say)), '');
    return lines;
}

function countsTable(counts: Record<string, number>, say: Say): string[] {
    const entries = Object.entries(counts).sort(([a], [b]) => compareText(a, b));
    if (entries.length === 0) return [];
    return [say('report.countsTable'), '| --- | ---: |', ...entries.map(([code, n]) => `| \`${code}\` | ${n} |`), ''];
}

function gapLineIn(say: Say): (gap: Gap) => string {
    return gap => `- **${say(`severity.${gap.severity}`)}** \`${gap.code}\` ${say('report.line', { line: gap.location.range.start.line + 1 })}: ${escape(gap.message)}`;
}

function bySeverity(a: Gap, b: Gap): number {
    return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.location.range.start.line - b.location.range.start.line;
}

function escape(text: string): string {
    return text.replace(/[\\`*_|<>[\]]/g, ch => `\\${ch}`);
}
