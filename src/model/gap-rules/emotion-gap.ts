import { describeEmotion, describeTouchpoint } from '../describe.js';
import { atRange } from '../gap-context.js';
import { gapText, countKey, ruleSummary } from '../gap-messages.js';
import type { GapRule } from './gap-rule.js';

export const emotionGap: GapRule = {
    code: 'emotion-gap',
    defaultSeverity: 'warning',
    family: 'journey',
    scope: 'pair',
    summary: ruleSummary('emotion-gap', 'en'),
    check: ({ pairs, thresholds, localeFor }) => pairs.flatMap(({ actual: actualJourney, ideal: idealJourney, matched }) => matched
        .filter(({ actual, ideal }) => actual.emotion && ideal.emotion && ideal.emotion.score - actual.emotion.score >= thresholds.emotionGap)
        .map(({ actual, ideal }) => {
            const locale = localeFor(actualJourney);
            const points = ideal.emotion!.score - actual.emotion!.score;
            return {
                message: gapText(locale, countKey('emotion-gap.message', points), {
                    touchpoint: describeTouchpoint(actual), points, actual: describeEmotion(actual, locale), ideal: describeEmotion(ideal, locale), journey: idealJourney.name,
                }),
                location: atRange(actual.source, actual.emotion!.range),
                journey: actualJourney.name,
                related: [{ location: atRange(ideal.source, ideal.emotion!.range), message: gapText(locale, 'emotion-gap.related', { emotion: describeEmotion(ideal, locale) }) }],
                data: { journey: actualJourney.name, ideal: idealJourney.name, touchpoint: actual.name },
            };
        })),
};
