import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type Grammar } from 'langium';
import type { IToken } from 'chevrotain';
import { isChannel, isImprovement, isJourney, isLaneAction, isPersona, isQuestion, isStage, isStakeholder, isTouchpoint, type Model } from '../generated/ast.js';
import type { LayoutToken } from './layout-token.js';

const isElement = (node: AstNode) =>
    isPersona(node) || isStakeholder(node) || isChannel(node) || isJourney(node) || isStage(node) || isTouchpoint(node) || isImprovement(node) || isQuestion(node);

/**
 * Every token of a parsed file (comments included, from the lexer, so none is missed) with
 * the part it plays, read from the syntax tree: which tokens start an element, and which
 * start a field inside an element's braces.
 */
export function layoutTokens(grammar: Grammar, root: Model, tokens: readonly IToken[], hidden: readonly IToken[]): LayoutToken[] {
    const elementStarts = new Set<number>();
    const fieldStarts = new Set<number>();
    const fieldKeywords = fieldStartKeywords(grammar);
    const braces = new Map<AstNode, number | undefined>();
    const braceOffset = (node: AstNode | undefined) => {
        if (!node?.$cstNode) return undefined;
        if (!braces.has(node)) braces.set(node, GrammarUtils.findNodeForKeyword(node.$cstNode, '{')?.offset);
        return braces.get(node);
    };
    const insideBraces = (node: AstNode | undefined, offset: number) => {
        const brace = braceOffset(node);
        return brace !== undefined && brace < offset;
    };
    for (const node of AstUtils.streamAst(root)) {
        const start = node.$cstNode?.offset;
        if (start === undefined) continue;
        if (isElement(node)) elementStarts.add(start);
        else if (isLaneAction(node) && insideBraces(node.$container, start)) fieldStarts.add(start);
    }
    if (root.$cstNode) {
        for (const leaf of CstUtils.streamCst(root.$cstNode)) {
            if (!isLeafCstNode(leaf) || leaf.hidden) continue;
            if (fieldKeywords.has(leaf.grammarSource as GrammarAST.Keyword) && insideBraces(leaf.astNode, leaf.offset)) fieldStarts.add(leaf.offset);
        }
    }
    return [...tokens, ...hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(token => ({
            offset: token.startOffset,
            end: token.startOffset + token.image.length,
            image: token.image,
            kind: kindOf(token),
            startsElement: elementStarts.has(token.startOffset),
            startsField: fieldStarts.has(token.startOffset),
        }));
}

function kindOf(token: IToken): LayoutToken['kind'] {
    switch (token.tokenType.name) {
        case 'SL_COMMENT': return 'line-comment';
        case 'ML_COMMENT': return 'comment';
    }
    switch (token.image) {
        case '{': return 'open';
        case '}': return 'close';
        case ',': return 'comma';
        default: return 'other';
    }
}

/** The keywords that begin an alternative of a field fragment: `channel`, `owner`, `moment`… */
function fieldStartKeywords(grammar: Grammar): Set<GrammarAST.Keyword> {
    const found = new Set<GrammarAST.Keyword>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || !rule.fragment) continue;
        const alternatives = GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [rule.definition];
        for (const alternative of alternatives) {
            const first = GrammarAST.isGroup(alternative) ? alternative.elements[0] : alternative;
            if (GrammarAST.isKeyword(first)) found.add(first);
            else if (GrammarAST.isAssignment(first) && GrammarAST.isKeyword(first.terminal)) found.add(first.terminal);
        }
    }
    return found;
}
