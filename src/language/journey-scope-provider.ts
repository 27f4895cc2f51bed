import { DefaultScopeProvider, type ReferenceInfo, type Scope } from 'langium';
import { Touchpoint } from './generated/ast.js';

/**
 * Personas, stakeholders, channels and journeys are only declared at the top of a file, so
 * every one of them is in the global (workspace) scope. Looking them up there directly skips
 * filtering the journey's local symbols — a thousand touchpoints in a large map — for every
 * `channel` and `owner` reference. Only touchpoint references need the journey's local scope.
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Touchpoint.$type) return super.getScope(context);
        return this.getGlobalScope(referenceType, context);
    }
}
