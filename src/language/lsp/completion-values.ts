/** Fixed value lists offered by completion: the emotion scale, feelings and priorities. */

/** The Mermaid emotion scale, as the grammar comment describes it. */
export const EMOTION_SCALE: readonly { score: number; label: string }[] = [
    { score: 1, label: 'very negative' },
    { score: 2, label: 'negative' },
    { score: 3, label: 'neutral' },
    { score: 4, label: 'positive' },
    { score: 5, label: 'very positive' },
];

/** Feelings customers commonly report, from negative to positive. */
export const FEELING_WORDS: readonly string[] = [
    'angry', 'frustrated', 'anxious', 'confused', 'annoyed', 'impatient',
    'uncertain', 'indifferent', 'curious', 'hopeful', 'relieved', 'satisfied', 'confident', 'delighted',
];

export const PRIORITIES: Readonly<Record<string, string>> = {
    P1: 'critical: do first',
    P2: 'high',
    P3: 'medium',
    P4: 'low: when there is time',
};
