import type { ValidationAcceptor } from 'langium';
import type { Emotion } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';

export const EMOTION_MIN = 1;
export const EMOTION_MAX = 5;

/** Emotion is scored on Mermaid's journey scale: 1 very negative, 3 neutral, 5 very positive. */
export function checkEmotionRange(emotion: Emotion, accept: ValidationAcceptor): void {
    const score = emotion.score;
    if (typeof score !== 'number' || Number.isNaN(score)) return; // a syntax error is already reported
    if (Number.isInteger(score) && score >= EMOTION_MIN && score <= EMOTION_MAX) return;
    accept(LANGUAGE_CODES[DiagnosticCode.EmotionOutOfRange].severity,
        `Emotion ${score} is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.`,
        { node: emotion, property: 'score', code: DiagnosticCode.EmotionOutOfRange });
}
