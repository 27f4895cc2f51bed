import { en } from './messages/en.js';

/**
 * Stable diagnostic codes of the language itself. They appear in the editor, in
 * `journey check --format json` and in SARIF; changing one breaks users' suppressions and CI
 * filters, so codes are only ever added.
 */
export const DiagnosticCode = {
    SyntaxError: 'syntax-error',
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    DuplicateField: 'duplicate-field',
    EmotionOutOfRange: 'emotion-out-of-range',
    ImprovesOnActual: 'improves-on-actual-journey',
    IdealWithoutActual: 'ideal-without-actual',
    ImprovesIdeal: 'improves-ideal-journey',
    MetricWithoutValue: 'metric-without-value',
    LooksLikeField: 'looks-like-field',
    RepeatsLaterStep: 'repeats-later-step',
    NumberTooLarge: 'number-too-large',
    UnknownLanguage: 'unknown-language',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/**
 * Each language code's severity and its one-line summary in English (every language's are in
 * the validation messages, `summary.<code>`): the validators report at this severity, and
 * SARIF's rule metadata and the README describe the codes from here.
 */
export const LANGUAGE_CODES: Record<DiagnosticCode, { severity: 'error' | 'warning'; summary: string }> = {
    'syntax-error': { severity: 'error', summary: en['summary.syntax-error'] },
    'unresolved-reference': { severity: 'error', summary: en['summary.unresolved-reference'] },
    'duplicate-name': { severity: 'error', summary: en['summary.duplicate-name'] },
    'duplicate-field': { severity: 'error', summary: en['summary.duplicate-field'] },
    'emotion-out-of-range': { severity: 'error', summary: en['summary.emotion-out-of-range'] },
    'improves-on-actual-journey': { severity: 'error', summary: en['summary.improves-on-actual-journey'] },
    'ideal-without-actual': { severity: 'warning', summary: en['summary.ideal-without-actual'] },
    'improves-ideal-journey': { severity: 'error', summary: en['summary.improves-ideal-journey'] },
    'metric-without-value': { severity: 'warning', summary: en['summary.metric-without-value'] },
    'looks-like-field': { severity: 'warning', summary: en['summary.looks-like-field'] },
    'repeats-later-step': { severity: 'error', summary: en['summary.repeats-later-step'] },
    'number-too-large': { severity: 'error', summary: en['summary.number-too-large'] },
    'unknown-language': { severity: 'warning', summary: en['summary.unknown-language'] },
};
