import type { ValidationAcceptor } from 'langium';
import type { Touchpoint } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';

/** `repeats X` says the customer is doing X again, so X must come earlier in the journey. */
export function checkRepeatsEarlierStep(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const repeated = touchpoint.repeats?.ref;
    if (!repeated) return;
    const order = touchpoint.$container.$container.stages.flatMap(stage => stage.touchpoints);
    if (order.indexOf(repeated) < order.indexOf(touchpoint)) return;
    accept(LANGUAGE_CODES[DiagnosticCode.RepeatsLaterStep].severity,
        repeated === touchpoint
            ? `Touchpoint '${touchpoint.name}' cannot repeat itself. Name the earlier step the customer is doing again.`
            : `Touchpoint '${touchpoint.name}' repeats '${repeated.name}', which comes later. 'repeats' names an earlier step the customer is doing again.`,
        { node: touchpoint, property: 'repeats', code: DiagnosticCode.RepeatsLaterStep });
}
