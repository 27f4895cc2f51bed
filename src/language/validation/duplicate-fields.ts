import { isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { assignedFeature } from '../cst-assignments.js';
import { DiagnosticCode, LANGUAGE_CODES } from './diagnostic-codes.js';
import { languageText, localKindWord } from './language-messages.js';
import type { Locale } from '../../i18n/locales.js';

/**
 * Fields that may be written once per element. The grammar accepts them in any order and
 * any number of times (so that authors can write fields in the order they think of them);
 * a second occurrence would silently replace the first, so it is reported instead.
 */
export const SINGLE_FIELDS: Record<string, Record<string, string>> = {
    Persona: { description: 'a description', segment: 'a segment' },
    Stakeholder: { influence: 'an influence', interest: 'an interest', description: 'a description' },
    Channel: { description: 'a description' },
    Journey: { persona: 'a persona', outcome: 'an outcome', language: 'a language', description: 'a description' },
    Stage: { description: 'a description' },
    Touchpoint: {
        channel: 'a channel', owner: 'an owner', emotion: 'an emotion', description: 'a description',
        momentOfTruth: "a 'moment of truth' marker", givesUp: "a 'gives up' marker", evidence: 'an evidence status',
        reachesOutcome: "a 'reaches outcome' marker", repeats: "a 'repeats' step",
    },
    Improvement: { owner: 'an owner', priority: 'a priority', status: 'a status', description: 'a description' },
    Question: { answer: 'an answer', owner: 'an owner' },
    Metric: { actual: "an 'actual' value", target: "a 'target' value" },
};

/** A field's keyword where it differs from its property, for the messages in other locales. */
const FIELD_KEYWORDS: Record<string, string> = { momentOfTruth: 'moment of truth', givesUp: 'gives up', reachesOutcome: 'reaches outcome' };

export function checkDuplicateFields(node: AstNode, accept: ValidationAcceptor, locale: Locale = 'en'): void {
    const fields = SINGLE_FIELDS[node.$type];
    if (!fields) return;
    const name = (node as { name?: string }).name;
    const kind = localKindWord(locale, node.$type);
    const subject = name ? languageText(locale, 'duplicate-field.subject-named', { kind, name }) : languageText(locale, 'duplicate-field.subject-unnamed', { kind });
    const assigned = assignedCstNodes(node);
    for (const [property, phrase] of Object.entries(fields)) {
        const occurrences = assigned.get(property) ?? [];
        if (occurrences.length < 2) continue;
        const firstLine = occurrences[0].range.start.line + 1;
        for (const extra of occurrences.slice(1)) {
            accept(LANGUAGE_CODES[DiagnosticCode.DuplicateField].severity,
                languageText(locale, 'duplicate-field.message', { subject, field: locale === 'en' ? phrase : `'${FIELD_KEYWORDS[property] ?? property}'`, line: firstLine }),
                { node, range: extra.range, code: DiagnosticCode.DuplicateField });
        }
    }
}

/**
 * The CST nodes of the element's own assignments, by property, in one pass over its direct
 * CST children (fragments are inlined there). Same result as GrammarUtils.findNodesForProperty
 * per property, without rescanning the element for each field.
 */
function assignedCstNodes(node: AstNode): Map<string, CstNode[]> {
    const byProperty = new Map<string, CstNode[]>();
    const visit = (cst: CstNode) => {
        if (!isCompositeCstNode(cst) || cst.astNode !== node) return;
        for (const child of cst.content) {
            const feature = assignedFeature(child);
            if (!feature) {
                visit(child);
                continue;
            }
            const list = byProperty.get(feature);
            if (list) list.push(child);
            else byProperty.set(feature, [child]);
        }
    };
    if (node.$cstNode) visit(node.$cstNode);
    return byProperty;
}
