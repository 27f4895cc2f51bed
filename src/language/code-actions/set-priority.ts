import { isImprovement } from '../generated/ast.js';
import { findJourney, gapData, quickFix, uriOf, type QuickFix } from './fix-context.js';
import { insertField } from './text-insertion.js';

const PRIORITIES: [string, string][] = [['P1', 'do first'], ['P2', 'next'], ['P3', 'later'], ['P4', 'when there is time']];

/** improvement-without-priority: P1 to P4. */
export const setPriority: QuickFix = (context, diagnostic) => {
    const data = gapData(diagnostic);
    const improvement = findJourney(context, data.journey)?.improvements.find(i => isImprovement(i) && i.name === data.improvement);
    if (!improvement || improvement.priority) return [];
    return PRIORITIES.map(([priority, meaning]) => quickFix(
        `Set priority ${priority} (${meaning})`,
        diagnostic,
        { [uriOf(improvement)]: [insertField(context.document, improvement, `priority ${priority}`)] },
    ));
};
