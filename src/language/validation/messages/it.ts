import type { LanguageMessageKey } from './en.js';

// Italian. The .journey keywords in quotes ('improves', 'repeats', 'actual') stay as written in a map.
export const it: Record<LanguageMessageKey, string> = {
    'kind.persona': 'persona',
    'kind.stakeholder': 'parte interessata',
    'kind.channel': 'canale',
    'kind.journey': 'percorso',
    'kind.stage': 'fase',
    'kind.touchpoint': 'punto di contatto',
    'kind.improvement': 'miglioramento',
    'kind.question': 'domanda',
    'kind.metric': 'metrica',

    'unresolved.message': "Non esiste alcun elemento di tipo «{kind}» chiamato '{name}'{where}.",
    'unresolved.where-journey': " nel percorso '{journey}'",
    'unresolved.did-you-mean': " Intendevi '{suggestion}'?",
    'unresolved.none-declared': ' Non è ancora dichiarato alcun elemento di tipo «{kind}».',
    'unresolved.none-declared-journey': ' Non è ancora dichiarato alcun elemento di tipo «{kind}» in questo percorso.',
    'unresolved.no-other-declared': ' Non è ancora dichiarato nessun altro elemento di tipo «{kind}».',
    'unresolved.no-other-declared-journey': ' Non è ancora dichiarato nessun altro elemento di tipo «{kind}» in questo percorso.',
    'unresolved.known': ' Nomi dichiarati ({kind}): {names}.',

    'duplicate-name.workspace': "C'è più di un elemento di tipo «{kind}» chiamato '{name}' (anche in {places}). Rinominane uno.",
    'duplicate-name.place-line': '{file} riga {line}',
    'duplicate-name.also-declared': 'Dichiarato anche qui',
    'duplicate-name.local': "Esiste già un elemento di tipo «{kindWithArticle}» chiamato '{name}' {where} (riga {line}). Rinominane uno.",
    'duplicate-name.in-journey': "nel percorso '{name}'",
    'duplicate-name.on-journey': "sul percorso '{name}'",
    'duplicate-name.on-stage': "sulla fase '{name}'",
    'duplicate-name.on-touchpoint': "sul punto di contatto '{name}'",
    'duplicate-name.first-declared': 'Dichiarato per la prima volta qui',

    'duplicate-field.subject-named': "L'elemento «{kind}» '{name}'",
    'duplicate-field.subject-unnamed': 'Questo elemento «{kind}»',
    'duplicate-field.message': '{subject} ha già il campo {field} (riga {line}). Tienine uno: ne viene usato solo uno.',

    'emotion-range.message': "L'emozione {score} non è sulla scala. Usa un numero intero da 1 (molto negativa) a 5 (molto positiva); 3 è neutra.",
    'feeling-word.message': "'{text}' non è un punteggio di emozione. Scrivi un numero intero da 1 a 5, poi uno spazio e la sensazione, per esempio 'emotion 2 {feeling}'.",
    'field-word.feeling': "'{word}' viene letto come la sensazione di questa emozione. Intendevi il campo '{field}'? Se è la sensazione, mettila tra virgolette: \"{word}\".",
    'field-word.unit': "'{word}' viene letto come l'unità di questo valore. Intendevi '{field}'? Se è l'unità, mettila tra virgolette: \"{word}\".",

    'ideal-link.improves-on-actual': "Solo un percorso ideale può migliorare un altro percorso. Scrivi 'ideal journey {journey} … improves {target}'.",
    'ideal-link.without-actual': "Il percorso ideale '{journey}' non dice quale percorso reale migliora. Aggiungi 'improves <journey>' dopo il titolo, così i due si possono confrontare.",
    'ideal-link.improves-itself': "Il percorso ideale '{journey}' migliora se stesso. Un percorso ideale migliora un percorso reale (lo stato attuale).",
    'ideal-link.improves-ideal': "Il percorso ideale '{journey}' migliora '{target}', che è anch'esso un percorso ideale. Un percorso ideale migliora un percorso reale (lo stato attuale).",

    'metric.too-large': 'Questo numero è troppo grande per essere confrontato con qualcosa. Scrivilo con meno cifre.',
    'metric.without-value': "La metrica '{metric}' non ha alcun valore. Aggiungi 'actual <value>' e/o 'target <value>', per esempio 'metric {metric} actual 38% target 10%'.",

    'repeats.itself': "Il punto di contatto '{touchpoint}' non può ripetere se stesso. Indica il passo precedente che il cliente sta rifacendo.",
    'repeats.later': "Il punto di contatto '{touchpoint}' ripete '{repeated}', che viene dopo. 'repeats' indica un passo precedente che il cliente sta rifacendo.",

    'language.unknown': "'{language}' non è una lingua parlata dallo strumento: {known}. Il percorso è mostrato nella lingua dell'area di lavoro.",
    'language.unknown-meant': "'{language}' non è una lingua parlata dallo strumento: {known}. Intendevi '{meant}'? Il percorso è mostrato nella lingua dell'area di lavoro.",
};
