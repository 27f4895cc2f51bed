import { describeTouchpoint } from '../describe.js';
import { atRange } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const channelMismatch: GapRule = {
    code: 'channel-mismatch',
    defaultSeverity: 'info',
    family: 'journey',
    scope: 'pair',
    summary: ruleSummary('channel-mismatch', 'en'),
    check: ({ pairs, localeFor }) => pairs.flatMap(({ actual: actualJourney, ideal: idealJourney, matched }) => matched
        .filter(({ actual, ideal }) => actual.channel && ideal.channel && actual.channel.name !== ideal.channel.name)
        .map(({ actual, ideal }) => ({
            message: gapText(localeFor(actualJourney), 'channel-mismatch.message', { touchpoint: describeTouchpoint(actual), channel: actual.channel!.name, journey: idealJourney.name, ideal: ideal.channel!.name }),
            location: atRange(actual.source, actual.channel!.range),
            journey: actualJourney.name,
            related: [{ location: atRange(ideal.source, ideal.channel!.range), message: gapText(localeFor(actualJourney), 'channel-mismatch.related', { channel: ideal.channel!.name }) }],
            data: { journey: actualJourney.name, ideal: idealJourney.name, touchpoint: actual.name, channel: ideal.channel!.name },
        }))),
};
