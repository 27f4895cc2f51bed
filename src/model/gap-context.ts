import { touchpointsOf, type JourneyModel, type Range, type Source, type TouchpointModel, type WorkspaceModel } from './journey-model.js';
import type { GapLocation } from './gap.js';
import type { GapThresholds } from './gap-settings.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.js';
import { journeyLocale } from './journey-language.js';

/** An ideal journey and the actual journey it improves, with touchpoints matched by name. */
export interface JourneyPair {
    actual: JourneyModel;
    ideal: JourneyModel;
    matched: { actual: TouchpointModel; ideal: TouchpointModel }[];
    /** Ideal touchpoints with no counterpart in the actual journey. */
    idealOnly: TouchpointModel[];
    /** Actual touchpoints the ideal journey does not have. */
    actualOnly: TouchpointModel[];
}

export interface GapContext {
    model: WorkspaceModel;
    thresholds: GapThresholds;
    pairs: JourneyPair[];
    /** The language messages are written in (GapSettings.locale). */
    locale: Locale;
    /**
     * The language of a finding about one journey: the journey's own `language`, else the
     * settings' locale. Rules about a journey ask this, not `locale`.
     */
    localeFor(journey: JourneyModel): Locale;
    /**
     * The language of a finding about a declaration, which belongs to no journey: that of the
     * journeys written beside it (in its file, else in its folder) when they agree, else `locale`.
     * A Greek team's shared people file in a mixed repository speaks Greek.
     */
    localeBeside(uri: string): Locale;
}

export function createGapContext(model: WorkspaceModel, thresholds: GapThresholds, locale: Locale = DEFAULT_LOCALE, pairs: JourneyPair[] = journeyPairs(model)): GapContext {
    let beside: ((uri: string) => Locale | undefined) | undefined;
    return {
        model, thresholds, pairs, locale,
        localeFor: journey => journeyLocale(journey) ?? locale,
        localeBeside: uri => (beside ??= journeyLanguagesBeside(model))(uri) ?? locale,
    };
}

function journeyLanguagesBeside(model: WorkspaceModel): (uri: string) => Locale | undefined {
    const byFile = new Map<string, Set<Locale | undefined>>();
    const byFolder = new Map<string, Set<Locale | undefined>>();
    const add = (map: Map<string, Set<Locale | undefined>>, key: string, value: Locale | undefined) => {
        let set = map.get(key);
        if (!set) map.set(key, set = new Set());
        set.add(value);
    };
    for (const journey of model.journeys) {
        const language = journeyLocale(journey);
        add(byFile, journey.source.uri, language);
        add(byFolder, folderOf(journey.source.uri), language);
    }
    const agreed = (set: Set<Locale | undefined> | undefined) => (set?.size === 1 ? [...set][0] : undefined);
    return uri => (byFile.has(uri) ? agreed(byFile.get(uri)) : agreed(byFolder.get(folderOf(uri))));
}

function folderOf(uri: string): string {
    return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export function journeyPairs(model: WorkspaceModel): JourneyPair[] {
    const pairs: JourneyPair[] = [];
    for (const ideal of model.journeys) {
        if (ideal.kind !== 'ideal' || !ideal.improves) continue;
        // With duplicate journey names (an error of its own) the first one counts.
        const actual = model.journeys.find(j => j.name === ideal.improves!.name && j.kind === 'actual');
        if (!actual) continue;
        const actualByName = new Map(touchpointsOf(actual).map(t => [t.name, t]));
        const idealNames = new Set(touchpointsOf(ideal).map(t => t.name));
        const matched: JourneyPair['matched'] = [];
        const idealOnly: TouchpointModel[] = [];
        for (const touchpoint of touchpointsOf(ideal)) {
            const counterpart = actualByName.get(touchpoint.name);
            if (counterpart) matched.push({ actual: counterpart, ideal: touchpoint });
            else idealOnly.push(touchpoint);
        }
        const actualOnly = touchpointsOf(actual).filter(t => !idealNames.has(t.name));
        pairs.push({ actual, ideal, matched, idealOnly, actualOnly });
    }
    return pairs;
}

/** Where a diagnostic about an element points: its name if it has one, else the whole element. */
export function at(source: Source): GapLocation {
    return { uri: source.uri, range: source.nameRange ?? source.range };
}

export function atRange(source: Source, range: Range): GapLocation {
    return { uri: source.uri, range };
}
