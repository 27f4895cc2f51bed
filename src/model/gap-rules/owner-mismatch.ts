import { describeTouchpoint } from '../describe.js';
import { atRange } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const ownerMismatch: GapRule = {
    code: 'owner-mismatch',
    defaultSeverity: 'info',
    family: 'journey',
    scope: 'pair',
    summary: 'A touchpoint in both journeys has a different owner than the ideal one.',
    check: ({ pairs }) => pairs.flatMap(({ actual: actualJourney, ideal: idealJourney, matched }) => matched
        .filter(({ actual, ideal }) => actual.owner && ideal.owner && actual.owner.name !== ideal.owner.name)
        .map(({ actual, ideal }) => ({
            message: `Touchpoint ${describeTouchpoint(actual)} is owned by '${actual.owner!.name}'; in the ideal journey '${idealJourney.name}' it is owned by '${ideal.owner!.name}'.`,
            location: atRange(actual.source, actual.owner!.range),
            journey: actualJourney.name,
            related: [{ location: atRange(ideal.source, ideal.owner!.range), message: `The ideal owner: '${ideal.owner!.name}'` }],
            data: { journey: actualJourney.name, ideal: idealJourney.name, touchpoint: actual.name, owner: ideal.owner!.name },
        }))),
};
