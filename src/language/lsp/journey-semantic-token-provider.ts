import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isChannel, isEmotion, isImprovement, isJourney, isLaneAction, isMetric, isPersona, isQuestion, isStage,
    isStakeholder, isTouchpoint,
} from '../generated/ast.js';
import { ELEMENT_TOKENS, EMOTION_MODIFIERS, TOKEN_MODIFIERS, TOKEN_TYPES, type ElementKind, type MarkerModifier } from './semantic-token-legend.js';

/**
 * Semantic highlighting: what the TextMate grammar cannot know. Names are coloured by what they
 * name (a stakeholder, a channel...), a declaration carries `declaration` and a reference does
 * not, emotion scores carry their place on the scale, and `moment of truth` / `gives up` stand out.
 */
export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenTypes(): Record<string, number> {
        return TOKEN_TYPES;
    }

    override get tokenModifiers(): Record<string, number> {
        return TOKEN_MODIFIERS;
    }

    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const declaration = (kind: ElementKind) => accept({
            node, property: 'name' as never, type: ELEMENT_TOKENS[kind].type,
            modifier: [ELEMENT_TOKENS[kind].modifier, SemanticTokenModifiers.declaration],
        });
        const reference = (kind: ElementKind, property: string) => accept({
            node, property: property as never, type: ELEMENT_TOKENS[kind].type, modifier: ELEMENT_TOKENS[kind].modifier,
        });

        if (isPersona(node)) declaration('persona');
        else if (isStakeholder(node)) declaration('stakeholder');
        else if (isChannel(node)) declaration('channel');
        else if (isJourney(node)) {
            declaration('journey');
            if (node.improves) reference('journey', 'improves');
            if (node.persona) reference('persona', 'persona');
        } else if (isStage(node)) declaration('stage');
        else if (isTouchpoint(node)) {
            declaration('touchpoint');
            if (node.channel) reference('channel', 'channel');
            if (node.owner) reference('stakeholder', 'owner');
            if (node.repeats) reference('touchpoint', 'repeats');
            if (node.momentOfTruth) this.marker(node, accept, ['moment', 'of', 'truth'], 'momentOfTruth');
            if (node.givesUp) this.marker(node, accept, ['gives', 'up'], 'givesUp');
        } else if (isImprovement(node)) {
            declaration('improvement');
            if (node.addresses.length > 0) reference('touchpoint', 'addresses');
            if (node.owner) reference('stakeholder', 'owner');
        } else if (isQuestion(node)) {
            if (node.about.length > 0) reference('touchpoint', 'about');
            if (node.owner) reference('stakeholder', 'owner');
        } else if (isLaneAction(node)) {
            if (node.actor) reference('stakeholder', 'actor');
        } else if (isMetric(node)) {
            declaration('metric');
        } else if (isEmotion(node)) {
            const score = EMOTION_MODIFIERS[node.score - 1];
            accept({
                node, property: 'score', type: SemanticTokenTypes.number,
                modifier: Number.isInteger(node.score) && score ? ['emotion', score] : ['emotion'],
            });
        }
    }

    private marker(node: AstNode, accept: SemanticTokenAcceptor, keywords: string[], modifier: MarkerModifier): void {
        for (const keyword of keywords) accept({ node, keyword, type: SemanticTokenTypes.keyword, modifier });
    }
}
