import { findJourney, findTouchpoint, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { codeActionText } from './code-action-messages.js';
import { freshName, indentUnit, insertMember, quote } from './text-insertion.js';

/**
 * unaddressed-pain: an improvement that addresses the low point, at priority P2, ready to be
 * described and re-prioritised. Owned by the touchpoint's owner; for an unowned touchpoint,
 * one fix per declared stakeholder, so the stub itself is never a new gap.
 */
export const improvementStub: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const journey = findJourney(context, data.journey);
    const touchpoint = findTouchpoint(journey, data.touchpoint);
    if (!journey || !touchpoint) return [];
    const name = freshName(`Improve${touchpoint.name}`, new Set(journey.improvements.map(i => i.name)));
    const unit = indentUnit(context.document);
    const owners = touchpoint.owner?.ref ? [touchpoint.owner.$refText] : context.model.stakeholders.map(s => s.name);
    return owners.map(owner => quickFix(
        codeActionText(context.locale, 'improvement.add', { touchpoint: touchpoint.name, owner }),
        diagnostic,
        { [uriOf(journey)]: [insertMember(context.document, journey, [
            '',
            `improvement ${name} ${quote(`Improve: ${touchpoint.title ?? touchpoint.name}`)} {`,
            `${unit}addresses ${touchpoint.name}`,
            `${unit}owner ${owner}`,
            `${unit}priority P2`,
            '}',
        ])] },
    ));
};
