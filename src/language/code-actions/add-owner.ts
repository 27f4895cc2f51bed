import { findJourney, findTouchpoint, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { codeActionText } from './code-action-messages.js';
import { insertField } from './text-insertion.js';

/** missing-owner, and an unowned moment of truth: one fix per declared stakeholder. */
export const addOwner: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const touchpoint = findTouchpoint(findJourney(context, data.journey), data.touchpoint);
    if (!touchpoint || touchpoint.owner) return [];
    const document = context.documents.getDocument(touchpoint.$document?.uri ?? context.document.uri) ?? context.document;
    return context.model.stakeholders.map(stakeholder => quickFix(
        stakeholder.title
            ? codeActionText(context.locale, 'owner.set-titled', { name: stakeholder.name, title: stakeholder.title })
            : codeActionText(context.locale, 'owner.set', { name: stakeholder.name }),
        diagnostic,
        { [uriOf(touchpoint)]: [insertField(document, touchpoint, `owner ${stakeholder.name}`)] },
    ));
};
