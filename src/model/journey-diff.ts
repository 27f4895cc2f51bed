/**
 * What changed in the customer's experience between two versions of a workspace's maps:
 * touchpoints added, removed, renamed and moved, owners, emotions, improvements and gaps. Plain
 * data, compared by name; a touchpoint whose name changed is recognised as renamed by the rule in
 * touchpoint-renames.ts, and then compared as one kept under its new name.
 */
import type { Gap, Severity } from './gap.js';
import {
    touchpointsOf, type ImprovementModel, type JourneyModel, type MetricModel, type Position, type QuestionModel, type Range, type TouchpointModel, type WorkspaceModel,
} from './journey-model.js';
import { compareText } from './text-order.js';
import { matchTouchpointRenames, withTouchpointsRenamed } from './touchpoint-renames.js';

export const DIFF_VERSION = 1;

export interface DiffSide {
    model: WorkspaceModel;
    gaps: Gap[];
    /** Only journeys from these files are compared (the files named, not their neighbours). */
    uris: ReadonlySet<string>;
    /** Where a gap's file is shown from: the URI to a path for people. */
    displayPath(uri: string): string;
}

export interface TouchpointSummary {
    name: string;
    title?: string;
    stage: string;
    stageTitle?: string;
    channel?: string;
    owner?: string;
    emotion?: number;
}

export interface TouchpointMove {
    name: string;
    title?: string;
    from: { stage: string; stageTitle?: string; channel?: string };
    to: { stage: string; stageTitle?: string; channel?: string };
}

export interface TouchpointRename {
    /** The new name and title. */
    name: string;
    title?: string;
    before: { name: string; title?: string };
    stage: string;
    stageTitle?: string;
    channel?: string;
    /** How alike the two versions are, 0 … 1 (see touchpoint-renames.ts). */
    similarity: number;
}

export interface OwnerChange {
    name: string;
    title?: string;
    before?: string;
    after?: string;
}

export interface EmotionShift {
    name: string;
    title?: string;
    before?: { score: number; feeling?: string };
    after?: { score: number; feeling?: string };
    /** after − before, when both have a score. */
    delta?: number;
}

export interface ImprovementSummary {
    name: string;
    title?: string;
    priority?: string;
    status?: string;
    owner?: string;
    addresses: string[];
}

export interface ImprovementStatusChange extends ImprovementSummary {
    before?: string;
}

export interface GapSummary {
    code: string;
    severity: Severity;
    message: string;
    journey?: string;
    file: string;
    /** 1-based. */
    line: number;
}

export interface JourneyDiff {
    name: string;
    title?: string;
    kind: 'actual' | 'ideal';
    change: 'added' | 'removed' | 'changed' | 'unchanged';
    touchpoints: { added: TouchpointSummary[]; removed: TouchpointSummary[]; moved: TouchpointMove[]; renamed: TouchpointRename[] };
    owners: OwnerChange[];
    emotions: EmotionShift[];
    improvements: { added: ImprovementSummary[]; completed: ImprovementSummary[]; removed: ImprovementSummary[]; statusChanged: ImprovementStatusChange[] };
    /** Other edits, named: `outcome`, `touchpoint CallsDesk: pains, needs`, `order of touchpoints`… */
    otherChanges: string[];
    gaps: { introduced: GapSummary[]; resolved: GapSummary[] };
}

export interface WorkspaceDiff {
    version: typeof DIFF_VERSION;
    base: string;
    head: string;
    journeys: JourneyDiff[];
    gaps: {
        introduced: GapSummary[];
        resolved: GapSummary[];
        byRule: { code: string; introduced: number; resolved: number }[];
    };
}

