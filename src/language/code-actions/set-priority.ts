import { isImprovement } from '../generated/ast.js';
import { findJourney, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { codeActionText } from './code-action-messages.js';
import { insertField } from './text-insertion.js';

const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

/** improvement-without-priority: P1 to P4. */
export const setPriority: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const improvement = findJourney(context, data.journey)?.improvements.find(i => isImprovement(i) && i.name === data.improvement);
    if (!improvement || improvement.priority) return [];
    return PRIORITIES.map(priority => quickFix(
        codeActionText(context.locale, 'priority.set', { priority, meaning: codeActionText(context.locale, `priority.${priority}`) }),
        diagnostic,
        { [uriOf(improvement)]: [insertField(context.document, improvement, `priority ${priority}`)] },
    ));
};
