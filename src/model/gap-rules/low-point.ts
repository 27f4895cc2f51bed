/** Emotion at or below this is a low point. */
export const LOW_POINT = 2;
