/**
 * Which removed and added touchpoints of one journey are the same touchpoint renamed.
 *
 * The rule: a removed and an added touchpoint are one touchpoint renamed when they sit in the
 * same stage and the same channel, their titles are at least half alike (TITLE_MINIMUM), and
 * title (60 %), owner (20 %) and emotion (20 %) together score at least RENAME_THRESHOLD. So a
 * touchpoint that keeps its title may change owner or feeling and still be itself, while one
 * whose title is only half kept must keep its owner too. Each touchpoint is paired at most once,
 * best score first; ties go to the earlier touchpoints, so the result never depends on the
 * order a map happens to be read in beyond its own left-to-right order.
 */
import type { ImprovementModel, JourneyModel, NameRef, QuestionModel, TouchpointModel } from './journey-model.js';

/** What the matcher reads of a touchpoint: its position in the journey and what a reader sees. */
export interface RenameCandidate {
    name: string;
    title?: string;
    stage: string;
    channel?: string;
    owner?: string;
    /** 1 very negative … 5 very positive. */
    emotion?: number;
}

export interface TouchpointRenamePair<T extends RenameCandidate> {
    before: T;
    after: T;
    /** How alike the two are, 0 … 1, rounded to two decimals. */
    score: number;
}

export const TITLE_MINIMUM = 0.5;
export const RENAME_THRESHOLD = 0.6;
const WEIGHTS = { title: 0.6, owner: 0.2, emotion: 0.2 };

/**
 * Pairs `removed` (only in the base) with `added` (only in the head) where the rule above holds.
 * Both lists are in the journey's left-to-right order; pairs come back in the order of `added`.
 */
export function matchTouchpointRenames<T extends RenameCandidate>(removed: readonly T[], added: readonly T[]): TouchpointRenamePair<T>[] {
    const candidates: { b: number; a: number; score: number }[] = [];
    removed.forEach((before, b) => added.forEach((after, a) => {
        const score = renameScore(before, after);
        if (score !== undefined) candidates.push({ b, a, score });
    }));
    candidates.sort((x, y) => y.score - x.score || x.b - y.b || x.a - y.a);
    const usedBefore = new Set<number>();
    const usedAfter = new Set<number>();
    const pairs: { b: number; a: number; score: number }[] = [];
    for (const candidate of candidates) {
        if (usedBefore.has(candidate.b) || usedAfter.has(candidate.a)) continue;
        usedBefore.add(candidate.b);
        usedAfter.add(candidate.a);
        pairs.push(candidate);
    }
    return pairs
        .sort((x, y) => x.a - y.a)
        .map(({ b, a, score }) => ({ before: removed[b], after: added[a], score: Math.round(score * 100) / 100 }));
}

/** The score of `before` renamed to `after`, or undefined when the rule rules it out. */
export function renameScore(before: RenameCandidate, after: RenameCandidate): number | undefined {
    if (before.stage !== after.stage || before.channel !== after.channel) return undefined;
    const title = titleSimilarity(label(before), label(after));
    if (title < TITLE_MINIMUM) return undefined;
    const owner = before.owner === after.owner ? 1 : 0;
    const score = WEIGHTS.title * title + WEIGHTS.owner * owner + WEIGHTS.emotion * emotionCloseness(before.emotion, after.emotion);
    // A hair of tolerance: 0.6 × 1 must pass a threshold of 0.6 despite floating point.
    return score >= RENAME_THRESHOLD - 1e-9 ? score : undefined;
}

/**
 * How alike two titles are, 0 … 1: the Sørensen–Dice coefficient of their character bigrams,
 * after Unicode normalisation (NFC) and case folding, with punctuation and spacing reduced to
 * single spaces. Bigrams of characters rather than words, so that it works for scripts written
 * without spaces, and a changed word ending or accent costs a little rather than a whole word.
 */
export function titleSimilarity(a: string, b: string): number {
    const x = normalise(a);
    const y = normalise(b);
    if (x === y) return 1;
    const left = bigrams(x);
    const right = bigrams(y);
    if (left.length === 0 || right.length === 0) return 0;
    const counts = new Map<string, number>();
    for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    let shared = 0;
    for (const gram of right) {
        const count = counts.get(gram) ?? 0;
        if (count > 0) {
            shared++;
            counts.set(gram, count - 1);
        }
    }
    return (2 * shared) / (left.length + right.length);
}

/**
 * NFC, then Unicode full case folding as far as the built-ins reach it: lower, upper, lower
 * again turns ß and ẞ into "ss", and a final ς becomes σ, as folding does.
 */
function normalise(text: string): string {
    const folded = text.normalize('NFC').toLowerCase().toUpperCase().toLowerCase().normalize('NFC');
    return folded.replace(/ς/gu, 'σ').replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

/** Bigrams of code points (not UTF-16 units), the text padded with a space at each end. */
function bigrams(text: string): string[] {
    if (text === '') return [];
    const chars = Array.from(` ${text} `);
    return chars.slice(1).map((char, i) => chars[i] + char);
}

/** A touchpoint without a title is read by its name, its words split: `CallsDesk` → "Calls Desk". */
function label(t: RenameCandidate): string {
    return t.title ?? t.name.replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2').replace(/_/g, ' ');
}

/** 1 for the same score (or both unrated), falling to 0 across the whole 1 … 5 scale. */
function emotionCloseness(before?: number, after?: number): number {
    if (before === undefined && after === undefined) return 1;
    if (before === undefined || after === undefined) return 0.5;
    return Math.max(0, 1 - Math.abs(after - before) / 4);
}

/**
 * The journey as it would read had its touchpoints always had their new names: the touchpoints
 * themselves and every reference to them (`repeats`, an improvement's `addresses`, a question's
 * `about`). Comparing this with the head, a rename shows nowhere but as a rename.
 */
export function withTouchpointsRenamed(journey: JourneyModel, renames: ReadonlyMap<string, string>): JourneyModel {
    if (renames.size === 0) return journey;
    const ref = (r: NameRef): NameRef => (renames.has(r.name) ? { ...r, name: renames.get(r.name)! } : r);
    const question = (q: QuestionModel): QuestionModel => ({ ...q, about: q.about.map(ref) });
    const touchpoint = (t: TouchpointModel): TouchpointModel => ({
        ...t,
        name: renames.get(t.name) ?? t.name,
        ...(t.repeats ? { repeats: ref(t.repeats) } : {}),
        questions: t.questions.map(question),
    });
    const improvement = (i: ImprovementModel): ImprovementModel => ({ ...i, addresses: i.addresses.map(ref) });
    return {
        ...journey,
        questions: journey.questions.map(question),
        stages: journey.stages.map(stage => ({ ...stage, questions: stage.questions.map(question), touchpoints: stage.touchpoints.map(touchpoint) })),
        improvements: journey.improvements.map(improvement),
    };
}

