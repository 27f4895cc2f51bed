import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Position } from 'vscode-languageserver';
import { isTouchpoint } from '../generated/ast.js';
import type { MatchingTouchpointResult } from '../../protocol/journey-protocol.js';
import { journeyOf, pairedJourneys, touchpointsOf } from './journey-pairs.js';

/**
 * The touchpoint with the same name in the paired journey, for a position inside a
 * touchpoint: in the actual journey for an ideal touchpoint, in the first ideal journey that
 * has it for an actual one. `null` outside a touchpoint or without a counterpart.
 */
export function findMatchingTouchpoint(document: LangiumDocument, position: Position, documents: LangiumDocuments): MatchingTouchpointResult {
    const root = document.parseResult.value.$cstNode;
    if (!root) return null;
    const offset = document.textDocument.offsetAt(position);
    // At the very end of a touchpoint (`}|`) the leaf is the one before the cursor.
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset);
    const touchpoint = AstUtils.getContainerOfType(leaf?.astNode, isTouchpoint);
    if (!touchpoint?.name) return null;
    for (const journey of pairedJourneys(journeyOf(touchpoint), documents)) {
        const match = touchpointsOf(journey).find(t => t.name === touchpoint.name);
        const nameNode = GrammarUtils.findNodeForProperty(match?.$cstNode, 'name');
        if (match && nameNode) return { uri: AstUtils.getDocument(match).uri.toString(), range: nameNode.range };
    }
    return null;
}
