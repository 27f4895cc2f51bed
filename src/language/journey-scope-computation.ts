import { DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { MultiMap } from 'langium';
import { isTouchpoint } from './generated/ast.js';

/**
 * Touchpoints sit inside stages, but improvements and questions elsewhere in the journey
 * refer to them (`addresses CallDesk`). So a touchpoint's name is put in the scope of its
 * whole journey rather than only its stage. Names stay local to the journey: the ideal
 * journey reuses the actual journey's touchpoint names on purpose.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isTouchpoint(node)) {
            const journey = node.$container.$container;
            const name = this.nameProvider.getName(node);
            if (name) symbols.add(journey, this.descriptions.createDescription(node, name, document));
            return;
        }
        super.addLocalSymbol(node, document, symbols);
    }
}
