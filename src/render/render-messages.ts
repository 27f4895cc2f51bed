import type { Locale } from '../i18n/locales.js';
import { registerTranslations, type MessageParams } from '../i18n/translator.js';
import { da } from './messages/da.js';
import { el } from './messages/el.js';
import { en, type RenderKey } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';

export type { RenderKey } from './messages/en.js';

/** The drawing's and the Markdown reports' fixed words in a locale. */
export const renderText = registerTranslations<RenderKey>('render', { en, el, da, it, es });

/** A translator bound to one locale, for code that says many things in the same language. */
export type Say = (key: RenderKey, params?: MessageParams) => string;

export function sayIn(locale: Locale = 'en'): Say {
    return (key, params) => renderText(locale, key, params);
}

type Counted = RenderKey extends infer K ? (K extends `count.${infer Noun}.one` ? Noun : never) : never;

/**
 * "1 gap", "3 gaps": a count with its noun in the right form. The five languages have one
 * form for exactly 1 and another for every other count (0 included), as English does.
 */
export function counted(say: Say, count: number, noun: Counted): string {
    return say(`count.${noun}.${count === 1 ? 'one' : 'other'}` as RenderKey, { count });
}
