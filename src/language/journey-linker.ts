import { compareText } from '../model/text-order.js';
import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { closestName } from './did-you-mean.js';
import { kindWord } from './element-kinds.js';
import { isJourney } from './generated/ast.js';

/**
 * Replaces Langium's "Could not resolve reference to Stakeholder named 'X'" with a message
 * a service manager can act on, suggesting the closest declared name.
 */
export class JourneyLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        if (targetDescription) return error;
        const wanted = refInfo.reference.$refText;
        const kind = kindWord(this.reflection.getReferenceType(refInfo));
        const where = kind === 'touchpoint' ? this.journeySuffix(refInfo) : '';
        // An element never refers to itself (`ideal journey X improves X` is its own error).
        const self = (refInfo.container as { name?: unknown }).name;
        const all = [...new Set(this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name))];
        const known = all.filter(n => n !== self);
        const suggestion = closestName(wanted, known);
        let message = `No ${kind} named '${wanted}'${where}.`;
        if (suggestion) {
            message += ` Did you mean '${suggestion}'?`;
        } else if (known.length === 0) {
            message += ` No ${all.length > known.length ? 'other ' : ''}${kind} is declared yet${where ? ' in this journey' : ''}.`;
        } else {
            const shown = [...known].sort(compareText).slice(0, 8);
            message += ` Known ${kind}s: ${shown.join(', ')}${known.length > shown.length ? ', …' : ''}.`;
        }
        return { ...error, message };
    }

    private journeySuffix(refInfo: ReferenceInfo): string {
        const journey = AstUtils.getContainerOfType(refInfo.container, isJourney);
        return journey?.name ? ` in journey '${journey.name}'` : '';
    }
}
