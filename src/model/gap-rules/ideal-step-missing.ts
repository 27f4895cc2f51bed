import { describeJourney, describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const idealStepMissing: GapRule = {
    code: 'ideal-step-missing',
    defaultSeverity: 'warning',
    family: 'journey',
    scope: 'pair',
    summary: ruleSummary('ideal-step-missing', 'en'),
    check: ({ pairs, localeFor }) => pairs.flatMap(({ actual, ideal, idealOnly }) => idealOnly.map(touchpoint => ({
        message: gapText(localeFor(ideal), 'ideal-step-missing.message', { touchpoint: describeTouchpoint(touchpoint), actual: describeJourney(actual) }),
        location: at(touchpoint.source),
        journey: ideal.name,
        related: [{ location: at(actual.source), message: gapText(localeFor(ideal), 'ideal-step-missing.related', { journey: actual.name }) }],
        data: { journey: ideal.name, actual: actual.name, touchpoint: touchpoint.name, stage: touchpoint.stage },
    }))),
};