export function diffWorkspaces(base: DiffSide, head: DiffSide, labels: { base: string; head: string }): WorkspaceDiff {
    const baseJourneys = ownJourneys(base);
    const headJourneys = ownJourneys(head);
    const names = [...new Set([...baseJourneys.keys(), ...headJourneys.keys()])];
    const renames = new Map(names.map(name => [name, touchpointRenames(baseJourneys.get(name), headJourneys.get(name))]));
    // The base's touchpoints by their new names, so that a renamed touchpoint keeps its gaps.
    const baseNames: Renames = new Map([...renames].map(([journey, list]) => [journey, new Map(list.map(r => [r.before.name, r.name]))]));
    const introduced = gapsOnlyIn(head, base, new Map(), baseNames);
    const resolved = gapsOnlyIn(base, head, baseNames, new Map());
    const journeys = names
        .map(name => diffJourney(baseJourneys.get(name), headJourneys.get(name), renames.get(name)!, baseNames.get(name)!, introduced, resolved))
        .sort((a, b) => compareText(a.name, b.name));
    return { version: DIFF_VERSION, base: labels.base, head: labels.head, journeys, gaps: { introduced, resolved, byRule: countByRule(introduced, resolved) } };
}

function ownJourneys(side: DiffSide): Map<string, JourneyModel> {
    return new Map(side.model.journeys.filter(j => side.uris.has(j.source.uri)).map(j => [j.name, j]));
}

/** Per journey, old touchpoint name → new. */
type Renames = ReadonlyMap<string, ReadonlyMap<string, string>>;

function touchpointRenames(before: JourneyModel | undefined, after: JourneyModel | undefined): TouchpointRename[] {
    if (!before || !after) return [];
    const names = (j: JourneyModel) => new Set(touchpointsOf(j).map(t => t.name));
    const [beforeNames, afterNames] = [names(before), names(after)];
    const removed = touchpointsOf(before).filter(t => !afterNames.has(t.name)).map(t => summary(t, before));
    const added = touchpointsOf(after).filter(t => !beforeNames.has(t.name)).map(t => summary(t, after));
    return matchTouchpointRenames(removed, added).map(({ before: b, after: a, score }) => ({
        name: a.name, title: a.title, before: { name: b.name, title: b.title }, stage: a.stage, stageTitle: a.stageTitle, channel: a.channel, similarity: score,
    }));
}

function diffJourney(
    base: JourneyModel | undefined, after: JourneyModel | undefined, renamed: TouchpointRename[], renames: ReadonlyMap<string, string>,
    introduced: GapSummary[], resolved: GapSummary[],
): JourneyDiff {
    const journey = (after ?? base)!;
    // From here on the base reads as if its renamed touchpoints had always had their new names.
    const before = base && withTouchpointsRenamed(base, renames);
    const beforeSteps = new Map(before ? touchpointsOf(before).map(t => [t.name, t]) : []);
    const afterSteps = new Map(after ? touchpointsOf(after).map(t => [t.name, t]) : []);
    const both = [...afterSteps.values()].filter(t => beforeSteps.has(t.name)).map(t => [beforeSteps.get(t.name)!, t] as const);
    const diff: JourneyDiff = {
        name: journey.name,
        title: journey.title,
        kind: journey.kind,
        change: !before ? 'added' : !after ? 'removed' : 'changed',
        touchpoints: {
            added: [...afterSteps.values()].filter(t => !beforeSteps.has(t.name)).map(t => summary(t, after!)),
            removed: [...beforeSteps.values()].filter(t => !afterSteps.has(t.name)).map(t => summary(t, before!)),
            moved: both.filter(([b, a]) => b.stage !== a.stage || b.channel?.name !== a.channel?.name).map(([b, a]) => ({
                name: a.name, title: a.title,
                from: { stage: b.stage, stageTitle: stageTitle(before!, b.stage), channel: b.channel?.name },
                to: { stage: a.stage, stageTitle: stageTitle(after!, a.stage), channel: a.channel?.name },
            })),
            renamed,
        },
        owners: both.filter(([b, a]) => b.owner?.name !== a.owner?.name).map(([b, a]) => ({ name: a.name, title: a.title, before: b.owner?.name, after: a.owner?.name })),
        emotions: both.filter(([b, a]) => b.emotion?.score !== a.emotion?.score).map(([b, a]) => ({
            name: a.name, title: a.title,
            before: b.emotion && { score: b.emotion.score, feeling: b.emotion.feeling },
            after: a.emotion && { score: a.emotion.score, feeling: a.emotion.feeling },
            // Rounded: 2.4 − 2.1 is 0.3, not 0.2999999999999998.
            delta: b.emotion && a.emotion ? Math.round((a.emotion.score - b.emotion.score) * 100) / 100 : undefined,
        })),
        improvements: diffImprovements(before?.improvements ?? [], after?.improvements ?? []),
        otherChanges: before && after ? otherChanges(before, after, both) : [],
        gaps: {
            introduced: introduced.filter(g => g.journey === journey.name),
            resolved: resolved.filter(g => g.journey === journey.name),
        },
    };
    if (diff.change === 'changed' && !hasChanges(diff)) diff.change = 'unchanged';
    return diff;
}

