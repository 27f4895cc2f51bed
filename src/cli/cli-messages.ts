import type { Locale } from '../i18n/locales.js';
import { registerTranslations } from '../i18n/translator.js';
import { da } from './messages/da.js';
import { el } from './messages/el.js';
import { en, type CliKey } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';

/** The CLI's summary and other human sentences in a locale. */
export const cliText = registerTranslations<CliKey>('cli', { en, el, da, it, es });

type Counted = CliKey extends infer K ? (K extends `count.${infer Noun}.one` ? Noun : never) : never;

/** "1 error", "3 errors": the five languages have one form for exactly 1 and another for every other count. */
export function cliCount(locale: Locale, count: number, noun: Counted): string {
    return cliText(locale, `count.${noun}.${count === 1 ? 'one' : 'other'}` as CliKey, { count });
}
