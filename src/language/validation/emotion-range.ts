import type { ValidationAcceptor } from 'langium';
import type { Locale } from '../../i18n/locales.js';
import type { Emotion } from '../generated/ast.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText } from './language-messages.js';

export const EMOTION_MIN = 1;
export const EMOTION_MAX = 5;

/** Emotion is scored on Mermaid's journey scale: 1 very negative, 3 neutral, 5 very positive. */
export function checkEmotionRange(emotion: Emotion, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    const score = emotion.score;
    if (typeof score !== 'number' || Number.isNaN(score)) return; // a syntax error is already reported
    if (Number.isInteger(score) && score >= EMOTION_MIN && score <= EMOTION_MAX) return;
    accept(LANGUAGE_CODES[DiagnosticCode.EmotionOutOfRange].severity,
        languageText(locale, 'emotion-range.message', { score }),
        { node: emotion, property: 'score', code: DiagnosticCode.EmotionOutOfRange });
}