function diffImprovements(before: ImprovementModel[], after: ImprovementModel[]): JourneyDiff['improvements'] {
    const old = new Map(before.map(i => [i.name, i]));
    const now = new Map(after.map(i => [i.name, i]));
    const kept = after.filter(i => old.has(i.name));
    return {
        added: after.filter(i => !old.has(i.name)).map(improvementSummary),
        completed: kept.filter(i => i.status === 'done' && old.get(i.name)!.status !== 'done').map(improvementSummary),
        removed: before.filter(i => !now.has(i.name)).map(improvementSummary),
        statusChanged: kept
            .filter(i => i.status !== 'done' && i.status !== old.get(i.name)!.status)
            .map(i => ({ ...improvementSummary(i), before: old.get(i.name)!.status })),
    };
}

function hasChanges(diff: JourneyDiff): boolean {
    const { touchpoints: t, improvements: i, gaps: g } = diff;
    return [t.added, t.removed, t.moved, t.renamed, diff.owners, diff.emotions, i.added, i.completed, i.removed, i.statusChanged, diff.otherChanges, g.introduced, g.resolved]
        .some(list => list.length > 0);
}

/** Fields the tables above do not show: they are named, so that no edit goes unreported. */
const SHOWN_TOUCHPOINT_FIELDS = new Set(['name', 'stage', 'index', 'channel', 'owner', 'emotion', 'source']);
const SHOWN_JOURNEY_FIELDS = new Set(['name', 'kind', 'stages', 'improvements', 'source']);

function otherChanges(before: JourneyModel, after: JourneyModel, both: (readonly [TouchpointModel, TouchpointModel])[]): string[] {
    const changes = changedFields(before, after, SHOWN_JOURNEY_FIELDS);
    const stages = (j: JourneyModel) => new Map(j.stages.map(s => [s.name, s]));
    const afterStages = stages(after);
    for (const [name, stage] of stages(before)) {
        const now = afterStages.get(name);
        if (!now) changes.push(`stage ${name} removed`);
        else {
            const fields = changedFields(stage, now, new Set(['name', 'touchpoints', 'source']));
            if (fields.length > 0) changes.push(`stage ${name}: ${fields.join(', ')}`);
        }
    }
    for (const name of afterStages.keys()) if (!stages(before).has(name)) changes.push(`stage ${name} added`);
    if (before.stages.map(s => s.name).filter(n => afterStages.has(n)).join() !== after.stages.map(s => s.name).filter(n => stages(before).has(n)).join()) {
        changes.push('order of stages');
    }
    for (const [b, a] of both) {
        const fields = changedFields(b, a, SHOWN_TOUCHPOINT_FIELDS);
        if (fields.length > 0) changes.push(`touchpoint ${a.name}: ${fields.join(', ')}`);
    }
    const order = (j: JourneyModel, keep: Set<string>) => touchpointsOf(j).map(t => t.name).filter(n => keep.has(n)).join();
    const shared = new Set(both.map(([, a]) => a.name));
    if (order(before, shared) !== order(after, shared)) changes.push('order of touchpoints');
    const improvements = new Map(before.improvements.map(i => [i.name, i]));
    for (const improvement of after.improvements) {
        const old = improvements.get(improvement.name);
        const fields = old ? changedFields(old, improvement, new Set(['name', 'status', 'source'])) : [];
        if (fields.length > 0) changes.push(`improvement ${improvement.name}: ${fields.join(', ')}`);
    }
    return changes;
}

