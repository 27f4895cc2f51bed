import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { isLocale, localeOf, type Locale } from '../i18n/locales.js';
import { isJourney } from './generated/ast.js';

/**
 * The locale of a syntax error's message, as close as can be to that of the document's other
 * diagnostics (validation/locale-at.ts): the `language` of the journey the error falls in; else
 * the one language the file's journeys declare (an error before or after a journey's braces);
 * else, when the parser could not read any `language`, the one locale the text declares with a
 * `language xx` line; else the workspace's locale. A file whose journeys declare different
 * languages, outside all of them, gets the workspace's.
 */
export function syntaxErrorLocale(document: LangiumDocument, offset: number, workspaceLocale: Locale): Locale {
    const root = document.parseResult.value;
    const leaf = root?.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, offset) : undefined;
    const journey = leaf ? AstUtils.getContainerOfType(leaf.astNode, isJourney) : undefined;
    if (journey && isLocale(journey.language)) return journey.language;
    const parsed = root ? AstUtils.streamAst(root).filter(isJourney).map(j => j.language).filter(l => l !== undefined).toArray() : [];
    const declared = parsed.length > 0 ? parsed : [...document.textDocument.getText().matchAll(/(?:^|[\s{])language\s+["']?([A-Za-z_-]+)/g)].map(m => m[1]);
    const locales = new Set(declared.map(l => (isLocale(l) ? l : localeOf(l))).filter(l => l !== undefined));
    return locales.size === 1 ? [...locales][0] : workspaceLocale;
}
