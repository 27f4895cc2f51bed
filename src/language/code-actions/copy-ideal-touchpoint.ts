import type { LangiumDocument } from 'langium';
import type { Model } from '../generated/ast.js';
import { findJourney, findTouchpoint, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { indentUnit, insertAfter, insertMember, quote } from './text-insertion.js';

/**
 * ideal-step-missing: copies the ideal touchpoint into the actual journey as a placeholder
 * (`evidence assumed`), into the stage of the same name, or a new stage after the last one.
 */
export const copyIdealTouchpoint: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const ideal = findTouchpoint(findJourney(context, data.journey), data.touchpoint);
    const actual = findJourney(context, data.actual);
    if (!ideal || !actual) return [];
    const actualDocument = context.documents.getDocument(actual.$container.$document!.uri) as LangiumDocument<Model>;
    const unit = indentUnit(actualDocument);
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
    const stage = actual.stages.find(s => s.name === ideal.$container.name);
    let edit;
    if (stage) {
        edit = insertMember(actualDocument, stage, touchpoint);
    } else {
        const idealStage = ideal.$container;
        const lastStage = actual.stages[actual.stages.length - 1];
        const indent = lastStage ? /^[ \t]*/.exec(actualDocument.textDocument.getText({
            start: { line: lastStage.$cstNode!.range.start.line, character: 0 }, end: lastStage.$cstNode!.range.start,
        }))?.[0] ?? '' : unit;
        const block = [`stage ${idealStage.name}${idealStage.title ? ` ${quote(idealStage.title)}` : ''} {`, ...touchpoint.map(l => unit + l), '}'];
        edit = lastStage
            ? insertAfter(lastStage, `\n${block.map(l => indent + l).join('\n')}`)
            : insertMember(actualDocument, actual, block);
    }
    return [quickFix(
        `Copy ${ideal.name} into ${actual.name} as a placeholder (evidence assumed)`,
        diagnostic,
        { [uriOf(actual)]: [edit] },
    )];
};
