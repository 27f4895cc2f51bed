import { findJourney, findTouchpoint, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { insertField } from './text-insertion.js';

/** missing-owner, and an unowned moment of truth: one fix per declared stakeholder. */
export const addOwner: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const touchpoint = findTouchpoint(findJourney(context, data.journey), data.touchpoint);
    if (!touchpoint || touchpoint.owner) return [];
    const document = context.documents.getDocument(touchpoint.$document?.uri ?? context.document.uri) ?? context.document;
    return context.model.stakeholders.map(stakeholder => quickFix(
        `Set owner to ${stakeholder.name}${stakeholder.title ? ` (${stakeholder.title})` : ''}`,
        diagnostic,
        { [uriOf(touchpoint)]: [insertField(document, touchpoint, `owner ${stakeholder.name}`)] },
    ));
};
