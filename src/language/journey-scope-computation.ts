import { DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { MultiMap } from 'langium';
import { isTouchpoint } from './generated/ast.js';

/**
 * Touchpoints sit inside stages, but improvements and questions elsewhere in the journey
 * refer to them (`addresses CallDesk`). So a touchpoint's name is put in the scope of its
 * whole journey rather than only its stage. Names stay local to the journey: the ideal
 * journey reuses the actual journey's touchpoint names on purpose.
 *
 * Touchpoints are the only elements referred to from inside a file (the other references go
 * to declarations and journeys, found through the workspace index), so stages, metrics and
 * improvements get no local symbols: describing them was a third of a large map's scoping.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (!isTouchpoint(node)) return;
        const journey = node.$container.$container;
        const name = this.nameProvider.getName(node);
        if (name) symbols.add(journey, this.descriptions.createDescription(node, name, document));
    }
}
