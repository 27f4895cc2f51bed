import { describeJourney, describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const idealStepMissing: GapRule = {
    code: 'ideal-step-missing',
    defaultSeverity: 'warning',
    family: 'journey',
    scope: 'pair',
    summary: 'A touchpoint of the ideal journey with no counterpart (same name) in the actual journey it improves.',
    check: ({ pairs }) => pairs.flatMap(({ actual, ideal, idealOnly }) => idealOnly.map(touchpoint => ({
        message: `The ideal step ${describeTouchpoint(touchpoint)} does not happen in the actual journey ${describeJourney(actual)}. ` +
            `This is a gap to close, or add it to the actual journey under the same name if it does happen.`,
        location: at(touchpoint.source),
        journey: ideal.name,
        related: [{ location: at(actual.source), message: `The actual journey '${actual.name}'` }],
        data: { journey: ideal.name, actual: actual.name, touchpoint: touchpoint.name, stage: touchpoint.stage },
    }))),
};
