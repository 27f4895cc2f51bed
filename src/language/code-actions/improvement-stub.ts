import { findJourney, findTouchpoint, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { freshName, insertMember, quote } from './text-insertion.js';

/**
 * unaddressed-pain: an improvement that addresses the low point, owned by the touchpoint's
 * owner and at priority P2, ready to be described and re-prioritised.
 */
export const improvementStub: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const journey = findJourney(context, data.journey);
    const touchpoint = findTouchpoint(journey, data.touchpoint);
    if (!journey || !touchpoint) return [];
    const name = freshName(`Improve${touchpoint.name}`, new Set(journey.improvements.map(i => i.name)));
    const owner = touchpoint.owner?.ref ? touchpoint.owner.$refText : undefined;
    const lines = [
        '',
        `improvement ${name} ${quote(`Improve: ${touchpoint.title ?? touchpoint.name}`)} {`,
        `    addresses ${touchpoint.name}`,
        ...(owner ? [`    owner ${owner}`] : []),
        '    priority P2',
        '}',
    ];
    return [quickFix(
        `Add an improvement that addresses ${touchpoint.name}${owner ? ` (owner ${owner}, priority P2)` : ' (priority P2)'}`,
        diagnostic,
        { [uriOf(journey)]: [insertMember(context.document, journey, lines)] },
    )];
};
