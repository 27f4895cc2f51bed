import type { ValidationAcceptor } from 'langium';
import { closestName } from '../did-you-mean.js';
import type { Journey } from '../generated/ast.js';
import { LOCALE_NAMES, LOCALES, isLocale } from '../../i18n/locales.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/**
 * `language el` names one of the languages the tool speaks; any other is a warning (the journey
 * is then drawn and reported in the workspace's language), with the closest code suggested.
 */
export function checkJourneyLanguage(journey: Journey, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    const language = journey.language;
    if (language === undefined || isLocale(language)) return;
    const lower = language.toLowerCase();
    const meant = isLocale(lower) ? lower : closestName(lower, LOCALES);
    const known = LOCALES.map(code => `${code} (${LOCALE_NAMES[code]})`).join(', ');
    accept(LANGUAGE_CODES[DiagnosticCode.UnknownLanguage].severity,
        meant
            ? languageText(locale, 'language.unknown-meant', { language, known, meant })
            : languageText(locale, 'language.unknown', { language, known }),
        { node: journey, property: 'language', code: DiagnosticCode.UnknownLanguage });
}
