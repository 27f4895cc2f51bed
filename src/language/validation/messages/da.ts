import type { LanguageMessageKey } from './en.js';

// Danish. The .journey keywords in quotes ('improves', 'repeats', 'actual') stay as written in a map.
export const da: Record<LanguageMessageKey, string> = {
    'kind.persona': 'persona',
    'kind.stakeholder': 'interessent',
    'kind.channel': 'kanal',
    'kind.journey': 'rejse',
    'kind.stage': 'fase',
    'kind.touchpoint': 'kontaktpunkt',
    'kind.improvement': 'forbedring',
    'kind.question': 'spørgsmål',
    'kind.metric': 'måling',

    'unresolved.message': "Der er ingen {kind} med navnet '{name}'{where}.",
    'unresolved.where-journey': " i rejsen '{journey}'",
    'unresolved.did-you-mean': " Mente du '{suggestion}'?",
    'unresolved.none-declared': ' Der er endnu ikke erklæret nogen af typen "{kind}".',
    'unresolved.none-declared-journey': ' Der er endnu ikke erklæret nogen af typen "{kind}" i denne rejse.',
    'unresolved.no-other-declared': ' Der er endnu ikke erklæret andre af typen "{kind}".',
    'unresolved.no-other-declared-journey': ' Der er endnu ikke erklæret andre af typen "{kind}" i denne rejse.',
    'unresolved.known': ' Erklærede navne ({kind}): {names}.',

    'duplicate-name.workspace': "Der er mere end én af typen \"{kind}\" med navnet '{name}' (også i {places}). Omdøb en af dem.",
    'duplicate-name.place-line': '{file} linje {line}',
    'duplicate-name.also-declared': 'Også erklæret her',
    'duplicate-name.local': "Der er allerede en af typen \"{kindWithArticle}\" med navnet '{name}' {where} (linje {line}). Omdøb en af dem.",
    'duplicate-name.in-journey': "i rejsen '{name}'",
    'duplicate-name.on-journey': "på rejsen '{name}'",
    'duplicate-name.on-stage': "på fasen '{name}'",
    'duplicate-name.on-touchpoint': "på kontaktpunktet '{name}'",
    'duplicate-name.first-declared': 'Først erklæret her',

    'duplicate-field.subject-named': "Elementet \"{kind}\" '{name}'",
    'duplicate-field.subject-unnamed': 'Dette element ("{kind}")',
    'duplicate-field.message': '{subject} har allerede feltet {field} (linje {line}). Behold ét: kun ét bliver brugt.',

    'emotion-range.message': 'Følelsen {score} er ikke på skalaen. Brug et helt tal fra 1 (meget negativ) til 5 (meget positiv); 3 er neutral.',
    'feeling-word.message': "'{text}' er ikke en følelsesscore. Skriv et helt tal fra 1 til 5, derefter et mellemrum og følelsen, for eksempel 'emotion 2 {feeling}'.",
    'field-word.feeling': "'{word}' læses som denne følelses beskrivelse. Mente du feltet '{field}'? Hvis det er beskrivelsen, så sæt det i anførselstegn: \"{word}\".",
    'field-word.unit': "'{word}' læses som denne værdis enhed. Mente du '{field}'? Hvis det er enheden, så sæt det i anførselstegn: \"{word}\".",

    'ideal-link.improves-on-actual': "Kun en ideel rejse kan forbedre en anden rejse. Skriv 'ideal journey {journey} … improves {target}'.",
    'ideal-link.without-actual': "Den ideelle rejse '{journey}' siger ikke, hvilken faktisk rejse den forbedrer. Tilføj 'improves <journey>' efter dens titel, så de to kan sammenlignes.",
    'ideal-link.improves-itself': "Den ideelle rejse '{journey}' forbedrer sig selv. En ideel rejse forbedrer en faktisk (nuværende) rejse.",
    'ideal-link.improves-ideal': "Den ideelle rejse '{journey}' forbedrer '{target}', som også er en ideel rejse. En ideel rejse forbedrer en faktisk (nuværende) rejse.",

    'metric.too-large': 'Dette tal er for stort til at kunne sammenlignes med noget. Skriv det med færre cifre.',
    'metric.without-value': "Målingen '{metric}' har ingen værdi. Tilføj 'actual <value>' og/eller 'target <value>', for eksempel 'metric {metric} actual 38% target 10%'.",

    'repeats.itself': "Kontaktpunktet '{touchpoint}' kan ikke gentage sig selv. Angiv det tidligere trin, kunden gør igen.",
    'repeats.later': "Kontaktpunktet '{touchpoint}' gentager '{repeated}', som kommer senere. 'repeats' angiver et tidligere trin, kunden gør igen.",

    'language.unknown': "'{language}' er ikke et sprog, værktøjet taler: {known}. Rejsen vises på arbejdsområdets sprog.",
    'language.unknown-meant': "'{language}' er ikke et sprog, værktøjet taler: {known}. Mente du '{meant}'? Rejsen vises på arbejdsområdets sprog.",
};
