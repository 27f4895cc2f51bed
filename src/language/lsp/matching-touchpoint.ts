import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Position } from 'vscode-languageserver';
import { isTouchpoint } from '../generated/ast.js';
import type { MatchingTouchpointResult } from '../../protocol/journey-protocol.js';
import { journeyOf, pairedJourneys, touchpointsOf } from './journey-pairs.js';

/**
 * The touchpoints with the same name in the paired journeys, for a position inside a
 * touchpoint: in the actual journey for an ideal touchpoint, in every ideal journey that has
 * it for an actual one. Empty outside a touchpoint or without a counterpart.
 */
export function findMatchingTouchpoint(document: LangiumDocument, position: Position, documents: LangiumDocuments): MatchingTouchpointResult {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const offset = document.textDocument.offsetAt(position);
    // At the very end of a touchpoint (`}|`) the leaf is the one before the cursor.
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
    const touchpoint = AstUtils.getContainerOfType(leaf?.astNode, isTouchpoint);
    if (!touchpoint?.name) return [];
    return pairedJourneys(journeyOf(touchpoint), documents).flatMap(journey => {
        const match = touchpointsOf(journey).find(t => t.name === touchpoint.name);
        const nameNode = GrammarUtils.findNodeForProperty(match?.$cstNode, 'name');
        if (!match || !nameNode) return [];
        return [{ uri: AstUtils.getDocument(match).uri.toString(), range: nameNode.range, journey: journey.name, ...(journey.title ? { title: journey.title } : {}) }];
    });
}
