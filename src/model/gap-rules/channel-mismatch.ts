import { describeTouchpoint } from '../describe.js';
import { atRange } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const channelMismatch: GapRule = {
    code: 'channel-mismatch',
    defaultSeverity: 'info',
    family: 'journey',
    scope: 'pair',
    summary: 'A touchpoint in both journeys uses a different channel than the ideal one.',
    check: ({ pairs }) => pairs.flatMap(({ actual: actualJourney, ideal: idealJourney, matched }) => matched
        .filter(({ actual, ideal }) => actual.channel && ideal.channel && actual.channel.name !== ideal.channel.name)
        .map(({ actual, ideal }) => ({
            message: `At ${describeTouchpoint(actual)} the customer uses the channel '${actual.channel!.name}'; the ideal journey '${idealJourney.name}' uses '${ideal.channel!.name}'.`,
            location: atRange(actual.source, actual.channel!.range),
            journey: actualJourney.name,
            related: [{ location: atRange(ideal.source, ideal.channel!.range), message: `The ideal channel: '${ideal.channel!.name}'` }],
            data: { journey: actualJourney.name, ideal: idealJourney.name, touchpoint: actual.name, channel: ideal.channel!.name },
        }))),
};
