// The gap rules' messages in English: the source of every translation (the keys are defined here).
// `{name}` placeholders are filled by the rule; the author's own words (names, titles, feelings) come in through them.
export const en = {
    'missing-owner.summary': 'A touchpoint with no owner (method step 8).',
    'missing-owner.message': "Touchpoint {touchpoint} has no owner. Name the stakeholder accountable for it with 'owner <stakeholder>'.",

    'empty-stage.summary': 'A stage with no touchpoint.',
    'empty-stage.message': 'Stage {stage} has no touchpoint. Add the steps the customer takes at this stage, or remove the stage.',

    'unused-declaration.summary': 'A persona, stakeholder or channel that nothing uses.',
    'unused-declaration.persona': "The persona '{name}' is declared but no journey travels with it. Use it, or remove it if it no longer belongs to the map.",
    'unused-declaration.stakeholder': "The stakeholder '{name}' is declared but owns nothing and acts nowhere. Use it, or remove it if it no longer belongs to the map.",
    'unused-declaration.channel': "The channel '{name}' is declared but no touchpoint uses it. Use it, or remove it if it no longer belongs to the map.",

    'missing-persona.summary': 'A journey without a persona (method step 3).',
    'missing-persona.message': "Journey {journey} does not say who travels it. Add 'persona <name>': a map is drawn for one person or segment.",

    'missing-outcome.summary': 'A journey without an outcome (method step 4).',
    'missing-outcome.message': "Journey {journey} has no outcome. Add 'outcome \"…\"': what the customer is trying to achieve.",

    'unaddressed-pain.summary': 'A touchpoint of an actual journey with emotion ≤ {low}, or with a pain point, that no improvement addresses (method step 11).',
    'unaddressed-pain.low': "Touchpoint {touchpoint} is a low point ({emotion}) and no improvement addresses it. Add an improvement with 'addresses {name}'.",
    'unaddressed-pain.pain': "Touchpoint {touchpoint} has a pain point (\"{pain}\") and no improvement addresses it. Add an improvement with 'addresses {name}'.",

    'improvement-without-owner.summary': 'An improvement with no owner.',
    'improvement-without-owner.message': "Improvement {improvement} has no owner. Say who will carry it out with 'owner <stakeholder>'.",

    'improvement-without-priority.summary': 'An improvement with no priority (method step 11: set priority actions).',
    'improvement-without-priority.message': "Improvement {improvement} has no priority. Give it one from P1 (do first) to P4 with 'priority P1'.",

    'moment-of-truth-at-risk.summary': 'A moment of truth that is unowned, or whose emotion is ≤ {low}.',
    'moment-of-truth-at-risk.message': 'Moment of truth {touchpoint} is at risk: {reasons}. This is where the customer makes up their mind about the service.',
    'moment-of-truth-at-risk.unowned': 'nobody owns it',
    'moment-of-truth-at-risk.low': 'the customer feels bad there ({emotion})',

    'metric-off-target.summary': 'A metric whose actual value misses its target.',
    'metric-off-target.message': "Metric '{metric}'{title} misses its target: actual {actual} against a target of {target}.",
    'metric-off-target.message-no-direction': "Metric '{metric}'{title} misses its target: actual {actual} against a target of {target}. Write 'target <= {target}' or 'target >= {target}' to say which way is better.",
    'metric-off-target.at-most': 'at most {target}',
    'metric-off-target.at-least': 'at least {target}',
    'metric-off-target.related': 'The target',

    'channel-hopping.summary': 'The customer is forced through 3 or more channel switches in a row (the number is a setting).',
    'channel-hopping.message.one': 'By touchpoint {touchpoint} the customer has switched channel {count} time in a row: {path}. Let them finish where they started, or hand the context over with them.',
    'channel-hopping.message.other': 'By touchpoint {touchpoint} the customer has switched channel {count} times in a row: {path}. Let them finish where they started, or hand the context over with them.',

    'repeated-step.summary': "The customer repeats an earlier step (a retry loop), stated with 'repeats' or recognised by channel, owner and wording.",
    'repeated-step.message': 'Touchpoint {touchpoint} repeats {earlier}: the customer is going round in a loop. Why did the first attempt not work?',
    'repeated-step.related': 'The first attempt',

    'dead-end.summary': "A touchpoint where the customer gives up, and no later step 'reaches outcome'.",
    'dead-end.message': "The customer gives up at {touchpoint} and no later step reaches the outcome. Add a way forward, and mark the step that gets there with 'reaches outcome'.",
    'dead-end.message-outcome': "The customer gives up at {touchpoint} and no later step reaches the outcome (\"{outcome}\"). Add a way forward, and mark the step that gets there with 'reaches outcome'.",

    'open-question.summary': 'A question the map raises that has no answer yet.',
    'open-question.message': "Open question: \"{question}\". Record the answer with 'answer \"…\"' when the team has it.",
    'open-question.message-owner': "Open question: \"{question}\" (for '{owner}'). Record the answer with 'answer \"…\"' when the team has it.",

    'ideal-step-missing.summary': 'A touchpoint of the ideal journey with no counterpart (same name) in the actual journey it improves.',
    'ideal-step-missing.message': 'The ideal step {touchpoint} does not happen in the actual journey {actual}. This is a gap to close, or add it to the actual journey under the same name if it does happen.',
    'ideal-step-missing.related': "The actual journey '{journey}'",

    'extra-step.summary': 'A touchpoint of the actual journey that the ideal journey removes: a detour or waste.',
    'extra-step.message': 'Touchpoint {touchpoint} is not in the ideal journey {ideal}: a detour or waste to remove.',
    'extra-step.related': "The ideal journey '{journey}'",

    'emotion-gap.summary': 'At a touchpoint in both journeys, the actual emotion is 2 or more points below the ideal (the number is a setting).',
    'emotion-gap.message.one': "At {touchpoint} the customer feels {points} point worse than in the ideal journey: {actual} against {ideal} in '{journey}'. This is the empathy gap.",
    'emotion-gap.message.other': "At {touchpoint} the customer feels {points} points worse than in the ideal journey: {actual} against {ideal} in '{journey}'. This is the empathy gap.",
    'emotion-gap.related': 'The ideal: {emotion}',

    'channel-mismatch.summary': 'A touchpoint in both journeys uses a different channel than the ideal one.',
    'channel-mismatch.message': "At {touchpoint} the customer uses the channel '{channel}'; the ideal journey '{journey}' uses '{ideal}'.",
    'channel-mismatch.related': "The ideal channel: '{channel}'",

    'owner-mismatch.summary': 'A touchpoint in both journeys has a different owner than the ideal one.',
    'owner-mismatch.message': "Touchpoint {touchpoint} is owned by '{owner}'; in the ideal journey '{journey}' it is owned by '{ideal}'.",
    'owner-mismatch.related': "The ideal owner: '{owner}'",

    'list.and': '{first} and {second}',
    'emotion.none': 'no emotion',
    'emotion.score': 'emotion {score}',
    'emotion.feeling': 'emotion {score} ({feeling})',
};

export type GapMessageKey = keyof typeof en;
