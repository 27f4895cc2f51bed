import type { Locale } from '../i18n/locales.js';
import { registerTranslations } from '../i18n/translator.js';
import { da } from './messages/da.js';
import { el } from './messages/el.js';
import { en, type GapMessageKey } from './messages/en.js';
import { es } from './messages/es.js';
import { it } from './messages/it.js';
import { LOW_POINT } from './gap-rules/low-point.js';

export type { GapMessageKey } from './messages/en.js';

/** The gap rules' messages, summaries and descriptions, in every locale. */
export const gapText = registerTranslations<GapMessageKey>('gaps', { en, el, da, it, es });

/** `{key}.one` for a count of 1, else `{key}.other`: every locale the tool speaks has those two forms. */
export function countKey<B extends string>(base: B, count: number): `${B}.one` | `${B}.other` {
    return count === 1 ? `${base}.one` : `${base}.other`;
}

/** A rule's one-line summary (docs, hover, SARIF) in a locale. */
export function ruleSummary(code: string, locale: Locale): string {
    return gapText(locale, `${code}.summary` as GapMessageKey, { low: LOW_POINT });
}

/** "a and b", or the one reason alone. */
export function joinReasons(locale: Locale, reasons: string[]): string {
    return reasons.length === 2 ? gapText(locale, 'list.and', { first: reasons[0], second: reasons[1] }) : reasons.join('');
}
