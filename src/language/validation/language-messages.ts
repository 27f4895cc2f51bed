import type { Locale } from '../../i18n/locales.js';
import { registerTranslations } from '../../i18n/translator.js';
import { da } from './messages/da.js';
import { el } from './messages/el.js';
import { en, type LanguageMessageKey } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';
import { kindWord } from '../element-kinds.js';

export type { LanguageMessageKey } from './messages/en.js';

/** The language's own diagnostics (validation and unresolved names), in every locale. */
export const languageText = registerTranslations<LanguageMessageKey>('language', { en, el, da, it, es });

/** How a kind of element (an AST type) is named in a locale's messages. */
export function localKindWord(locale: Locale, type: string): string {
    const key = `kind.${kindWord(type)}` as LanguageMessageKey;
    return key in en ? languageText(locale, key) : kindWord(type);
}