/**
 * One of `otherChanges`, read back into its parts, for a report in another language: the
 * strings stay as they are in the JSON (plain English data), and names and fields never hold
 * a space or ': ', so they read back unambiguously. A journey's own field is just its name.
 */
export type OtherChange =
    | { what: 'stage-added' | 'stage-removed'; stage: string }
    | { what: 'stage-fields'; stage: string; fields: string }
    | { what: 'touchpoint-fields'; touchpoint: string; fields: string }
    | { what: 'improvement-fields'; improvement: string; fields: string }
    | { what: 'stage-order' | 'touchpoint-order' }
    | { what: 'journey-field'; field: string };

export function readOtherChange(change: string): OtherChange {
    if (change === 'order of stages') return { what: 'stage-order' };
    if (change === 'order of touchpoints') return { what: 'touchpoint-order' };
    const added = /^stage (\S+) (added|removed)$/.exec(change);
    if (added) return { what: added[2] === 'added' ? 'stage-added' : 'stage-removed', stage: added[1] };
    const fields = /^(stage|touchpoint|improvement) (\S+): (.+)$/.exec(change);
    if (fields?.[1] === 'stage') return { what: 'stage-fields', stage: fields[2], fields: fields[3] };
    if (fields?.[1] === 'touchpoint') return { what: 'touchpoint-fields', touchpoint: fields[2], fields: fields[3] };
    if (fields?.[1] === 'improvement') return { what: 'improvement-fields', improvement: fields[2], fields: fields[3] };
    return { what: 'journey-field', field: change };
}

/** The fields of two versions of an element that differ, positions aside. */
function changedFields(before: object, after: object, skip: ReadonlySet<string>): string[] {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(key => !skip.has(key));
    const value = (object: object, key: string) => JSON.stringify(strip((object as Record<string, unknown>)[key]));
    return keys.filter(key => value(before, key) !== value(after, key));
}

/** A part of the model without its positions, to tell an edit that changes nothing a report shows. */
function strip(value: unknown): unknown {
    return JSON.parse(JSON.stringify(value ?? null, (key, v) => (['source', 'range', 'nameRange', 'index', 'resolved'].includes(key) ? undefined : v)));
}

function stageTitle(journey: JourneyModel, stage: string): string | undefined {
    return journey.stages.find(s => s.name === stage)?.title;
}

function summary(t: TouchpointModel, journey: JourneyModel): TouchpointSummary {
    return { name: t.name, title: t.title, stage: t.stage, stageTitle: stageTitle(journey, t.stage), channel: t.channel?.name, owner: t.owner?.name, emotion: t.emotion?.score };
}

function improvementSummary(i: ImprovementModel): ImprovementSummary {
    return { name: i.name, title: i.title, priority: i.priority, status: i.status, owner: i.owner?.name, addresses: i.addresses.map(a => a.name) };
}

/**
 * Gaps of `side` that `other` does not have, matched by rule and by the element they are on
 * (a touchpoint, a metric, a stage… by name), not by position or wording: moving a
 * touchpoint, retitling or renaming it does not make its gaps new (a renamed touchpoint is
 * keyed by its new name on both sides). A gap on no named element is matched by its message.
 */
function gapsOnlyIn(side: DiffSide, other: DiffSide, sideRenames: Renames, otherRenames: Renames): GapSummary[] {
    const keyIn = (elements: ElementIndex) => (g: Gap) => `${g.code}\u0000${g.journey ?? ''}\u0000${elements.keyAt(g) ?? g.message}`;
    const key = keyIn(new ElementIndex(namedElements(side.model, sideRenames)));
    const otherKey = keyIn(new ElementIndex(namedElements(other.model, otherRenames)));
    const remaining = new Map<string, number>();
    for (const gap of other.gaps) {
        if (!other.uris.has(gap.location.uri)) continue;
        const k = otherKey(gap);
        remaining.set(k, (remaining.get(k) ?? 0) + 1);
    }
    const only: GapSummary[] = [];
    for (const gap of side.gaps) {
        if (!side.uris.has(gap.location.uri)) continue;
        const k = key(gap);
        const count = remaining.get(k) ?? 0;
        if (count > 0) {
            remaining.set(k, count - 1);
            continue;
        }
        only.push({ code: gap.code, severity: gap.severity, message: gap.message, journey: gap.journey, file: side.displayPath(gap.location.uri), line: gap.location.range.start.line + 1 });
    }
    return only.sort((a, b) => compareText(a.code, b.code) || compareText(a.file, b.file) || a.line - b.line);
}

