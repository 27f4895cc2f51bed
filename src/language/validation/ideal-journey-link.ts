import type { ValidationAcceptor } from 'langium';
import type { Journey } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/** An ideal journey names the actual journey it improves; an actual journey improves nothing. */
export function checkIdealJourneyLink(journey: Journey, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    if (!journey.name) return; // a syntax error is already reported
    if (!journey.ideal) {
        if (journey.improves) {
            accept(LANGUAGE_CODES[DiagnosticCode.ImprovesOnActual].severity,
                languageText(locale, 'ideal-link.improves-on-actual', { journey: journey.name, target: journey.improves.$refText }),
                { node: journey, property: 'improves', code: DiagnosticCode.ImprovesOnActual });
        }
        return;
    }
    if (!journey.improves) {
        accept(LANGUAGE_CODES[DiagnosticCode.IdealWithoutActual].severity,
            languageText(locale, 'ideal-link.without-actual', { journey: journey.name }),
            { node: journey, property: 'name', code: DiagnosticCode.IdealWithoutActual });
        return;
    }
    const target = journey.improves.ref;
    if (target?.ideal) {
        accept(LANGUAGE_CODES[DiagnosticCode.ImprovesIdeal].severity,
            target === journey
                ? languageText(locale, 'ideal-link.improves-itself', { journey: journey.name })
                : languageText(locale, 'ideal-link.improves-ideal', { journey: journey.name, target: target.name }),
            { node: journey, property: 'improves', code: DiagnosticCode.ImprovesIdeal });
    }
}
