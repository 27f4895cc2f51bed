import { compareText } from '../model/text-order.js';
import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { closestName } from './did-you-mean.js';
import { kindWord } from './element-kinds.js';
import { isJourney } from './generated/ast.js';
import type { JourneyServices } from './journey-module.js';
import { languageText, localKindWord } from './validation/language-messages.js';
import { localeAt } from './validation/locale-at.js';

/**
 * Replaces Langium's "Could not resolve reference to Stakeholder named 'X'" with a message
 * a service manager can act on, suggesting the closest declared name.
 */
export class JourneyLinker extends DefaultLinker {
    constructor(private readonly services: JourneyServices) {
        super(services);
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        if (targetDescription) return error;
        const wanted = refInfo.reference.$refText;
        const type = this.reflection.getReferenceType(refInfo);
        const journey = kindWord(type) === 'touchpoint' ? AstUtils.getContainerOfType(refInfo.container, isJourney)?.name : undefined;
        // An element never refers to itself (`ideal journey X improves X` is its own error).
        const self = (refInfo.container as { name?: unknown }).name;
        const all = [...new Set(this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name))];
        const known = all.filter(n => n !== self);
        const suggestion = closestName(wanted, known);
        const services = this.services;
        const container = refInfo.container;
        // Worded when it is read (at validation), so that a change of the workspace's locale,
        // which revalidates without relinking, rewords it too.
        return {
            ...error,
            get message() {
                const locale = localeAt(container, services);
                const kind = localKindWord(locale, type);
                const where = journey ? languageText(locale, 'unresolved.where-journey', { journey }) : '';
                let message = languageText(locale, 'unresolved.message', { kind, name: wanted, where });
                if (suggestion) {
                    message += languageText(locale, 'unresolved.did-you-mean', { suggestion });
                } else if (known.length === 0) {
                    const other = all.length > known.length ? 'no-other-declared' : 'none-declared';
                    message += languageText(locale, `unresolved.${other}${where ? '-journey' : ''}`, { kind });
                } else {
                    const shown = [...known].sort(compareText).slice(0, 8);
                    message += languageText(locale, 'unresolved.known', { kind, names: `${shown.join(', ')}${known.length > shown.length ? ', …' : ''}` });
                }
                return message;
            },
        };
    }
}
