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
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];
