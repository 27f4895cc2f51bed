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
 * Each language code's severity and a one-line summary: the validators report at this
 * severity, and SARIF's rule metadata and the README describe the codes from here.
 */
export const LANGUAGE_CODES: Record<DiagnosticCode, { severity: 'error' | 'warning'; summary: string }> = {
    'syntax-error': { severity: 'error', summary: 'The text does not follow the .journey language.' },
    'unresolved-reference': { severity: 'error', summary: 'A name that is not declared.' },
    'duplicate-name': { severity: 'error', summary: 'Two elements of one kind share a name where names must be unique.' },
    'duplicate-field': { severity: 'error', summary: 'A field that may be given once is given twice.' },
    'emotion-out-of-range': { severity: 'error', summary: 'An emotion that is not a whole number from 1 to 5.' },
    'improves-on-actual-journey': { severity: 'error', summary: "'improves' on a journey that is not marked ideal." },
    'ideal-without-actual': { severity: 'warning', summary: 'An ideal journey that does not say which actual journey it improves.' },
    'improves-ideal-journey': { severity: 'error', summary: 'An ideal journey that improves another ideal journey, or itself.' },
    'metric-without-value': { severity: 'warning', summary: "A metric with neither an 'actual' nor a 'target' value." },
    'looks-like-field': { severity: 'warning', summary: 'A bare word read as a feeling or unit that is one letter from a field name.' },
    'repeats-later-step': { severity: 'error', summary: "'repeats' names a later touchpoint, or the touchpoint itself." },
    'number-too-large': { severity: 'error', summary: 'A number too large to compare with anything.' },
    'unknown-language': { severity: 'warning', summary: "A journey's 'language' that is not one the tool speaks (en, el, da, it, es)." },
};
