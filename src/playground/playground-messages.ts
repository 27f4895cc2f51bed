import type { Locale } from '../i18n/locales.js';
import { registerTranslations, type MessageParams } from '../i18n/translator.js';
import { da } from './messages/da.js';
import { el } from './messages/el.js';
import { en, type PlaygroundKey } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';

export type { PlaygroundKey } from './messages/en.js';

/** The playground's own controls and sentences in a locale. */
export const playgroundText = registerTranslations<PlaygroundKey>('playground', { en, el, da, it, es });

export type PlaygroundSay = (key: PlaygroundKey, params?: MessageParams) => string;

export function playgroundSayIn(locale: Locale): PlaygroundSay {
    return (key, params) => playgroundText(locale, key, params);
}

type Counted = PlaygroundKey extends infer K ? (K extends `count.${infer Noun}.one` ? Noun : never) : never;

/** "1 error", "3 errors": one form for exactly 1, another for every other count, in all five languages. */
export function playgroundCount(say: PlaygroundSay, count: number, noun: Counted): string {
    return say(`count.${noun}.${count === 1 ? 'one' : 'other'}` as PlaygroundKey, { count });
}
