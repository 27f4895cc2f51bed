import type { GapMessageKey } from './en.js';

// Italian. The .journey keywords in quotes ('owner <stakeholder>', 'reaches outcome') stay as written in a map.
export const it: Record<GapMessageKey, string> = {
    'missing-owner.summary': 'Un punto di contatto senza responsabile (passo 8 del metodo).',
    'missing-owner.message': "Il punto di contatto {touchpoint} non ha un responsabile. Indica lo stakeholder che ne risponde con 'owner <stakeholder>'.",

    'empty-stage.summary': 'Una fase senza punti di contatto.',
    'empty-stage.message': 'La fase {stage} non ha punti di contatto. Aggiungi i passi che il cliente compie in questa fase, oppure elimina la fase.',

    'unused-declaration.summary': 'Una persona, uno stakeholder o un canale che nulla utilizza.',
    'unused-declaration.persona': "La persona '{name}' è dichiarata, ma nessun percorso la riguarda. Usala, oppure eliminala se non fa più parte della mappa.",
    'unused-declaration.stakeholder': "Lo stakeholder '{name}' è dichiarato, ma non è responsabile di nulla e non interviene da nessuna parte. Usalo, oppure eliminalo se non fa più parte della mappa.",
    'unused-declaration.channel': "Il canale '{name}' è dichiarato, ma nessun punto di contatto lo utilizza. Usalo, oppure eliminalo se non fa più parte della mappa.",

    'missing-persona.summary': 'Un percorso senza persona (passo 3 del metodo).',
    'missing-persona.message': "Il percorso {journey} non dice chi lo compie. Aggiungi 'persona <name>': una mappa si disegna per una persona o un segmento di clienti.",

    'missing-outcome.summary': 'Un percorso senza risultato atteso (passo 4 del metodo).',
    'missing-outcome.message': "Il percorso {journey} non ha un risultato atteso. Aggiungi 'outcome \"…\"': ciò che il cliente vuole ottenere.",

    'unaddressed-pain.summary': 'Un punto di contatto di un percorso reale con emozione ≤ {low}, o con un punto critico, che nessun miglioramento affronta (passo 11 del metodo).',
    'unaddressed-pain.low': "Il punto di contatto {touchpoint} è un punto basso dell'esperienza ({emotion}) e nessun miglioramento lo affronta. Aggiungi un miglioramento con 'addresses {name}'.",
    'unaddressed-pain.pain': "Il punto di contatto {touchpoint} ha un punto critico (\"{pain}\") e nessun miglioramento lo affronta. Aggiungi un miglioramento con 'addresses {name}'.",

    'improvement-without-owner.summary': 'Un miglioramento senza responsabile.',
    'improvement-without-owner.message': "Il miglioramento {improvement} non ha un responsabile. Indica chi lo porterà avanti con 'owner <stakeholder>'.",

    'improvement-without-priority.summary': 'Un miglioramento senza priorità (passo 11 del metodo: stabilire le azioni prioritarie).',
    'improvement-without-priority.message': "Il miglioramento {improvement} non ha una priorità. Assegnagliene una da P1 (da fare per primo) a P4 con 'priority P1'.",

    'moment-of-truth-at-risk.summary': 'Un momento della verità senza responsabile, o con emozione ≤ {low}.',
    'moment-of-truth-at-risk.message': 'Il momento della verità {touchpoint} è a rischio: {reasons}. È qui che il cliente si fa un’opinione del servizio.',
    'moment-of-truth-at-risk.unowned': 'nessuno ne è responsabile',
    'moment-of-truth-at-risk.low': 'il cliente qui si sente male ({emotion})',

    'metric-off-target.summary': 'Una metrica il cui valore effettivo non raggiunge il target.',
    'metric-off-target.message': "La metrica '{metric}'{title} non raggiunge il target: valore effettivo {actual} rispetto a un target di {target}.",
    'metric-off-target.message-no-direction': "La metrica '{metric}'{title} non raggiunge il target: valore effettivo {actual} rispetto a un target di {target}. Scrivi 'target <= {target}' o 'target >= {target}' per indicare in quale direzione è meglio.",
    'metric-off-target.at-most': 'al massimo {target}',
    'metric-off-target.at-least': 'almeno {target}',
    'metric-off-target.related': 'Il target',

    'channel-hopping.summary': 'Il cliente è costretto a 3 o più cambi di canale di fila (il numero è un’impostazione).',
    'channel-hopping.message.one': 'Al punto di contatto {touchpoint} il cliente ha cambiato canale {count} volta di fila: {path}. Lascia che concluda dove ha iniziato, oppure fai passare con lui anche il contesto della richiesta.',
    'channel-hopping.message.other': 'Al punto di contatto {touchpoint} il cliente ha cambiato canale {count} volte di fila: {path}. Lascia che concluda dove ha iniziato, oppure fai passare con lui anche il contesto della richiesta.',

    'repeated-step.summary': "Il cliente ripete un passo precedente (un ciclo di tentativi), dichiarato con 'repeats' o riconosciuto da canale, responsabile e formulazione.",
    'repeated-step.message': 'Il punto di contatto {touchpoint} ripete {earlier}: il cliente gira a vuoto. Perché il primo tentativo non ha funzionato?',
    'repeated-step.related': 'Il primo tentativo',

    'dead-end.summary': "Un punto di contatto in cui il cliente rinuncia, e nessun passo successivo ha 'reaches outcome'.",
    'dead-end.message': "Al punto di contatto {touchpoint} il cliente abbandona e nessun passo successivo raggiunge il risultato atteso. Offri una via d’uscita e segna il passo che ci arriva con 'reaches outcome'.",
    'dead-end.message-outcome': "Al punto di contatto {touchpoint} il cliente abbandona e nessun passo successivo raggiunge il risultato atteso (\"{outcome}\"). Offri una via d’uscita e segna il passo che ci arriva con 'reaches outcome'.",

    'open-question.summary': 'Una domanda sollevata dalla mappa che non ha ancora risposta.',
    'open-question.message': "Domanda aperta: \"{question}\". Registra la risposta con 'answer \"…\"' quando il team ce l’ha.",
    'open-question.message-owner': "Domanda aperta: \"{question}\" (per '{owner}'). Registra la risposta con 'answer \"…\"' quando il team ce l’ha.",

    'ideal-step-missing.summary': 'Un punto di contatto del percorso ideale senza corrispondente (stesso nome) nel percorso reale che migliora.',
    'ideal-step-missing.message': 'Il passo ideale {touchpoint} non avviene nel percorso reale {actual}. È un gap da colmare; se invece avviene, aggiungilo al percorso reale con lo stesso nome.',
    'ideal-step-missing.related': "Il percorso reale '{journey}'",

    'extra-step.summary': 'Un punto di contatto del percorso reale che il percorso ideale elimina: una deviazione o uno spreco.',
    'extra-step.message': 'Il punto di contatto {touchpoint} non è nel percorso ideale {ideal}: una deviazione o uno spreco da eliminare.',
    'extra-step.related': "Il percorso ideale '{journey}'",

    'emotion-gap.summary': 'In un punto di contatto presente in entrambi i percorsi, l’emozione reale è di 2 o più punti sotto quella ideale (il numero è un’impostazione).',
    'emotion-gap.message.one': "Al punto di contatto {touchpoint} il cliente si sente {points} punto peggio che nel percorso ideale: {actual} contro {ideal} in '{journey}'. È il gap di empatia.",
    'emotion-gap.message.other': "Al punto di contatto {touchpoint} il cliente si sente {points} punti peggio che nel percorso ideale: {actual} contro {ideal} in '{journey}'. È il gap di empatia.",
    'emotion-gap.related': 'L’ideale: {emotion}',

    'channel-mismatch.summary': 'Un punto di contatto presente in entrambi i percorsi usa un canale diverso da quello ideale.',
    'channel-mismatch.message': "Al punto di contatto {touchpoint} il cliente usa il canale '{channel}'; il percorso ideale '{journey}' usa '{ideal}'.",
    'channel-mismatch.related': "Il canale ideale: '{channel}'",

    'owner-mismatch.summary': 'Un punto di contatto presente in entrambi i percorsi ha un responsabile diverso da quello ideale.',
    'owner-mismatch.message': "Il responsabile del punto di contatto {touchpoint} è '{owner}'; nel percorso ideale '{journey}' è '{ideal}'.",
    'owner-mismatch.related': "Il responsabile ideale: '{owner}'",

    'list.and': '{first} e {second}',
    'emotion.none': 'nessuna emozione',
    'emotion.score': 'emozione {score}',
    'emotion.feeling': 'emozione {score} ({feeling})',
};
