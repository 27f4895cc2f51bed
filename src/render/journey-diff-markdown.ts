import type { EmotionShift, GapSummary, ImprovementSummary, JourneyDiff, WorkspaceDiff } from '../model/journey-diff.js';
import { markdownCell as cell } from './markdown-text.js';
import { plural } from './plural.js';

/** The before and after Mermaid diagrams of a journey, where it exists on that side. */
export type MermaidPair = (journey: string) => { before?: string; after?: string };

/**
 * A diff as a pull-request comment: what changed for the customer, journey by journey, with
 * the gaps introduced and resolved and the map before and after as Mermaid diagrams, which
 * GitHub draws natively.
 */
export function diffMarkdown(diff: WorkspaceDiff, mermaid?: MermaidPair): string {
    const changed = diff.journeys.filter(j => j.change !== 'unchanged');
    const out: string[] = ['## Journey map changes', ''];
    out.push(`Comparing ${cell(diff.base)} → ${cell(diff.head)}: ${plural(changed.length, 'journey')} changed, `
        + `${gapCounts(diff.gaps.introduced, diff.gaps.resolved, 'gap')}.`);
    if (changed.length === 0 && diff.gaps.introduced.length === 0 && diff.gaps.resolved.length === 0) {
        out.push('', 'No change to the customer\'s experience.');
    }
    for (const journey of changed) out.push('', ...journeySection(journey, mermaid));
    if (diff.gaps.byRule.length > 0) {
        out.push('', '### Gaps by rule', '', '| Rule | Introduced | Resolved |', '| --- | ---: | ---: |');
        for (const rule of diff.gaps.byRule) out.push(`| \`${rule.code}\` | ${rule.introduced || '–'} | ${rule.resolved || '–'} |`);
        const general = (list: GapSummary[]) => list.filter(g => !g.journey);
        out.push(...gapList('Introduced outside a journey', general(diff.gaps.introduced)), ...gapList('Resolved outside a journey', general(diff.gaps.resolved)));
    }
    const unchanged = diff.journeys.filter(j => j.change === 'unchanged');
    if (unchanged.length > 0) out.push('', `Unchanged: ${unchanged.map(j => cell(j.title ?? j.name)).join(', ')}.`);
    return `${out.join('\n')}\n`;
}

