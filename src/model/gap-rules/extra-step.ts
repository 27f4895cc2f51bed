import { describeJourney, describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const extraStep: GapRule = {
    code: 'extra-step',
    defaultSeverity: 'info',
    family: 'journey',
    scope: 'pair',
    summary: ruleSummary('extra-step', 'en'),
    check: ({ pairs, localeFor }) => pairs.flatMap(({ actual, ideal, actualOnly }) => actualOnly.map(touchpoint => ({
        message: gapText(localeFor(actual), 'extra-step.message', { touchpoint: describeTouchpoint(touchpoint), ideal: describeJourney(ideal) }),
        location: at(touchpoint.source),
        journey: actual.name,
        related: [{ location: at(ideal.source), message: gapText(localeFor(actual), 'extra-step.related', { journey: ideal.name }) }],
        data: { journey: actual.name, ideal: ideal.name, touchpoint: touchpoint.name },
    }))),
};
