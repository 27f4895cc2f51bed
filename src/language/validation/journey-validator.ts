import type { AstNode, ValidationChecks } from 'langium';
import type { JourneyMapsAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { checkDuplicateFields } from './duplicate-fields.js';
import { DuplicateNameChecks } from './duplicate-names.js';
import { checkEmotionRange } from './emotion-range.js';
import { checkIdealJourneyLink } from './ideal-journey-link.js';
import { checkMetricHasValue } from './metric-values.js';

/** Registers the language's own checks; gap rules are registered by the gap engine. */
export function registerValidationChecks(services: JourneyServices): void {
    const registry = services.validation.ValidationRegistry;
    const names = new DuplicateNameChecks(services);
    const fields = (node: AstNode, accept: Parameters<typeof checkDuplicateFields>[1]) => checkDuplicateFields(node, accept);
    const checks: ValidationChecks<JourneyMapsAstType> = {
        Model: (model, accept) => names.checkWorkspaceNames(model, accept),
        Journey: [(journey, accept) => names.checkJourneyNames(journey, accept), checkIdealJourneyLink, fields],
        Emotion: checkEmotionRange,
        Metric: checkMetricHasValue,
        Persona: fields,
        Stakeholder: fields,
        Channel: fields,
        Stage: fields,
        Touchpoint: fields,
        Improvement: fields,
        Question: fields,
    };
    registry.register(checks);
}