function journeySection(journey: JourneyDiff, mermaid?: MermaidPair): string[] {
    const label = journey.change === 'added' ? ' (new)' : journey.change === 'removed' ? ' (removed)' : '';
    const out = [`### ${journey.kind === 'ideal' ? 'Ideal: ' : ''}${cell(journey.title ?? journey.name)}${label}`];
    const { added, removed, moved, renamed } = journey.touchpoints;
    if (journey.change === 'changed' && added.length + removed.length + moved.length + renamed.length > 0) {
        const counts = [count(added, 'added'), count(removed, 'removed'), count(renamed, 'renamed'), count(moved, 'moved')];
        out.push('', `**Touchpoints:** ${counts.filter(Boolean).join(', ')}`, '');
        out.push('| | Touchpoint | Stage | Channel |', '| --- | --- | --- | --- |');
        for (const t of added) out.push(`| ➕ added | ${step(t)} | ${cell(t.stageTitle ?? t.stage)} | ${cell(t.channel ?? '–')} |`);
        for (const t of removed) out.push(`| ➖ removed | ${step(t)} | ${cell(t.stageTitle ?? t.stage)} | ${cell(t.channel ?? '–')} |`);
        for (const r of renamed) {
            const names = `\`${r.before.name}\` → \`${r.name}\``;
            out.push(`| ✏️ renamed | ${r.title ? `${cell(r.title)} (${names})` : names} | ${cell(r.stageTitle ?? r.stage)} | ${cell(r.channel ?? '–')} |`);
        }
        for (const m of moved) {
            const stages = change(m.from.stageTitle ?? m.from.stage, m.to.stageTitle ?? m.to.stage);
            out.push(`| ↔️ moved | ${step(m)} | ${stages} | ${change(m.from.channel ?? '–', m.to.channel ?? '–')} |`);
        }
    }
    if (journey.owners.length > 0) {
        out.push('', '**Owners**', '', '| Touchpoint | Before | After |', '| --- | --- | --- |');
        for (const o of journey.owners) out.push(`| ${step(o)} | ${cell(o.before ?? 'none')} | ${cell(o.after ?? 'none')} |`);
    }
    if (journey.emotions.length > 0) {
        out.push('', '**Emotions** (1 very negative … 5 very positive)', '', '| Touchpoint | Before | After | Shift |', '| --- | --- | --- | :---: |');
        for (const e of journey.emotions) out.push(`| ${step(e)} | ${feeling(e.before)} | ${feeling(e.after)} | ${shift(e)} |`);
    }
    const i = journey.improvements;
    const improvements = [
        ...i.added.map(x => `- ➕ added: ${improvement(x)}`),
        ...i.completed.map(x => `- ✅ completed: ${improvement(x)}`),
        ...i.statusChanged.map(x => `- 🔄 ${x.before ?? 'no status'} → ${x.status ?? 'no status'}: ${improvement(x)}`),
        ...i.removed.map(x => `- ➖ removed: ${improvement(x)}`),
    ];
    if (improvements.length > 0) out.push('', '**Improvements**', '', ...improvements);
    if (journey.otherChanges.length > 0) out.push('', `**Also changed:** ${journey.otherChanges.map(cell).join('; ')}.`);
    const { introduced, resolved } = journey.gaps;
    if (introduced.length + resolved.length > 0) {
        out.push('', `**Gaps:** ${gapCounts(introduced, resolved)}`);
        out.push(...gapList('Introduced', introduced), ...gapList('Resolved', resolved));
    }
    const diagrams = mermaid?.(journey.name);
    if (diagrams?.before || diagrams?.after) {
        out.push('', '<details open><summary>The map before and after</summary>', '');
        if (diagrams.before) out.push('**Before**', '', '```mermaid', diagrams.before.trimEnd(), '```', '');
        if (diagrams.after) out.push('**After**', '', '```mermaid', diagrams.after.trimEnd(), '```', '');
        out.push('</details>');
    }
    return out;
}

function gapList(heading: string, gaps: GapSummary[]): string[] {
    if (gaps.length === 0) return [];
    return ['', `<details><summary>${heading}: ${plural(gaps.length, 'gap')}</summary>`, '',
        ...gaps.map(g => `- **${g.severity}** \`${g.code}\` ${cell(g.message)} (${cell(g.file)}:${g.line})`), '', '</details>'];
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

function shift(e: EmotionShift): string {
    if (e.delta === undefined) return e.after ? 'rated' : 'unrated';
    return e.delta > 0 ? `⬆️ +${e.delta}` : `⬇️ −${-e.delta}`;
}

function improvement(i: ImprovementSummary): string {
    const details = [i.priority, i.owner && `owner ${cell(i.owner)}`, i.addresses.length > 0 && `addresses ${i.addresses.map(cell).join(', ')}`].filter(Boolean);
    return `${cell(i.title ?? i.name)}${details.length ? ` (${details.join('; ')})` : ''}`;
}

function count(list: unknown[], what: string): string {
    return list.length > 0 ? `${list.length} ${what}` : '';
}

/** Gaps introduced and resolved, hints counted apart: they never fail a check. */
function gapCounts(introduced: GapSummary[], resolved: GapSummary[], noun?: string): string {
    const hint = (g: GapSummary) => g.severity === 'hint';
    const main = (list: GapSummary[]) => list.filter(g => !hint(g)).length;
    const text = `${noun ? plural(main(introduced), noun) : main(introduced)} introduced, ${main(resolved)} resolved`;
    const hints = [introduced.filter(hint).length, resolved.filter(hint).length];
    return hints[0] + hints[1] > 0 ? `${text} (hints: ${hints[0]} introduced, ${hints[1]} resolved)` : text;
}

