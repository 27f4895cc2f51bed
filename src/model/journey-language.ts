import { isLocale, type Locale } from '../i18n/locales.js';
import type { JourneyModel, WorkspaceModel } from './journey-model.js';

/**
 * The language a journey says it is written in (`language el`), when the tool speaks it. It
 * comes before every other choice for what is about that journey (its drawing, its report, its
 * gaps): it is the language of the people who read that map.
 */
export function journeyLocale(journey: JourneyModel | undefined): Locale | undefined {
    return isLocale(journey?.language) ? journey.language : undefined;
}

/** The language every journey is written in; undefined when one does not say, or they differ. */
export function workspaceLocale(model: WorkspaceModel): Locale | undefined {
    const languages = new Set(model.journeys.map(journeyLocale));
    const [only] = languages;
    return languages.size === 1 ? only : undefined;
}
