import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.js';

/** Values for a message's `{placeholders}`. */
export type MessageParams = Record<string, string | number>;

/** One area's messages in every locale: English defines the keys, the others must have them all. */
export type Translations<K extends string> = Record<Locale, Record<K, string>>;

export type Translate<K extends string> = (locale: Locale, key: K, params?: MessageParams) => string;

/** The `{name}` placeholders of a message, in order of first appearance. */
export function placeholdersOf(message: string): string[] {
    return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map(m => m[1]))];
}

/** Fills a message's `{name}` placeholders; one with no value is left as it is, to be seen. */
export function fillPlaceholders(message: string, params: MessageParams = {}): string {
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A translator over one area's catalogues. A key missing from a locale's catalogue falls
 * back to English (test/i18n/catalogues.test.ts makes sure none is missing).
 */
export function translator<K extends string>(translations: Translations<K>): Translate<K> {
    return (locale, key, params) => fillPlaceholders(translations[locale]?.[key] ?? translations[DEFAULT_LOCALE][key], params);
}

/** Every area's catalogues, registered once, so one test can check them all. */
export const catalogueRegistry = new Map<string, Translations<string>>();

export function registerTranslations<K extends string>(area: string, translations: Translations<K>): Translate<K> {
    catalogueRegistry.set(area, translations);
    return translator(translations);
}

export { LOCALES };
