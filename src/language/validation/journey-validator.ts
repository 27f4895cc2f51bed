import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { JourneyMapsAstType, Model } from '../generated/ast.js';
import { findingsAsText } from '../cross-file-checks.js';
import type { JourneyServices } from '../journey-module.js';
import { checkGaps } from '../gaps/gap-diagnostics.js';
import { checkDuplicateFields } from './duplicate-fields.js';
import { DuplicateNameChecks } from './duplicate-names.js';
import { WorkspaceNames } from './workspace-names.js';
import { checkEmotionRange } from './emotion-range.js';
import { checkFeelingIsSeparate } from './feeling-word.js';
import { FieldWordTypoChecks } from './field-word-typos.js';
import { checkIdealJourneyLink } from './ideal-journey-link.js';
import { checkJourneyLanguage } from './journey-language.js';
import { checkMetricHasValue, checkQuantityIsNumber } from './metric-values.js';
import { checkRepeatsEarlierStep } from './repeats-earlier.js';
import { localeAt } from './locale-at.js';
import type { Locale } from '../../i18n/locales.js';

/** Registers the language's own checks and the gap diagnostics (computed once per build for the workspace). */
export function registerValidationChecks(services: JourneyServices): void {
    const registry = services.validation.ValidationRegistry;
    const at = (node: AstNode) => localeAt(node, services);
    const names = new DuplicateNameChecks(services, new WorkspaceNames(services.shared), at);
    // Findings that depend on other files: JourneyDocumentBuilder revalidates a file when they change.
    const crossFile = services.validation.CrossFileChecks;
    services.shared.workspace.DocumentBuilder.onUpdate((_, deleted) => { for (const uri of deleted) crossFile.forget(uri.toString()); });
    const workspaceNames = (model: Model, accept: ValidationAcceptor) => names.checkWorkspaceNames(model, accept);
    crossFile.add({ check: workspaceNames, inputs: model => findingsAsText(workspaceNames, model) });
    crossFile.add({
        check: (model, accept) => checkGaps(services.gaps.Analysis, model, accept),
        inputs: model => services.gaps.Analysis.gapsIn(AstUtils.getDocument(model).uri.toString()),
    });
    const typos = new FieldWordTypoChecks(() => services.Grammar);
    // Each check is told the locale of its node (the journey's language, else the workspace's).
    const localised = <N extends AstNode>(check: (node: N, accept: ValidationAcceptor, locale: Locale) => void) =>
        (node: N, accept: ValidationAcceptor) => check(node, accept, at(node));
    const duplicateFields = localised(checkDuplicateFields);
    const checks: ValidationChecks<JourneyMapsAstType> = {
        Model: (model, accept) => crossFile.validate(model, accept),
        Journey: [(journey, accept) => names.checkJourneyNames(journey, accept), localised(checkIdealJourneyLink), duplicateFields, localised(checkJourneyLanguage)],
        Emotion: [localised(checkEmotionRange), localised(checkFeelingIsSeparate), localised((emotion, accept, locale) => typos.checkFeeling(emotion, accept, locale))],
        Quantity: [localised((quantity, accept, locale) => typos.checkUnit(quantity, accept, locale)), localised(checkQuantityIsNumber)],
        Metric: [localised(checkMetricHasValue), duplicateFields],
        Persona: duplicateFields,
        Stakeholder: duplicateFields,
        Channel: duplicateFields,
        Stage: duplicateFields,
        Touchpoint: [duplicateFields, localised(checkRepeatsEarlierStep)],
        Improvement: duplicateFields,
        Question: duplicateFields,
    };
    registry.register(checks);
}
