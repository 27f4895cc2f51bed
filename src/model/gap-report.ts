import { journeyPairs } from './gap-context.js';
import type { Gap } from './gap.js';
import { touchpointsOf, type WorkspaceModel } from './journey-model.js';

export const GAP_REPORT_VERSION = 1;

export interface JourneyGapSummary {
    journey: string;
    title?: string;
    kind: 'actual' | 'ideal';
    uri: string;
    touchpoints: number;
    touchpointsWithoutOwner: number;
    /** Number of gaps by rule code. */
    counts: Record<string, number>;
    gaps: Gap[];
}

export interface EmotionComparison {
    touchpoint: string;
    title?: string;
    actual?: number;
    ideal?: number;
    /** ideal − actual, when both are known: how far the experience falls short. */
    shortfall?: number;
}

export interface JourneyPairSummary {
    actual: string;
    ideal: string;
    counts: Record<string, number>;
    /** Emotion at each touchpoint found in both journeys, in the ideal journey's order. */
    emotions: EmotionComparison[];
    /** The gaps between the two: in either journey and of the journey-comparison family. */
    gaps: Gap[];
}

export interface GapReport {
    version: typeof GAP_REPORT_VERSION;
    journeys: JourneyGapSummary[];
    pairs: JourneyPairSummary[];
    /** Gaps that belong to no journey (unused declarations). */
    workspaceGaps: Gap[];
}

const PAIR_CODES = new Set(['ideal-step-missing', 'extra-step', 'emotion-gap', 'channel-mismatch', 'owner-mismatch']);

/** A structured summary of the gaps, per journey and per actual/ideal pair. */
export function buildGapReport(model: WorkspaceModel, gaps: Gap[]): GapReport {
    // Grouped once by journey (in the gaps' order): filtering every gap for every journey made
    // the report of a 1,000-journey workspace take longer than checking it.
    const byJourney = new Map<string, Gap[]>();
    const pairGapsByJourney = new Map<string, { gap: Gap; order: number }[]>();
    gaps.forEach((gap, order) => {
        if (gap.journey === undefined) return;
        const list = byJourney.get(gap.journey);
        if (list) list.push(gap);
        else byJourney.set(gap.journey, [gap]);
        if (!PAIR_CODES.has(gap.code)) return;
        const pairList = pairGapsByJourney.get(gap.journey);
        if (pairList) pairList.push({ gap, order });
        else pairGapsByJourney.set(gap.journey, [{ gap, order }]);
    });
    const journeys = model.journeys.map((journey): JourneyGapSummary => {
        const own = byJourney.get(journey.name) ?? [];
        const touchpoints = touchpointsOf(journey);
        return {
            journey: journey.name,
            title: journey.title,
            kind: journey.kind,
            uri: journey.source.uri,
            touchpoints: touchpoints.length,
            touchpointsWithoutOwner: touchpoints.filter(t => !t.owner).length,
            counts: countByCode(own),
            gaps: own,
        };
    });
    const pairs = journeyPairs(model).map(({ actual, ideal, matched }): JourneyPairSummary => {
        const candidates = actual.name === ideal.name ? pairGapsByJourney.get(actual.name) ?? []
            : [...pairGapsByJourney.get(actual.name) ?? [], ...pairGapsByJourney.get(ideal.name) ?? []].sort((a, b) => a.order - b.order);
        const pairGaps = candidates.map(c => c.gap).filter(gap => gap.data?.ideal === ideal.name || gap.journey === ideal.name);
        return {
            actual: actual.name,
            ideal: ideal.name,
            counts: countByCode(pairGaps),
            emotions: matched.map(({ actual: a, ideal: i }) => ({
                touchpoint: i.name,
                title: a.title ?? i.title,
                actual: a.emotion?.score,
                ideal: i.emotion?.score,
                shortfall: a.emotion && i.emotion ? i.emotion.score - a.emotion.score : undefined,
            })),
            gaps: pairGaps,
        };
    });
    return JSON.parse(JSON.stringify({ version: GAP_REPORT_VERSION, journeys, pairs, workspaceGaps: gaps.filter(gap => !gap.journey) })) as GapReport;
}

/**
 * Gaps by code, each place counted once: with two ideal journeys improving one actual
 * journey, an extra step is reported against each, but it is one step.
 */
function countByCode(gaps: Gap[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const gap of distinctPlaces(gaps)) counts[gap.code] = (counts[gap.code] ?? 0) + 1;
    return counts;
}

export function distinctPlaces(gaps: Gap[]): Gap[] {
    const seen = new Set<string>();
    return gaps.filter(gap => {
        const { uri, range } = gap.location;
        const key = `${gap.code} ${uri} ${range.start.line}:${range.start.character}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}
