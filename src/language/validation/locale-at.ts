import { AstUtils, type AstNode } from 'langium';
import { isLocale, type Locale } from '../../i18n/locales.js';
import { isJourney } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';

/**
 * The locale of the language's diagnostics at a node: the `language` of the journey it is in,
 * when the tool speaks it, else the workspace's (the gap settings' locale), else English.
 */
export function localeAt(node: AstNode, services: Pick<JourneyServices, 'gaps'>): Locale {
    const journey = AstUtils.getContainerOfType(node, isJourney);
    if (journey && isLocale(journey.language)) return journey.language;
    return services.gaps.Settings.settings.locale ?? 'en';
}
