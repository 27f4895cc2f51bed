import type { Locale } from '../i18n/locales.js';
import { readOtherChange, type EmotionShift, type GapSummary, type ImprovementSummary, type JourneyDiff, type WorkspaceDiff } from '../model/journey-diff.js';
import { markdownCell as cell } from './markdown-text.js';
import { counted, sayIn, type RenderKey, type Say } from './render-messages.js';

/** The before and after Mermaid diagrams of a journey, where it exists on that side. */
export type MermaidPair = (journey: string) => { before?: string; after?: string };

export interface DiffMarkdownOptions {
    /** The language of the headings and fixed words (English when left out). */
    locale?: Locale;
}

/**
 * A diff as a pull-request comment: what changed for the customer, journey by journey, with
 * the gaps introduced and resolved and the map before and after as Mermaid diagrams, which
 * GitHub draws natively.
 */
export function diffMarkdown(diff: WorkspaceDiff, mermaid?: MermaidPair, options: DiffMarkdownOptions = {}): string {
    const say = sayIn(options.locale);
    const changed = diff.journeys.filter(j => j.change !== 'unchanged');
    const out: string[] = [say('diff.title'), ''];
    out.push(say('diff.comparing', {
        base: cell(diff.base), head: cell(diff.head),
        journeys: counted(say, changed.length, 'journey'),
        gaps: gapCounts(say, diff.gaps.introduced, diff.gaps.resolved, true),
    }));
    if (changed.length === 0 && diff.gaps.introduced.length === 0 && diff.gaps.resolved.length === 0) {
        out.push('', say('diff.noChange'));
    }
    for (const journey of changed) out.push('', ...journeySection(journey, say, mermaid));
    if (diff.gaps.byRule.length > 0) {
        out.push('', say('diff.byRule'), '', say('diff.byRuleTable'), '| --- | ---: | ---: |');
        for (const rule of diff.gaps.byRule) out.push(`| \`${rule.code}\` | ${rule.introduced || '–'} | ${rule.resolved || '–'} |`);
        const general = (list: GapSummary[]) => list.filter(g => !g.journey);
        out.push(...gapList(say, 'diff.introducedOutside', general(diff.gaps.introduced)), ...gapList(say, 'diff.resolvedOutside', general(diff.gaps.resolved)));
    }
    const unchanged = diff.journeys.filter(j => j.change === 'unchanged');
    if (unchanged.length > 0) out.push('', say('diff.unchanged', { journeys: unchanged.map(j => cell(j.title ?? j.name)).join(', ') }));
    return `${out.join('\n')}\n`;
}

function journeySection(journey: JourneyDiff, say: Say, mermaid?: MermaidPair): string[] {
    const label = journey.change === 'added' ? ` ${say('diff.new')}` : journey.change === 'removed' ? ` ${say('diff.removed')}` : '';
    const name = cell(journey.title ?? journey.name);
    const out = [`### ${journey.kind === 'ideal' ? say('diff.ideal', { journey: name }) : name}${label}`];
    const { added, removed, moved, renamed } = journey.touchpoints;
    if (journey.change === 'changed' && added.length + removed.length + moved.length + renamed.length > 0) {
        const counts = [count(say, added, 'diff.countAdded'), count(say, removed, 'diff.countRemoved'), count(say, renamed, 'diff.countRenamed'), count(say, moved, 'diff.countMoved')];
        out.push('', say('diff.touchpoints', { counts: counts.filter(Boolean).join(', ') }), '');
        out.push(say('diff.touchpointTable'), '| --- | --- | --- | --- |');
        for (const t of added) out.push(`| ${say('diff.rowAdded')} | ${step(t)} | ${cell(t.stageTitle ?? t.stage)} | ${cell(t.channel ?? '–')} |`);
        for (const t of removed) out.push(`| ${say('diff.rowRemoved')} | ${step(t)} | ${cell(t.stageTitle ?? t.stage)} | ${cell(t.channel ?? '–')} |`);
        for (const r of renamed) {
            const names = `\`${r.before.name}\` → \`${r.name}\``;
            out.push(`| ${say('diff.rowRenamed')} | ${r.title ? `${cell(r.title)} (${names})` : names} | ${cell(r.stageTitle ?? r.stage)} | ${cell(r.channel ?? '–')} |`);
        }
        for (const m of moved) {
            const stages = change(m.from.stageTitle ?? m.from.stage, m.to.stageTitle ?? m.to.stage);
            out.push(`| ${say('diff.rowMoved')} | ${step(m)} | ${stages} | ${change(m.from.channel ?? '–', m.to.channel ?? '–')} |`);
        }
    }
    if (journey.owners.length > 0) {
        out.push('', say('diff.owners'), '', say('diff.ownersTable'), '| --- | --- | --- |');
        for (const o of journey.owners) out.push(`| ${step(o)} | ${cell(o.before ?? say('diff.noOwner'))} | ${cell(o.after ?? say('diff.noOwner'))} |`);
    }
    if (journey.emotions.length > 0) {
        out.push('', say('diff.emotions'), '', say('diff.emotionsTable'), '| --- | --- | --- | :---: |');
        for (const e of journey.emotions) out.push(`| ${step(e)} | ${feeling(e.before)} | ${feeling(e.after)} | ${shift(say, e)} |`);
    }
    const i = journey.improvements;
    const about = (x: ImprovementSummary) => improvement(say, x);
    const improvements = [
        ...i.added.map(x => `- ${say('diff.improvementAdded', { improvement: about(x) })}`),
        ...i.completed.map(x => `- ${say('diff.improvementCompleted', { improvement: about(x) })}`),
        ...i.statusChanged.map(x => `- ${say('diff.improvementStatus', { before: x.before ?? say('diff.noStatus'), after: x.status ?? say('diff.noStatus'), improvement: about(x) })}`),
        ...i.removed.map(x => `- ${say('diff.improvementRemoved', { improvement: about(x) })}`),
    ];
    if (improvements.length > 0) out.push('', say('diff.improvements'), '', ...improvements);
    if (journey.otherChanges.length > 0) out.push('', say('diff.alsoChanged', { changes: journey.otherChanges.map(c => cell(otherChange(say, c))).join('; ') }));
    const { introduced, resolved } = journey.gaps;
    if (introduced.length + resolved.length > 0) {
        out.push('', say('diff.gaps', { counts: gapCounts(say, introduced, resolved, false) }));
        out.push(...gapList(say, 'diff.introduced', introduced), ...gapList(say, 'diff.resolved', resolved));
    }
    const diagrams = mermaid?.(journey.name);
    if (diagrams?.before || diagrams?.after) {
        out.push('', say('diff.beforeAfter'), '');
        if (diagrams.before) out.push(say('diff.before'), '', '```mermaid', diagrams.before.trimEnd(), '```', '');
        if (diagrams.after) out.push(say('diff.after'), '', '```mermaid', diagrams.after.trimEnd(), '```', '');
        out.push('</details>');
    }
    return out;
}

