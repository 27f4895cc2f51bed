import { SemanticTokenTypes } from 'vscode-languageserver';
import { AllSemanticTokenModifiers, AllSemanticTokenTypes } from 'langium/lsp';

/**
 * The kind of each named element, as a semantic token type and a modifier of our own.
 *
 * Standard LSP types are used so that every client colours them out of the box (VS Code themes,
 * Neovim's `@lsp.type.*`, Helix); the element-kind modifier lets a theme or a user tell a
 * stakeholder from any other `variable` (`variable.stakeholder`, `@lsp.typemod.variable.stakeholder`).
 */
export const ELEMENT_TOKENS = {
    persona: { type: SemanticTokenTypes.class, modifier: 'persona' },
    stakeholder: { type: SemanticTokenTypes.variable, modifier: 'stakeholder' },
    channel: { type: SemanticTokenTypes.enumMember, modifier: 'channel' },
    journey: { type: SemanticTokenTypes.namespace, modifier: 'journey' },
    stage: { type: SemanticTokenTypes.struct, modifier: 'stage' },
    touchpoint: { type: SemanticTokenTypes.function, modifier: 'touchpoint' },
    improvement: { type: SemanticTokenTypes.event, modifier: 'improvement' },
    metric: { type: SemanticTokenTypes.property, modifier: 'metric' },
} as const;

export type ElementKind = keyof typeof ELEMENT_TOKENS;

/** An emotion score is a `number` with `emotion` and one of these, by its value on the 1–5 scale. */
export const EMOTION_MODIFIERS = ['veryNegative', 'negative', 'neutral', 'positive', 'veryPositive'] as const;

/** `moment of truth` and `gives up` are keywords with one of these, so that a theme can make them stand out. */
export const MARKER_MODIFIERS = ['momentOfTruth', 'givesUp'] as const;
export type MarkerModifier = (typeof MARKER_MODIFIERS)[number];

type CustomModifier = (typeof ELEMENT_TOKENS)[ElementKind]['modifier'] | 'emotion' | (typeof EMOTION_MODIFIERS)[number] | MarkerModifier;

/**
 * Our modifiers, each with what it means (package.json declares them with the same words). The
 * type makes sure every modifier the provider sends is here, and so in the legend.
 */
export const CUSTOM_MODIFIERS: Record<CustomModifier, string> = {
    persona: 'A persona',
    stakeholder: 'A stakeholder',
    channel: 'A channel',
    journey: 'A journey',
    stage: 'A stage of a journey',
    touchpoint: 'A touchpoint',
    improvement: 'An improvement',
    metric: 'A metric',
    emotion: 'An emotion score',
    veryNegative: 'Emotion 1: very negative',
    negative: 'Emotion 2: negative',
    neutral: 'Emotion 3: neutral',
    positive: 'Emotion 4: positive',
    veryPositive: 'Emotion 5: very positive',
    momentOfTruth: 'The moment-of-truth marker of a touchpoint',
    givesUp: 'The marker of a touchpoint where the customer gives up',
};

export const TOKEN_TYPES: Record<string, number> = AllSemanticTokenTypes;

/** The standard modifiers keep their bits; ours follow them. */
export const TOKEN_MODIFIERS: Record<string, number> = (() => {
    const modifiers: Record<string, number> = { ...AllSemanticTokenModifiers };
    let bit = Math.max(...Object.values(modifiers)) << 1;
    for (const name of Object.keys(CUSTOM_MODIFIERS)) {
        modifiers[name] = bit;
        bit <<= 1;
    }
    return modifiers;
})();
