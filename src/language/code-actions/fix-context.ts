import { AstUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Locale } from '../../i18n/locales.js';
import type { WorkspaceModel } from '../../model/journey-model.js';
import { isJourney, type Journey, type Model, type Touchpoint } from '../generated/ast.js';

/** What a quick fix needs: the document the diagnostic is in, the workspace's maps and model, the titles' language. */
export interface FixContext {
    document: LangiumDocument<Model>;
    documents: LangiumDocuments;
    model: WorkspaceModel;
    locale: Locale;
}

export type QuickFix = (context: FixContext, diagnostic: Diagnostic) => CodeAction[];

/** The data a gap diagnostic carries: its code and the names of the elements involved. */
export function gapData(diagnostic: Diagnostic): Record<string, string> {
    return (diagnostic.data ?? {}) as Record<string, string>;
}

export function findJourney(context: FixContext, name: string | undefined): Journey | undefined {
    if (!name) return undefined;
    for (const document of context.documents.all) {
        const root = document.parseResult.value as Model;
        const journey = root.elements?.find((e): e is Journey => isJourney(e) && e.name === name);
        if (journey) return journey;
    }
    return undefined;
}

export function findTouchpoint(journey: Journey | undefined, name: string | undefined): Touchpoint | undefined {
    return journey?.stages.flatMap(s => s.touchpoints).find(t => t.name === name);
}

export function quickFix(title: string, diagnostic: Diagnostic, edits: Record<string, TextEdit[]>, isPreferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: edits } };
}

export function uriOf(node: Parameters<typeof AstUtils.getDocument>[0]): string {
    return AstUtils.getDocument(node).uri.toString();
}
