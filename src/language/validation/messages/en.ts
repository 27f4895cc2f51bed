// The language's own diagnostics (validation and unresolved names). English is the source;
// its text must not change (pinned by test/language/pinned-diagnostics.test.ts).
export const en = {
    'kind.persona': 'persona',
    'kind.stakeholder': 'stakeholder',
    'kind.channel': 'channel',
    'kind.journey': 'journey',
    'kind.stage': 'stage',
    'kind.touchpoint': 'touchpoint',
    'kind.improvement': 'improvement',
    'kind.question': 'question',
    'kind.metric': 'metric',

    'unresolved.message': "No {kind} named '{name}'{where}.",
    'unresolved.where-journey': " in journey '{journey}'",
    'unresolved.did-you-mean': " Did you mean '{suggestion}'?",
    'unresolved.none-declared': ' No {kind} is declared yet.',
    'unresolved.none-declared-journey': ' No {kind} is declared yet in this journey.',
    'unresolved.no-other-declared': ' No other {kind} is declared yet.',
    'unresolved.no-other-declared-journey': ' No other {kind} is declared yet in this journey.',
    'unresolved.known': ' Known {kind}s: {names}.',

    'duplicate-name.workspace': "There is more than one {kind} named '{name}' (also in {places}). Rename one of them.",
    'duplicate-name.place-line': '{file} line {line}',
    'duplicate-name.also-declared': 'Also declared here',
    'duplicate-name.local': "There is already {kindWithArticle} named '{name}' {where} (line {line}). Rename one of them.",
    'duplicate-name.in-journey': "in journey '{name}'",
    'duplicate-name.on-journey': "on journey '{name}'",
    'duplicate-name.on-stage': "on stage '{name}'",
    'duplicate-name.on-touchpoint': "on touchpoint '{name}'",
    'duplicate-name.first-declared': 'First declared here',

    'duplicate-field.subject-named': "The {kind} '{name}'",
    'duplicate-field.subject-unnamed': 'This {kind}',
    'duplicate-field.message': '{subject} already has {field} (line {line}). Keep one: only one is used.',

    'emotion-range.message': 'Emotion {score} is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.',
    'feeling-word.message': "'{text}' is not an emotion score. Write a whole number from 1 to 5, then a space and the feeling, for example 'emotion 2 {feeling}'.",
    'field-word.feeling': "'{word}' is read as the feeling of this emotion. Did you mean the field '{field}'? If it is the feeling, quote it: \"{word}\".",
    'field-word.unit': "'{word}' is read as the unit of this value. Did you mean '{field}'? If it is the unit, quote it: \"{word}\".",

    'ideal-link.improves-on-actual': "Only an ideal journey can improve another journey. Write 'ideal journey {journey} … improves {target}'.",
    'ideal-link.without-actual': "The ideal journey '{journey}' does not say which actual journey it improves. Add 'improves <journey>' after its title so the two can be compared.",
    'ideal-link.improves-itself': "The ideal journey '{journey}' improves itself. An ideal journey improves an actual (current-state) journey.",
    'ideal-link.improves-ideal': "The ideal journey '{journey}' improves '{target}', which is an ideal journey too. An ideal journey improves an actual (current-state) journey.",

    'metric.too-large': 'This number is too large to compare with anything. Write it with fewer digits.',
    'metric.without-value': "The metric '{metric}' has no value. Add 'actual <value>' and/or 'target <value>', for example 'metric {metric} actual 38% target 10%'.",

    'repeats.itself': "Touchpoint '{touchpoint}' cannot repeat itself. Name the earlier step the customer is doing again.",
    'repeats.later': "Touchpoint '{touchpoint}' repeats '{repeated}', which comes later. 'repeats' names an earlier step the customer is doing again.",

    'language.unknown': "'{language}' is not a language the tool speaks: {known}. The journey is shown in the workspace's language.",
    'language.unknown-meant': "'{language}' is not a language the tool speaks: {known}. Did you mean '{meant}'? The journey is shown in the workspace's language.",
};

export type LanguageMessageKey = keyof typeof en;
