import { describeJourney, describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const extraStep: GapRule = {
    code: 'extra-step',
    defaultSeverity: 'info',
    family: 'journey',
    scope: 'pair',
    summary: 'A touchpoint of the actual journey that the ideal journey removes: a detour or waste.',
    check: ({ pairs }) => pairs.flatMap(({ actual, ideal, actualOnly }) => actualOnly.map(touchpoint => ({
        message: `Touchpoint ${describeTouchpoint(touchpoint)} is not in the ideal journey ${describeJourney(ideal)}: a detour or waste to remove.`,
        location: at(touchpoint.source),
        journey: actual.name,
        related: [{ location: at(ideal.source), message: `The ideal journey '${ideal.name}'` }],
        data: { journey: actual.name, ideal: ideal.name, touchpoint: touchpoint.name },
    }))),
};
