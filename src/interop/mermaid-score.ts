/** Mermaid's journey scale: 1 very negative, 3 neutral, 5 very positive. */
export const NEUTRAL_SCORE = 3;

/** The whole score Mermaid is given for an emotion: rounded into 1–5; no emotion is neutral. */
export function shownScore(score: number | undefined): number {
    if (score === undefined || !Number.isFinite(score)) return NEUTRAL_SCORE;
    return Math.min(5, Math.max(1, Math.round(score)));
}
