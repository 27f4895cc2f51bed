import type { Locale } from '../i18n/locales.js';
import type { Gap, Severity } from '../model/gap.js';
import { ruleSummary } from '../model/gap-messages.js';
import type { JourneyModel } from '../model/journey-model.js';
import { compareText } from '../model/text-order.js';
import { h, join, text } from './html.js';
import type { SaySite } from './site-messages.js';
import { href, type PagePath, type SitePlan } from './site-plan.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const ICONS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', hint: '○' };
const PLURAL_KEYS = { error: 'severity.errors', warning: 'severity.warnings', info: 'severity.infos', hint: 'severity.hints' } as const;

/** Gaps by severity: how many of each. */
export function severityCounts(gaps: readonly Gap[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const gap of gaps) counts[gap.severity]++;
    return counts;
}

/** A severity as an icon and a word ("▲ Warnings"): the colour is never the only sign. */
export function severityLabel(severity: Severity, say: SaySite): string {
    return h('span', { class: `sev sev-${severity}` }, h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, ICONS[severity]), ' ', text(say(PLURAL_KEYS[severity])));
}

/** "✖ Errors: 0 · ▲ Warnings: 5 · ℹ Info: 2", hints only when there are some. */
export function severityCountList(gaps: readonly Gap[], say: SaySite): string {
    const counts = severityCounts(gaps);
    const shown = SEVERITIES.filter(s => s !== 'hint' || counts.hint > 0);
    return h('ul', { class: 'counts' }, ...shown.map(severity => h('li', { class: `count sev-${severity}` },
        h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, ICONS[severity]), ' ',
        text(say('severity.count', { severity: say(PLURAL_KEYS[severity]), count: counts[severity] })))));
}

export interface GapListContext {
    page: PagePath;
    plan: SitePlan;
    say: SaySite;
    /** The words of the severities ("warning"), from the renderer's catalogue. */
    severityWord: (severity: Severity) => string;
    /** A gap's file as the reader knows it (relative to the folder the site was made from). */
    fileOf: (uri: string) => string;
    /** The file of the page's journey: gaps in it show their line only. */
    ownFile?: string;
}

/** Gaps grouped by severity, worst first, each with its rule's code (a link to its text below) and where it is. */
export function gapList(gaps: readonly Gap[], context: GapListContext): string {
    const { say } = context;
    if (gaps.length === 0) return h('p', { class: 'none' }, text(say('journey.noGaps')));
    const groups = SEVERITIES.map(severity => ({ severity, gaps: gaps.filter(g => g.severity === severity) })).filter(group => group.gaps.length > 0);
    return join(groups.map(group => join([
        h('h3', {}, severityLabel(group.severity, say), ` (${group.gaps.length})`),
        h('ul', { class: 'gap-list' }, ...group.gaps.map(gap => gapItem(gap, context))),
    ])));
}

function gapItem(gap: Gap, context: GapListContext): string {
    const { say, plan, page } = context;
    const line = say('journey.line', { line: gap.location.range.start.line + 1 });
    const file = context.fileOf(gap.location.uri);
    const where = file === context.ownFile ? line : `${file}, ${line}`;
    const journey = gap.journey === undefined ? undefined : plan.model.journeys.find(j => j.name === gap.journey);
    const touchpoint = gap.data?.touchpoint;
    const at = journey && touchpoint ? touchpointLink(journey, touchpoint, context) : undefined;
    return h('li', {},
        h('span', { class: `sev sev-${gap.severity}` }, h('span', { class: 'sev-icon', 'aria-hidden': 'true' }, ICONS[gap.severity]), ' ', text(context.severityWord(gap.severity))), ' ',
        h('a', { class: 'gap-code', href: href(page, page, `rule-${gap.code}`) }, text(gap.code)), ' ',
        text(gap.message), ' ',
        h('span', { class: 'gap-where' }, '(', text(where), at ? join(['; ', at]) : '', ')'));
}

function touchpointLink(journey: JourneyModel, touchpoint: string, context: GapListContext): string | undefined {
    const anchor = context.plan.touchpointAnchor(journey, touchpoint);
    if (!anchor) return undefined;
    // The sentence is translated around the name, which is a link: a private-use character holds its place.
    return text(context.say('journey.at', { touchpoint: '\uE000' })).replace('\uE000', () => h('a', { href: href(context.page, context.plan.journey(journey), anchor) }, text(touchpoint)));
}

/** The one-line text of every rule that found a gap on the page, offline: the rule pages (docs/rules) are not part of the site. */
export function ruleGlossary(gaps: readonly Gap[], locale: Locale, say: SaySite): string {
    const codes = [...new Set(gaps.map(g => g.code))].sort(compareText);
    if (codes.length === 0) return '';
    return join([
        h('h3', {}, text(say('journey.rules'))),
        h('dl', { class: 'rules' }, ...codes.map(code => join([h('dt', { id: `rule-${code}` }, text(code)), h('dd', {}, text(ruleText(code, locale)))]))),
    ]);
}

function ruleText(code: string, locale: Locale): string {
    const summary = ruleSummary(code, locale);
    // A code with no summary (a language check, not a gap rule) comes back as the key itself.
    return summary.endsWith('.summary') ? code : summary;
}
