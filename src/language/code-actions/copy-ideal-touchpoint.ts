import type { LangiumDocument } from 'langium';
import type { Model, Touchpoint } from '../generated/ast.js';
import { codeActionText } from './code-action-messages.js';
import { findJourney, findTouchpoint, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { indentUnit, insertAfter, insertMember, lineEnding, quote } from './text-insertion.js';

/**
 * ideal-step-missing: copies the ideal touchpoint into the actual journey as a placeholder
 * (`evidence assumed`), where it belongs in the ideal order: in the actual stage of the same
 * name, after the counterpart of the nearest earlier step both journeys share (or before the
 * next one); without such a stage, in a new one after the stage of that earlier step.
 */
export const copyIdealTouchpoint: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const idealJourney = findJourney(context, data.journey);
    const ideal = findTouchpoint(idealJourney, data.touchpoint);
    const actual = findJourney(context, data.actual);
    if (!idealJourney || !ideal || !actual) return [];
    const document = context.documents.getDocument(actual.$container.$document!.uri) as LangiumDocument<Model>;
    const unit = indentUnit(document);
    const fields = [
        ideal.channel?.ref ? `channel ${ideal.channel.$refText}` : undefined,
        ideal.owner?.ref ? `owner ${ideal.owner.$refText}` : undefined,
    ].filter(Boolean).join('  ');
    const touchpoint = [
        `touchpoint ${ideal.name}${ideal.title ? ` ${quote(ideal.title)}` : ''} {`,
        ...(fields ? [`${unit}${fields}`] : []),
        `${unit}evidence assumed`,
        '}',
    ];

    const idealOrder = idealJourney.stages.flatMap(s => s.touchpoints);
    const actualByName = new Map(actual.stages.flatMap(s => s.touchpoints).map(t => [t.name, t]));
    const at = idealOrder.indexOf(ideal);
    const before = idealOrder.slice(0, at).reverse().map(t => actualByName.get(t.name)).find(Boolean);
    const after = idealOrder.slice(at + 1).map(t => actualByName.get(t.name)).find(Boolean);
    const idealStage = ideal.$container;
    const sameStage = actual.stages.find(s => s.name === idealStage.name);
    const newStage = (indent: string) => ['', `stage ${idealStage.name}${idealStage.title ? ` ${quote(idealStage.title)}` : ''} {`, ...touchpoint.map(l => unit + l), '}'].map(l => (l ? indent + l : l));
    let edit;
    if (before && before.$container === sameStage) {
        edit = insertAfter(document, before, touchpoint.map(l => indentOf(document, before) + l));
    } else if (after && after.$container === sameStage) {
        const eol = lineEnding(document);
        const line = after.$cstNode!.range.start.line;
        edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: touchpoint.map(l => indentOf(document, after) + l).join(eol) + eol };
    } else if (sameStage && before && sameStage.touchpoints.length > 0) {
        // It follows a step of an earlier stage: it opens its own stage.
        const first = sameStage.touchpoints[0];
        const eol = lineEnding(document);
        const line = first.$cstNode!.range.start.line;
        edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: touchpoint.map(l => indentOf(document, first) + l).join(eol) + eol };
    } else if (sameStage) {
        edit = insertMember(document, sameStage, touchpoint);
    } else {
        // The actual journey has no such stage: open it after the stage of the step before it.
        const anchorStage = before?.$container ?? actual.stages.at(-1);
        edit = anchorStage
            ? insertAfter(document, anchorStage, newStage(indentOf(document, anchorStage)))
            : insertMember(document, actual, newStage('').slice(1));
    }
    return [quickFix(
        codeActionText(context.locale, 'ideal.copy', { touchpoint: ideal.name, journey: actual.name }),
        diagnostic,
        { [uriOf(actual)]: [edit] },
    )];
};

function indentOf(document: LangiumDocument, node: Touchpoint | { $cstNode?: Touchpoint['$cstNode'] }): string {
    const start = node.$cstNode!.range.start;
    return /^[ \t]*/.exec(document.textDocument.getText({ start: { line: start.line, character: 0 }, end: start }))?.[0] ?? '';
}
