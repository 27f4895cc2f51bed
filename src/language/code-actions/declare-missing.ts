import { CstUtils, type AstNode, type AstReflection, type LangiumDocument, type ReferenceInfo } from 'langium';
import { closestName } from '../did-you-mean.js';
import { kindWord } from '../element-kinds.js';
import { codeActionText } from './code-action-messages.js';
import { isChannel, isJourney, isPersona, isStakeholder, type Model } from '../generated/ast.js';
import { quickFix, type FixContext } from './fix-context.js';
import { insertAfter } from './text-insertion.js';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { touchpointsOf } from '../../model/journey-model.js';
import { compareText } from '../../model/text-order.js';

type Declarable = 'Persona' | 'Stakeholder' | 'Channel';
const DECLARABLE: Record<Declarable, (node: unknown) => boolean> = { Persona: isPersona, Stakeholder: isStakeholder, Channel: isChannel };

/**
 * unresolved-reference: change the name to the closest declared one, or declare the missing
 * persona, stakeholder or channel next to the others of its kind.
 */
export function fixUnresolvedReference(context: FixContext, diagnostic: Diagnostic, reflection: AstReflection): CodeAction[] {
    const data = diagnostic.data as { containerType?: string; property?: string; refText?: string } | undefined;
    if (!data?.containerType || !data.property || !data.refText) return [];
    const type = reflection.getReferenceType({ container: { $type: data.containerType } as AstNode, property: data.property } as ReferenceInfo);
    const actions: CodeAction[] = [];
    const suggestion = closestName(data.refText, candidateNames(context, type, diagnostic));
    if (suggestion) {
        actions.push(quickFix(codeActionText(context.locale, 'reference.change', { name: suggestion }), diagnostic,
            { [context.document.uri.toString()]: [{ range: diagnostic.range, newText: suggestion }] }, true));
    }
    const isKind = Object.hasOwn(DECLARABLE, type) ? DECLARABLE[type as Declarable] : undefined;
    if (isKind && /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u.test(data.refText)) {
        const { uri, after, document } = declarationPlace(context, isKind);
        const fileName = uri.split('/').pop();
        const title = codeActionText(context.locale, `reference.declare.${type as Declarable}`, { name: data.refText, file: decodeURIComponent(fileName ?? '') });
        actions.push(quickFix(title, diagnostic,
            { [uri]: [insertAfter(document, after, [`${kindWord(type)} ${data.refText}`])] }));
    }
    return actions;
}

function candidateNames(context: FixContext, type: string, diagnostic: Diagnostic): string[] {
    const { model } = context;
    switch (type) {
        case 'Persona': return model.personas.map(p => p.name);
        case 'Stakeholder': return model.stakeholders.map(s => s.name);
        case 'Channel': return model.channels.map(c => c.name);
        case 'Journey': return model.journeys.map(j => j.name);
        case 'Touchpoint': {
            const offset = context.document.textDocument.offsetAt(diagnostic.range.start);
            const leaf = CstUtils.findLeafNodeAtOffset(context.document.parseResult.value.$cstNode!, offset);
            let node: AstNode | undefined = leaf?.astNode;
            while (node && !isJourney(node)) node = node.$container;
            const journey = node && model.journeys.find(j => j.name === (node as { name?: string }).name);
            return journey ? touchpointsOf(journey).map(t => t.name) : [];
        }
        default: return [];
    }
}

/** After the last declaration of the same kind in the workspace; else after any declaration in this file; else at its top. */
function declarationPlace(context: FixContext, isKind: (node: unknown) => boolean): { uri: string; after: AstNode | undefined; document: LangiumDocument } {
    for (const document of [...context.documents.all].sort((a, b) => compareText(a.uri.toString(), b.uri.toString()))) {
        const last = (document.parseResult.value as Model).elements?.filter(isKind).at(-1);
        if (last) return { uri: document.uri.toString(), after: last, document };
    }
    const own = context.document.parseResult.value.elements?.filter(e => !isJourney(e)).at(-1);
    return { uri: context.document.uri.toString(), after: own, document: context.document };
}
