import type { ValidationAcceptor } from 'langium';
import type { Journey } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';

/** An ideal journey names the actual journey it improves; an actual journey improves nothing. */
export function checkIdealJourneyLink(journey: Journey, accept: ValidationAcceptor): void {
    if (!journey.name) return; // a syntax error is already reported
    if (!journey.ideal) {
        if (journey.improves) {
            accept(LANGUAGE_CODES[DiagnosticCode.ImprovesOnActual].severity,
                `Only an ideal journey can improve another journey. Write 'ideal journey ${journey.name} … improves ${journey.improves.$refText}'.`,
                { node: journey, property: 'improves', code: DiagnosticCode.ImprovesOnActual });
        }
        return;
    }
    if (!journey.improves) {
        accept(LANGUAGE_CODES[DiagnosticCode.IdealWithoutActual].severity,
            `The ideal journey '${journey.name}' does not say which actual journey it improves. Add 'improves <journey>' after its title so the two can be compared.`,
            { node: journey, property: 'name', code: DiagnosticCode.IdealWithoutActual });
        return;
    }
    const target = journey.improves.ref;
    if (target?.ideal) {
        const detail = target === journey ? 'itself' : `'${target.name}', which is an ideal journey too`;
        accept(LANGUAGE_CODES[DiagnosticCode.ImprovesIdeal].severity,
            `The ideal journey '${journey.name}' improves ${detail}. An ideal journey improves an actual (current-state) journey.`,
            { node: journey, property: 'improves', code: DiagnosticCode.ImprovesIdeal });
    }
}
