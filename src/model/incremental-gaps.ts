import { createGapContext, journeyPairs, type GapContext, type JourneyPair } from './gap-context.js';
import type { Gap, GapFinding } from './gap.js';
import { compareText } from './text-order.js';
import { resolveSeverity, type GapSettings } from './gap-settings.js';
import { GAP_RULES, type GapRule } from './gap-rules/index.js';
import type { JourneyModel, WorkspaceModel } from './journey-model.js';

/** The gaps each rule found, with their severity: kept, so that unchanged gaps stay the same objects. */
type Findings = Map<GapRule, Gap[]>;

/**
 * analyseGaps, remembering each journey's and each actual–ideal pair's findings while their
 * model objects stay the same (WorkspaceAnalysis keeps a document's model until the document is
 * parsed or linked again). A keystroke in one map of a hundred re-runs the rules on that map's
 * journeys, not on all of them. The same gaps as analyseGaps, in the same order (tested).
 */
export class IncrementalGapAnalysis {
    private byJourney = new WeakMap<JourneyModel, Findings>();
    private byPair = new WeakMap<JourneyModel, { actual: JourneyModel; findings: Findings }>();
    private settings: GapSettings | undefined;
    private declarations: unknown[] = [];
    private readonly sorter = new GapSorter();
    private interned = new Map<string, Gap>();
    private readonly keys = new WeakMap<Gap, string>();

    private keyOf(gap: Gap): string {
        let key = this.keys.get(gap);
        if (key === undefined) {
            key = JSON.stringify(gap);
            this.keys.set(gap, key);
        }
        return key;
    }

    analyse(model: WorkspaceModel, settings: GapSettings): Gap[] {
        this.forgetIfChanged(model, settings);
        const rules = GAP_RULES.map(rule => ({ rule, severity: resolveSeverity(rule.code, rule.defaultSeverity, settings.overrides, settings.rules) }))
            .filter(({ severity }) => severity !== 'off');
        const severityOf = new Map(rules.map(({ rule, severity }) => [rule, severity as Gap['severity']]));
        const active = rules.map(({ rule }) => rule);
        const pairs = journeyPairs(model);
        const findings = new Map<GapRule, Gap[][]>(active.map(rule => [rule, []]));
        const run = (rule: GapRule, context: GapContext): Gap[] => withSeverity(rule, severityOf.get(rule)!, rule.check(context));
        // A pair's or the workspace's gap found again, equal to one of the last analysis, is that same
        // object, so that the files they sit in are seen not to have changed (CrossFileChecks compares by
        // identity). A journey's gaps sit in its own file, which is validated anyway when they change.
        const runShared = (rule: GapRule, context: GapContext): Gap[] => run(rule, context).map(gap => this.interned.get(this.keyOf(gap)) ?? gap);
        const add = (found: Findings) => { for (const [rule, list] of found) findings.get(rule)?.push(list); };

        const journeyRules = active.filter(rule => rule.scope === 'journey');
        for (const journey of model.journeys) add(this.journeyFindings(journey, journeyRules, model, settings, run));
        const pairRules = active.filter(rule => rule.scope === 'pair');
        for (const pair of pairs) add(this.pairFindings(pair, pairRules, model, settings, runShared));
        const context = createGapContext(model, settings.thresholds, settings.locale);
        for (const rule of active.filter(r => r.scope === 'workspace')) findings.get(rule)!.push(runShared(rule, context));

        // In rule order, as analyseGaps collects them, so that the stable sort gives the same order.
        const gaps: Gap[] = [];
        for (const rule of active) for (const list of findings.get(rule)!) for (const gap of list) gaps.push(gap);
        this.interned = new Map();
        for (const rule of active) {
            if (rule.scope === 'journey') continue;
            for (const list of findings.get(rule)!) for (const gap of list) this.interned.set(this.keyOf(gap), gap);
        }
        return this.sorter.sort(gaps);
    }

