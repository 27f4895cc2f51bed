import type { ValidationAcceptor } from 'langium';
import type { Touchpoint } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/** `repeats X` says the customer is doing X again, so X must come earlier in the journey. */
export function checkRepeatsEarlierStep(touchpoint: Touchpoint, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    const repeated = touchpoint.repeats?.ref;
    if (!repeated) return;
    const order = touchpoint.$container.$container.stages.flatMap(stage => stage.touchpoints);
    if (order.indexOf(repeated) < order.indexOf(touchpoint)) return;
    accept(LANGUAGE_CODES[DiagnosticCode.RepeatsLaterStep].severity,
        repeated === touchpoint
            ? languageText(locale, 'repeats.itself', { touchpoint: touchpoint.name })
            : languageText(locale, 'repeats.later', { touchpoint: touchpoint.name, repeated: repeated.name }),
        { node: touchpoint, property: 'repeats', code: DiagnosticCode.RepeatsLaterStep });
}
