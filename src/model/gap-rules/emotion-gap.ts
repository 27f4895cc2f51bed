import { describeEmotion, describeTouchpoint } from '../describe.js';
import { atRange } from '../gap-context.js';
import type { GapRule } from './gap-rule.js';

export const emotionGap: GapRule = {
    code: 'emotion-gap',
    defaultSeverity: 'warning',
    family: 'journey',
    scope: 'pair',
    summary: 'At a touchpoint in both journeys, the actual emotion is 2 or more points below the ideal (the number is a setting).',
    check: ({ pairs, thresholds }) => pairs.flatMap(({ actual: actualJourney, ideal: idealJourney, matched }) => matched
        .filter(({ actual, ideal }) => actual.emotion && ideal.emotion && ideal.emotion.score - actual.emotion.score >= thresholds.emotionGap)
        .map(({ actual, ideal }) => ({
            message: `At ${describeTouchpoint(actual)} the customer feels ${points(ideal.emotion!.score - actual.emotion!.score)} worse than in the ideal journey: ` +
                `${describeEmotion(actual)} against ${describeEmotion(ideal)} in '${idealJourney.name}'. This is the empathy gap.`,
            location: atRange(actual.source, actual.emotion!.range),
            journey: actualJourney.name,
            related: [{ location: atRange(ideal.source, ideal.emotion!.range), message: `The ideal: ${describeEmotion(ideal)}` }],
            data: { journey: actualJourney.name, ideal: idealJourney.name, touchpoint: actual.name },
        }))),
};

function points(n: number): string {
    return `${n} ${n === 1 ? 'point' : 'points'}`;
}