    private journeyFindings(journey: JourneyModel, rules: GapRule[], model: WorkspaceModel, settings: GapSettings, run: (rule: GapRule, context: GapContext) => Gap[]): Findings {
        let found = this.byJourney.get(journey);
        if (!found) {
            found = new Map();
            this.byJourney.set(journey, found);
        }
        const missing = rules.filter(rule => !found!.has(rule));
        if (missing.length > 0) {
            const context = createGapContext({ ...model, journeys: [journey] }, settings.thresholds, settings.locale, []);
            for (const rule of missing) found.set(rule, run(rule, context));
        }
        return new Map(rules.map(rule => [rule, found!.get(rule)!]));
    }

    private pairFindings(pair: JourneyPair, rules: GapRule[], model: WorkspaceModel, settings: GapSettings, run: (rule: GapRule, context: GapContext) => Gap[]): Findings {
        let cached = this.byPair.get(pair.ideal);
        if (cached?.actual !== pair.actual) {
            cached = { actual: pair.actual, findings: new Map() };
            this.byPair.set(pair.ideal, cached);
        }
        const found = cached.findings;
        const missing = rules.filter(rule => !found.has(rule));
        if (missing.length > 0) {
            const context = createGapContext({ ...model, journeys: [pair.actual, pair.ideal] }, settings.thresholds, settings.locale, [pair]);
            for (const rule of missing) found.set(rule, run(rule, context));
        }
        return new Map(rules.map(rule => [rule, found.get(rule)!]));
    }

    /**
     * New settings (thresholds, locale: compared as one object, which GapSettingsProvider replaces
     * on any change) or any changed declaration may change any finding: start again.
     * Declarations are few, so comparing them object by object is cheap.
     */
    private forgetIfChanged(model: WorkspaceModel, settings: GapSettings): void {
        const declarations = [...model.personas, ...model.stakeholders, ...model.channels];
        const same = settings === this.settings && declarations.length === this.declarations.length
            && declarations.every((d, i) => d === this.declarations[i]);
        if (same) return;
        this.byJourney = new WeakMap();
        this.byPair = new WeakMap();
        this.interned = new Map();
        this.settings = settings;
        this.declarations = declarations;
    }
}

function withSeverity(rule: GapRule, severity: Gap['severity'], findings: GapFinding[]): Gap[] {
    return findings.map(finding => ({ ...finding, code: rule.code, severity }));
}

/**
 * sortGaps' order (file, line, character, code; stable), sorting each file's gaps on their own,
 * and reusing a file's sorted gaps while they are the same objects: comparing long URIs, and
 * sorting files nothing changed in, were most of sorting a workspace's gaps.
 */
class GapSorter {
    private lastByUri = new Map<string, { unsorted: Gap[]; sorted: Gap[] }>();

    sort(gaps: Gap[]): Gap[] {
        const byUri = new Map<string, Gap[]>();
        for (const gap of gaps) {
            const list = byUri.get(gap.location.uri);
            if (list) list.push(gap);
            else byUri.set(gap.location.uri, [gap]);
        }
        const kept = new Map<string, { unsorted: Gap[]; sorted: Gap[] }>();
        const sorted: Gap[] = [];
        for (const uri of [...byUri.keys()].sort(compareText)) {
            const unsorted = byUri.get(uri)!;
            const last = this.lastByUri.get(uri);
            const list = last && sameItems(last.unsorted, unsorted) ? last.sorted : [...unsorted].sort(byPlace);
            kept.set(uri, { unsorted, sorted: list });
            for (const gap of list) sorted.push(gap);
        }
        this.lastByUri = kept;
        return sorted;
    }
}

function byPlace(a: Gap, b: Gap): number {
    return a.location.range.start.line - b.location.range.start.line
        || a.location.range.start.character - b.location.range.start.character
        || compareText(a.code, b.code);
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}
