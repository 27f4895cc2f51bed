import type { LanguageMessageKey } from './en.js';

// Spanish. The .journey keywords in quotes ('improves', 'repeats', 'actual') stay as written in a map.
export const es: Record<LanguageMessageKey, string> = {
    'kind.persona': 'persona',
    'kind.stakeholder': 'parte interesada',
    'kind.channel': 'canal',
    'kind.journey': 'recorrido',
    'kind.stage': 'etapa',
    'kind.touchpoint': 'punto de contacto',
    'kind.improvement': 'mejora',
    'kind.question': 'pregunta',
    'kind.metric': 'métrica',

    'unresolved.message': "No hay ningún elemento de tipo «{kind}» llamado '{name}'{where}.",
    'unresolved.where-journey': " en el recorrido '{journey}'",
    'unresolved.did-you-mean': " ¿Quería decir '{suggestion}'?",
    'unresolved.none-declared': ' Todavía no se ha declarado ningún elemento de tipo «{kind}».',
    'unresolved.none-declared-journey': ' Todavía no se ha declarado ningún elemento de tipo «{kind}» en este recorrido.',
    'unresolved.no-other-declared': ' Todavía no se ha declarado ningún otro elemento de tipo «{kind}».',
    'unresolved.no-other-declared-journey': ' Todavía no se ha declarado ningún otro elemento de tipo «{kind}» en este recorrido.',
    'unresolved.known': ' Nombres declarados ({kind}): {names}.',

    'duplicate-name.workspace': "Hay más de un elemento de tipo «{kind}» llamado '{name}' (también en {places}). Cambie el nombre de uno de ellos.",
    'duplicate-name.place-line': '{file} línea {line}',
    'duplicate-name.also-declared': 'También declarado aquí',
    'duplicate-name.local': "Ya hay un elemento de tipo «{kindWithArticle}» llamado '{name}' {where} (línea {line}). Cambie el nombre de uno de ellos.",
    'duplicate-name.in-journey': "en el recorrido '{name}'",
    'duplicate-name.on-journey': "en el recorrido '{name}'",
    'duplicate-name.on-stage': "en la etapa '{name}'",
    'duplicate-name.on-touchpoint': "en el punto de contacto '{name}'",
    'duplicate-name.first-declared': 'Declarado por primera vez aquí',

    'duplicate-field.subject-named': "El elemento «{kind}» '{name}'",
    'duplicate-field.subject-unnamed': 'Este elemento «{kind}»',
    'duplicate-field.message': '{subject} ya tiene el campo {field} (línea {line}). Deje uno: solo se usa uno.',

    'emotion-range.message': 'La emoción {score} no está en la escala. Use un número entero de 1 (muy negativa) a 5 (muy positiva); 3 es neutra.',
    'feeling-word.message': "'{text}' no es una puntuación de emoción. Escriba un número entero de 1 a 5, luego un espacio y la sensación, por ejemplo 'emotion 2 {feeling}'.",
    'field-word.feeling': "'{word}' se lee como la sensación de esta emoción. ¿Quería decir el campo '{field}'? Si es la sensación, póngala entre comillas: \"{word}\".",
    'field-word.unit': "'{word}' se lee como la unidad de este valor. ¿Quería decir '{field}'? Si es la unidad, póngala entre comillas: \"{word}\".",

    'ideal-link.improves-on-actual': "Solo un recorrido ideal puede mejorar otro recorrido. Escriba 'ideal journey {journey} … improves {target}'.",
    'ideal-link.without-actual': "El recorrido ideal '{journey}' no dice qué recorrido real mejora. Añada 'improves <journey>' después de su título para poder compararlos.",
    'ideal-link.improves-itself': "El recorrido ideal '{journey}' se mejora a sí mismo. Un recorrido ideal mejora un recorrido real (el estado actual).",
    'ideal-link.improves-ideal': "El recorrido ideal '{journey}' mejora '{target}', que también es un recorrido ideal. Un recorrido ideal mejora un recorrido real (el estado actual).",

    'metric.too-large': 'Este número es demasiado grande para compararlo con nada. Escríbalo con menos dígitos.',
    'metric.without-value': "La métrica '{metric}' no tiene valor. Añada 'actual <value>' y/o 'target <value>', por ejemplo 'metric {metric} actual 38% target 10%'.",

    'repeats.itself': "El punto de contacto '{touchpoint}' no puede repetirse a sí mismo. Indique el paso anterior que el cliente vuelve a hacer.",
    'repeats.later': "El punto de contacto '{touchpoint}' repite '{repeated}', que viene después. 'repeats' indica un paso anterior que el cliente vuelve a hacer.",

    'language.unknown': "'{language}' no es un idioma que hable la herramienta: {known}. El recorrido se muestra en el idioma del espacio de trabajo.",
    'language.unknown-meant': "'{language}' no es un idioma que hable la herramienta: {known}. ¿Quería decir '{meant}'? El recorrido se muestra en el idioma del espacio de trabajo.",
};
