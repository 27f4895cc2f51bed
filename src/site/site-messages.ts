import type { Locale } from '../i18n/locales.js';
import { registerTranslations, type MessageParams } from '../i18n/translator.js';
import { da } from './messages/da.js';
import { el } from './messages/el.js';
import { en, type SiteKey } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';

export type { SiteKey } from './messages/en.js';

/** The static site's fixed words in a locale. */
export const siteText = registerTranslations<SiteKey>('site', { en, el, da, it, es });

export type SaySite = (key: SiteKey, params?: MessageParams) => string;

export function saySiteIn(locale: Locale): SaySite {
    return (key, params) => siteText(locale, key, params);
}

/** "1 result", "3 results": the five languages have one form for 1 and another for every other count. */
export function countedSite(say: SaySite, count: number, noun: 'site.files' | 'search.results' | 'summary.pages'): string {
    return say(`${noun}.${count === 1 ? 'one' : 'other'}`, { count });
}
