import { isLocale, type Locale } from '../i18n/locales.js';

/** `--locale`, which commander has already checked against the choices; undefined when not given. */
export function localeOption(value: string | undefined): Locale | undefined {
    return isLocale(value) ? value : undefined;
}
