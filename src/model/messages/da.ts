import type { GapMessageKey } from './en.js';

// Danish. The .journey keywords in quotes ('owner <stakeholder>', 'reaches outcome') stay as written in a map.
export const da: Record<GapMessageKey, string> = {
    'missing-owner.summary': 'Et kontaktpunkt uden ejer (metodens trin 8).',
    'missing-owner.message': "Kontaktpunktet {touchpoint} har ingen ejer. Angiv den interessent, der står til ansvar for det, med 'owner <stakeholder>'.",

    'empty-stage.summary': 'En fase uden kontaktpunkter.',
    'empty-stage.message': 'Fasen {stage} har ingen kontaktpunkter. Tilføj de trin, kunden tager i denne fase, eller fjern fasen.',

    'unused-declaration.summary': 'En persona, interessent eller kanal, som intet bruger.',
    'unused-declaration.persona': "Personaen '{name}' er erklæret, men ingen rejse handler om den. Brug den, eller fjern den, hvis den ikke længere hører til kortet.",
    'unused-declaration.stakeholder': "Interessenten '{name}' er erklæret, men ejer intet og indgår ingen steder. Brug den, eller fjern den, hvis den ikke længere hører til kortet.",
    'unused-declaration.channel': "Kanalen '{name}' er erklæret, men intet kontaktpunkt bruger den. Brug den, eller fjern den, hvis den ikke længere hører til kortet.",

    'missing-persona.summary': 'En rejse uden persona (metodens trin 3).',
    'missing-persona.message': "Rejsen {journey} siger ikke, hvem der er på den. Tilføj 'persona <name>': et kort tegnes for én person eller ét kundesegment.",

    'missing-outcome.summary': 'En rejse uden ønsket resultat (metodens trin 4).',
    'missing-outcome.message': "Rejsen {journey} har intet ønsket resultat. Tilføj 'outcome \"…\"': det, kunden forsøger at opnå.",

    'unaddressed-pain.summary': 'Et kontaktpunkt på en faktisk rejse med følelse ≤ {low} eller med et smertepunkt, som ingen forbedring tager hånd om (metodens trin 11).',
    'unaddressed-pain.low': "Kontaktpunktet {touchpoint} er et lavpunkt ({emotion}), og ingen forbedring tager hånd om det. Tilføj en forbedring med 'addresses {name}'.",
    'unaddressed-pain.pain': "Kontaktpunktet {touchpoint} har et smertepunkt (\"{pain}\"), og ingen forbedring tager hånd om det. Tilføj en forbedring med 'addresses {name}'.",

    'improvement-without-owner.summary': 'En forbedring uden ejer.',
    'improvement-without-owner.message': "Forbedringen {improvement} har ingen ejer. Angiv, hvem der skal gennemføre den, med 'owner <stakeholder>'.",

    'improvement-without-priority.summary': 'En forbedring uden prioritet (metodens trin 11: prioritér handlingerne).',
    'improvement-without-priority.message': "Forbedringen {improvement} har ingen prioritet. Giv den en fra P1 (gøres først) til P4 med 'priority P1'.",

    'moment-of-truth-at-risk.summary': 'Et sandhedens øjeblik uden ejer, eller hvor følelsen er ≤ {low}.',
    'moment-of-truth-at-risk.message': 'Sandhedens øjeblik {touchpoint} er i fare: {reasons}. Det er her, kunden gør sig sin mening om servicen.',
    'moment-of-truth-at-risk.unowned': 'ingen ejer det',
    'moment-of-truth-at-risk.low': 'kunden har det dårligt her ({emotion})',

    'metric-off-target.summary': 'Et nøgletal, hvis faktiske værdi ikke når sit mål.',
    'metric-off-target.message': "Nøgletallet '{metric}'{title} når ikke sit mål: faktisk {actual} mod et mål på {target}.",
    'metric-off-target.message-no-direction': "Nøgletallet '{metric}'{title} når ikke sit mål: faktisk {actual} mod et mål på {target}. Skriv 'target <= {target}' eller 'target >= {target}' for at angive, hvilken vej der er bedst.",
    'metric-off-target.at-most': 'højst {target}',
    'metric-off-target.at-least': 'mindst {target}',
    'metric-off-target.related': 'Målet',

    'channel-hopping.summary': 'Kunden tvinges gennem 3 eller flere kanalskift i træk (antallet er en indstilling).',
    'channel-hopping.message.one': 'Ved kontaktpunktet {touchpoint} har kunden skiftet kanal {count} gang i træk: {path}. Lad kunden gøre det færdigt, hvor det startede, eller giv sagens kontekst videre sammen med kunden.',
    'channel-hopping.message.other': 'Ved kontaktpunktet {touchpoint} har kunden skiftet kanal {count} gange i træk: {path}. Lad kunden gøre det færdigt, hvor det startede, eller giv sagens kontekst videre sammen med kunden.',

    'repeated-step.summary': "Kunden gentager et tidligere trin (en genforsøgsløkke), angivet med 'repeats' eller genkendt på kanal, ejer og formulering.",
    'repeated-step.message': 'Kontaktpunktet {touchpoint} gentager {earlier}: kunden kører i ring. Hvorfor lykkedes det første forsøg ikke?',
    'repeated-step.related': 'Det første forsøg',

    'dead-end.summary': "Et kontaktpunkt, hvor kunden giver op, og intet senere trin har 'reaches outcome'.",
    'dead-end.message': "Kunden giver op ved kontaktpunktet {touchpoint}, og intet senere trin når det ønskede resultat. Giv kunden en vej videre, og markér det trin, der fører derhen, med 'reaches outcome'.",
    'dead-end.message-outcome': "Kunden giver op ved kontaktpunktet {touchpoint}, og intet senere trin når det ønskede resultat (\"{outcome}\"). Giv kunden en vej videre, og markér det trin, der fører derhen, med 'reaches outcome'.",

    'open-question.summary': 'Et spørgsmål, som kortet rejser, og som endnu ikke er besvaret.',
    'open-question.message': "Åbent spørgsmål: \"{question}\". Notér svaret med 'answer \"…\"', når teamet har det.",
    'open-question.message-owner': "Åbent spørgsmål: \"{question}\" (til '{owner}'). Notér svaret med 'answer \"…\"', når teamet har det.",

    'ideal-step-missing.summary': 'Et kontaktpunkt på den ideelle rejse uden modstykke (samme navn) på den faktiske rejse, den forbedrer.',
    'ideal-step-missing.message': 'Det ideelle trin {touchpoint} sker ikke på den faktiske rejse {actual}. Det er et gab, der skal lukkes – eller tilføj trinnet til den faktiske rejse under samme navn, hvis det faktisk sker.',
    'ideal-step-missing.related': "Den faktiske rejse '{journey}'",

    'extra-step.summary': 'Et kontaktpunkt på den faktiske rejse, som den ideelle rejse fjerner: en omvej eller spild.',
    'extra-step.message': 'Kontaktpunktet {touchpoint} findes ikke på den ideelle rejse {ideal}: en omvej eller spild, der skal fjernes.',
    'extra-step.related': "Den ideelle rejse '{journey}'",

    'emotion-gap.summary': 'Ved et kontaktpunkt på begge rejser ligger den faktiske følelse 2 eller flere point under den ideelle (antallet er en indstilling).',
    'emotion-gap.message.one': "Ved kontaktpunktet {touchpoint} har kunden det {points} point dårligere end på den ideelle rejse: {actual} mod {ideal} på '{journey}'. Det er empatigabet.",
    'emotion-gap.message.other': "Ved kontaktpunktet {touchpoint} har kunden det {points} point dårligere end på den ideelle rejse: {actual} mod {ideal} på '{journey}'. Det er empatigabet.",
    'emotion-gap.related': 'Det ideelle: {emotion}',

    'channel-mismatch.summary': 'Et kontaktpunkt på begge rejser bruger en anden kanal end den ideelle.',
    'channel-mismatch.message': "Ved kontaktpunktet {touchpoint} bruger kunden kanalen '{channel}'; den ideelle rejse '{journey}' bruger '{ideal}'.",
    'channel-mismatch.related': "Den ideelle kanal: '{channel}'",

    'owner-mismatch.summary': 'Et kontaktpunkt på begge rejser har en anden ejer end den ideelle.',
    'owner-mismatch.message': "Kontaktpunktet {touchpoint} ejes af '{owner}'; på den ideelle rejse '{journey}' ejes det af '{ideal}'.",
    'owner-mismatch.related': "Den ideelle ejer: '{owner}'",

    'list.and': '{first} og {second}',
    'emotion.none': 'ingen følelse',
    'emotion.score': 'følelse {score}',
    'emotion.feeling': 'følelse {score} ({feeling})',
};