/** An edit the tables do not show, in the report's language; field names stay as the model names them. */
function otherChange(say: Say, text: string): string {
    const change = readOtherChange(text);
    switch (change.what) {
        case 'stage-added': return say('diff.other.stageAdded', { stage: change.stage });
        case 'stage-removed': return say('diff.other.stageRemoved', { stage: change.stage });
        case 'stage-fields': return say('diff.other.stageFields', { stage: change.stage, fields: change.fields });
        case 'touchpoint-fields': return say('diff.other.touchpointFields', { touchpoint: change.touchpoint, fields: change.fields });
        case 'improvement-fields': return say('diff.other.improvementFields', { improvement: change.improvement, fields: change.fields });
        case 'stage-order': return say('diff.other.stageOrder');
        case 'touchpoint-order': return say('diff.other.touchpointOrder');
        case 'journey-field': return change.field;
    }
}

function gapList(say: Say, heading: RenderKey, gaps: GapSummary[]): string[] {
    if (gaps.length === 0) return [];
    return ['', say('diff.gapList', { heading: say(heading), gaps: counted(say, gaps.length, 'gap') }), '',
        ...gaps.map(g => `- **${say(`severity.${g.severity}`)}** \`${g.code}\` ${cell(g.message)} (${cell(g.file)}:${g.line})`), '', '</details>'];
}

function step(t: { name: string; title?: string }): string {
    return t.title ? `${cell(t.title)} (\`${t.name}\`)` : `\`${t.name}\``;
}

function change(before: string, after: string): string {
    return before === after ? cell(after) : `${cell(before)} → ${cell(after)}`;
}

function feeling(emotion: EmotionShift['before']): string {
    return emotion ? `${emotion.score}${emotion.feeling ? ` ${cell(emotion.feeling)}` : ''}` : '–';
}

function shift(say: Say, e: EmotionShift): string {
    if (e.delta === undefined) return say(e.after ? 'diff.rated' : 'diff.unrated');
    return e.delta > 0 ? `⬆️ +${e.delta}` : `⬇️ −${-e.delta}`;
}

function improvement(say: Say, i: ImprovementSummary): string {
    const details = [
        i.priority,
        i.owner && say('diff.improvementOwner', { owner: cell(i.owner) }),
        i.addresses.length > 0 && say('diff.improvementAddresses', { addresses: i.addresses.map(cell).join(', ') }),
    ].filter(Boolean);
    return `${cell(i.title ?? i.name)}${details.length ? ` (${details.join('; ')})` : ''}`;
}

function count(say: Say, list: unknown[], key: RenderKey): string {
    return list.length > 0 ? say(key, { count: list.length }) : '';
}

/** Gaps introduced and resolved, hints counted apart: they never fail a check. */
function gapCounts(say: Say, introduced: GapSummary[], resolved: GapSummary[], withNoun: boolean): string {
    const hint = (g: GapSummary) => g.severity === 'hint';
    const main = (list: GapSummary[]) => list.filter(g => !hint(g)).length;
    const counts = say('diff.gapCounts', { introduced: withNoun ? counted(say, main(introduced), 'gap') : main(introduced), resolved: main(resolved) });
    const hints = [introduced.filter(hint).length, resolved.filter(hint).length];
    return hints[0] + hints[1] > 0 ? say('diff.hints', { counts, introduced: hints[0], resolved: hints[1] }) : counts;
}