function countByRule(introduced: GapSummary[], resolved: GapSummary[]): WorkspaceDiff['gaps']['byRule'] {
    const codes = [...new Set([...introduced, ...resolved].map(g => g.code))].sort(compareText);
    return codes.map(code => ({ code, introduced: introduced.filter(g => g.code === code).length, resolved: resolved.filter(g => g.code === code).length }));
}

interface NamedElement {
    uri: string;
    range: Range;
    key: string;
}

/** Every element a gap can sit on, with a key that survives moves, retitling and renames. */
function namedElements(model: WorkspaceModel, renames: Renames): NamedElement[] {
    const out: NamedElement[] = [];
    const add = (source: { uri: string; range: Range }, key: string) => out.push({ uri: source.uri, range: source.range, key });
    const addMetrics = (metrics: MetricModel[], owner: string) => metrics.forEach(m => add(m.source, `${owner}/metric ${m.name}`));
    const addQuestions = (questions: QuestionModel[], owner: string) => questions.forEach(q => add(q.source, `${owner}/question ${q.text}`));
    for (const p of model.personas) add(p.source, `persona ${p.name}`);
    for (const s of model.stakeholders) add(s.source, `stakeholder ${s.name}`);
    for (const c of model.channels) add(c.source, `channel ${c.name}`);
    for (const journey of model.journeys) {
        const key = `journey ${journey.name}`;
        add(journey.source, key);
        addMetrics(journey.metrics, key);
        addQuestions(journey.questions, key);
        for (const stage of journey.stages) {
            add(stage.source, `${key}/stage ${stage.name}`);
            addMetrics(stage.metrics, `${key}/stage ${stage.name}`);
            addQuestions(stage.questions, `${key}/stage ${stage.name}`);
            for (const t of stage.touchpoints) {
                // Not under its stage: a touchpoint moved to another stage is the same touchpoint.
                const touchpoint = `${key}/touchpoint ${renames.get(journey.name)?.get(t.name) ?? t.name}`;
                add(t.source, touchpoint);
                addMetrics(t.metrics, touchpoint);
                addQuestions(t.questions, touchpoint);
            }
        }
        for (const i of journey.improvements) add(i.source, `${key}/improvement ${i.name}`);
    }
    return out;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/**
 * The elements of each file in the order they start, to find the innermost one that holds a
 * gap's start without a scan of them all per gap (a map of 1,000 touchpoints has thousands of
 * each). Elements nest, so walking back from the last one that starts before the gap, the
 * first that also ends after it is the innermost.
 */
class ElementIndex {
    private readonly byUri = new Map<string, NamedElement[]>();

    constructor(elements: NamedElement[]) {
        for (const element of elements) {
            const list = this.byUri.get(element.uri);
            if (list) list.push(element);
            else this.byUri.set(element.uri, [element]);
        }
        for (const list of this.byUri.values()) list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }

    /** The key of the innermost element whose text holds the gap's start. */
    keyAt(gap: Gap): string | undefined {
        const list = this.byUri.get(gap.location.uri);
        if (!list) return undefined;
        const at = gap.location.range.start;
        let low = 0;
        let high = list.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (before(list[middle].range.start, at)) low = middle + 1;
            else high = middle;
        }
        for (let i = low - 1; i >= 0; i--) {
            if (before(at, list[i].range.end)) return list[i].key;
        }
        return undefined;
    }
}
