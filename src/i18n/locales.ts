/**
 * The languages the tool speaks: those the mapping method was published in. English is the
 * source of every message; the others are translations of it.
 */
export const LOCALES = ['en', 'el', 'da', 'it', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The names of the languages, each in its own language (for pickers and messages). */
export const LOCALE_NAMES: Record<Locale, string> = {
    en: 'English',
    el: 'Ελληνικά',
    da: 'Dansk',
    it: 'Italiano',
    es: 'Español',
};

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a BCP 47 tag or a POSIX locale names, by its language: `el-GR`, `el_GR.UTF-8`
 * and `EL` are Greek. Undefined for a language the tool does not speak (or no tag).
 */
export function localeOf(tag: string | undefined | null): Locale | undefined {
    if (!tag) return undefined;
    const language = tag.trim().toLowerCase().split(/[-_.@]/)[0];
    return isLocale(language) ? language : undefined;
}

/**
 * The first locale the tool speaks among those given, most specific first, for example
 * `--locale`, the map's `language`, journey.config.json's `locale`, then the editor's or the
 * system's language; English when none is one of ours.
 */
export function chooseLocale(...candidates: (string | undefined | null)[]): Locale {
    for (const candidate of candidates) {
        const locale = localeOf(candidate);
        if (locale) return locale;
    }
    return DEFAULT_LOCALE;
}
