import type { GapMessageKey } from './en.js';

// Spanish. The .journey keywords in quotes ('owner <stakeholder>', 'reaches outcome') stay as written in a map.
export const es: Record<GapMessageKey, string> = {
    'missing-owner.summary': 'Un punto de contacto sin responsable (paso 8 del método).',
    'missing-owner.message': "El punto de contacto {touchpoint} no tiene responsable. Indica qué parte interesada responde de él con 'owner <stakeholder>'.",

    'empty-stage.summary': 'Una etapa sin puntos de contacto.',
    'empty-stage.message': 'La etapa {stage} no tiene puntos de contacto. Añade los pasos que da el cliente en esta etapa, o elimina la etapa.',

    'unused-declaration.summary': 'Una persona, parte interesada o canal que nada utiliza.',
    'unused-declaration.persona': "La persona '{name}' está declarada, pero ningún recorrido la tiene como protagonista. Úsala, o elimínala si ya no forma parte del mapa.",
    'unused-declaration.stakeholder': "La parte interesada '{name}' está declarada, pero no es responsable de nada ni interviene en ningún sitio. Úsala, o elimínala si ya no forma parte del mapa.",
    'unused-declaration.channel': "El canal '{name}' está declarado, pero ningún punto de contacto lo utiliza. Úsalo, o elimínalo si ya no forma parte del mapa.",

    'missing-persona.summary': 'Un recorrido sin persona (paso 3 del método).',
    'missing-persona.message': "El recorrido {journey} no dice quién lo hace. Añade 'persona <name>': un mapa se traza para una persona o un segmento de clientes.",

    'missing-outcome.summary': 'Un recorrido sin resultado esperado (paso 4 del método).',
    'missing-outcome.message': "El recorrido {journey} no tiene resultado esperado. Añade 'outcome \"…\"': lo que el cliente intenta conseguir.",

    'unaddressed-pain.summary': 'Un punto de contacto de un recorrido real con emoción ≤ {low}, o con un punto de dolor, que ninguna mejora aborda (paso 11 del método).',
    'unaddressed-pain.low': "El punto de contacto {touchpoint} es un punto bajo de la experiencia ({emotion}) y ninguna mejora lo aborda. Añade una mejora con 'addresses {name}'.",
    'unaddressed-pain.pain': "El punto de contacto {touchpoint} tiene un punto de dolor (\"{pain}\") y ninguna mejora lo aborda. Añade una mejora con 'addresses {name}'.",

    'improvement-without-owner.summary': 'Una mejora sin responsable.',
    'improvement-without-owner.message': "La mejora {improvement} no tiene responsable. Indica quién la llevará a cabo con 'owner <stakeholder>'.",

    'improvement-without-priority.summary': 'Una mejora sin prioridad (paso 11 del método: fijar las acciones prioritarias).',
    'improvement-without-priority.message': "La mejora {improvement} no tiene prioridad. Asígnale una de P1 (lo primero) a P4 con 'priority P1'.",

    'moment-of-truth-at-risk.summary': 'Un momento de la verdad sin responsable, o cuya emoción es ≤ {low}.',
    'moment-of-truth-at-risk.message': 'El momento de la verdad {touchpoint} está en riesgo: {reasons}. Es aquí donde el cliente se forma su opinión del servicio.',
    'moment-of-truth-at-risk.unowned': 'nadie es responsable de él',
    'moment-of-truth-at-risk.low': 'el cliente lo pasa mal ahí ({emotion})',

    'metric-off-target.summary': 'Una métrica cuyo valor real no alcanza su objetivo.',
    'metric-off-target.message': "La métrica '{metric}'{title} no alcanza su objetivo: valor real {actual} frente a un objetivo de {target}.",
    'metric-off-target.message-no-direction': "La métrica '{metric}'{title} no alcanza su objetivo: valor real {actual} frente a un objetivo de {target}. Escribe 'target <= {target}' o 'target >= {target}' para indicar en qué sentido es mejor.",
    'metric-off-target.at-most': 'como máximo {target}',
    'metric-off-target.at-least': 'como mínimo {target}',
    'metric-off-target.related': 'El objetivo',

    'channel-hopping.summary': 'El cliente se ve obligado a 3 o más cambios de canal seguidos (el número es un ajuste).',
    'channel-hopping.message.one': 'Al llegar al punto de contacto {touchpoint} el cliente ha cambiado de canal {count} vez seguida: {path}. Deja que termine donde empezó, o traspasa el contexto junto con el cliente.',
    'channel-hopping.message.other': 'Al llegar al punto de contacto {touchpoint} el cliente ha cambiado de canal {count} veces seguidas: {path}. Deja que termine donde empezó, o traspasa el contexto junto con el cliente.',

    'repeated-step.summary': "El cliente repite un paso anterior (un bucle de reintentos), indicado con 'repeats' o reconocido por canal, responsable y redacción.",
    'repeated-step.message': 'El punto de contacto {touchpoint} repite {earlier}: el cliente está dando vueltas en círculo. ¿Por qué no funcionó el primer intento?',
    'repeated-step.related': 'El primer intento',

    'dead-end.summary': "Un punto de contacto en el que el cliente se rinde, y ningún paso posterior tiene 'reaches outcome'.",
    'dead-end.message': "El cliente abandona en el punto de contacto {touchpoint} y ningún paso posterior alcanza el resultado esperado. Ofrece una salida y marca el paso que llega a él con 'reaches outcome'.",
    'dead-end.message-outcome': "El cliente abandona en el punto de contacto {touchpoint} y ningún paso posterior alcanza el resultado esperado (\"{outcome}\"). Ofrece una salida y marca el paso que llega a él con 'reaches outcome'.",

    'open-question.summary': 'Una pregunta que plantea el mapa y que aún no tiene respuesta.',
    'open-question.message': "Pregunta abierta: \"{question}\". Anota la respuesta con 'answer \"…\"' cuando el equipo la tenga.",
    'open-question.message-owner': "Pregunta abierta: \"{question}\" (para '{owner}'). Anota la respuesta con 'answer \"…\"' cuando el equipo la tenga.",

    'ideal-step-missing.summary': 'Un punto de contacto del recorrido ideal sin equivalente (con el mismo nombre) en el recorrido real que mejora.',
    'ideal-step-missing.message': 'El paso ideal {touchpoint} no ocurre en el recorrido real {actual}. Es una brecha que cerrar; si en realidad sí ocurre, añádelo al recorrido real con el mismo nombre.',
    'ideal-step-missing.related': "El recorrido real '{journey}'",

    'extra-step.summary': 'Un punto de contacto del recorrido real que el recorrido ideal elimina: un rodeo o un desperdicio.',
    'extra-step.message': 'El punto de contacto {touchpoint} no está en el recorrido ideal {ideal}: un rodeo o un desperdicio que eliminar.',
    'extra-step.related': "El recorrido ideal '{journey}'",

    'emotion-gap.summary': 'En un punto de contacto presente en ambos recorridos, la emoción real está 2 o más puntos por debajo de la ideal (el número es un ajuste).',
    'emotion-gap.message.one': "En el punto de contacto {touchpoint} el cliente se siente {points} punto peor que en el recorrido ideal: {actual} frente a {ideal} en '{journey}'. Esta es la brecha de empatía.",
    'emotion-gap.message.other': "En el punto de contacto {touchpoint} el cliente se siente {points} puntos peor que en el recorrido ideal: {actual} frente a {ideal} en '{journey}'. Esta es la brecha de empatía.",
    'emotion-gap.related': 'Lo ideal: {emotion}',

    'channel-mismatch.summary': 'Un punto de contacto presente en ambos recorridos usa un canal distinto del ideal.',
    'channel-mismatch.message': "En el punto de contacto {touchpoint} el cliente usa el canal '{channel}'; el recorrido ideal '{journey}' usa '{ideal}'.",
    'channel-mismatch.related': "El canal ideal: '{channel}'",

    'owner-mismatch.summary': 'Un punto de contacto presente en ambos recorridos tiene un responsable distinto del ideal.',
    'owner-mismatch.message': "El responsable del punto de contacto {touchpoint} es '{owner}'; en el recorrido ideal '{journey}' es '{ideal}'.",
    'owner-mismatch.related': "El responsable ideal: '{owner}'",

    'list.and': '{first} y {second}',
    'emotion.none': 'sin emoción',
    'emotion.score': 'emoción {score}',
    'emotion.feeling': 'emoción {score} ({feeling})',
};
