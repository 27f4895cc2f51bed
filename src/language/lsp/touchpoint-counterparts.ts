import { journeyPairs } from '../../model/gap-context.js';
import type { EmotionModel, TouchpointModel, WorkspaceModel } from '../../model/journey-model.js';
import { EMOTION_SCALE } from './completion-values.js';

/** The same-named touchpoint in a paired journey, as hover and inlay hints show it. */
export interface Counterpart {
    /** `ideal` when the touchpoint it belongs to is actual, and the other way round. */
    side: 'ideal' | 'actual';
    /** The name of the journey that holds the counterpart. */
    journey: string;
    touchpoint: TouchpointModel;
}

/** Every matched touchpoint of the workspace with its counterparts, in the order of the pairs. */
export function counterpartsByTouchpoint(model: WorkspaceModel): Map<TouchpointModel, Counterpart[]> {
    const result = new Map<TouchpointModel, Counterpart[]>();
    const add = (touchpoint: TouchpointModel, counterpart: Counterpart) => {
        result.set(touchpoint, [...(result.get(touchpoint) ?? []), counterpart]);
    };
    for (const pair of journeyPairs(model)) {
        for (const { actual, ideal } of pair.matched) {
            add(actual, { side: 'ideal', journey: pair.ideal.name, touchpoint: ideal });
            add(ideal, { side: 'actual', journey: pair.actual.name, touchpoint: actual });
        }
    }
    return result;
}

/** An emotion in words: `1 (very negative) "frustrated"`. */
export function emotionText(emotion: EmotionModel | undefined): string | undefined {
    if (!emotion) return undefined;
    const label = EMOTION_SCALE.find(e => e.score === emotion.score)?.label;
    return [String(emotion.score), label && `(${label})`, emotion.feeling && `"${emotion.feeling}"`].filter(Boolean).join(' ');
}
