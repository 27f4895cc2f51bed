import { describeTouchpoint } from '../describe.js';
import { atRange } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const ownerMismatch: GapRule = {
    code: 'owner-mismatch',
    defaultSeverity: 'info',
    family: 'journey',
    scope: 'pair',
    summary: ruleSummary('owner-mismatch', 'en'),
    check: ({ pairs, localeFor }) => pairs.flatMap(({ actual: actualJourney, ideal: idealJourney, matched }) => matched
        .filter(({ actual, ideal }) => actual.owner && ideal.owner && actual.owner.name !== ideal.owner.name)
        .map(({ actual, ideal }) => ({
            message: gapText(localeFor(actualJourney), 'owner-mismatch.message', { touchpoint: describeTouchpoint(actual), owner: actual.owner!.name, journey: idealJourney.name, ideal: ideal.owner!.name }),
            location: atRange(actual.source, actual.owner!.range),
            journey: actualJourney.name,
            related: [{ location: atRange(ideal.source, ideal.owner!.range), message: gapText(localeFor(actualJourney), 'owner-mismatch.related', { owner: ideal.owner!.name }) }],
            data: { journey: actualJourney.name, ideal: idealJourney.name, touchpoint: actual.name, owner: ideal.owner!.name },
        }))),
};
