import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { clearDocuments } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { Model } from '../../../src/language/generated/ast.js';
import { createJourneyServices } from '../../../src/language/journey-module.js';

const services = createJourneyServices(EmptyFileSystem);

export type Files = Record<string, string>;

/** Builds the files as one workspace (file:///ws/<name>) and returns every document's diagnostics. */
export async function diagnose(files: Files): Promise<Record<string, Diagnostic[]>> {
    await clearDocuments(services.shared);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents: LangiumDocument<Model>[] = [];
    for (const [name, text] of Object.entries(files)) {
        const document = LangiumDocumentFactory.fromString<Model>(text, URI.file(`/ws/${name}`));
        LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await DocumentBuilder.build(documents, { validation: true });
    return Object.fromEntries(Object.keys(files).map((name, i) => [name, documents[i].diagnostics ?? []]));
}

/** The quick fixes offered for one diagnostic of `file`, with the workspace built from `files`. */
export async function quickFixes(file: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(`/ws/${file}`))!;
    const actions = await services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    });
    return (actions ?? []) as CodeAction[];
}

/** The files after applying a code action's edits. */
export function apply(files: Files, action: CodeAction): Files {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const name = decodeURIComponent(uri.replace('file:///ws/', ''));
        const document = TextDocument.create(uri, 'journey', 1, result[name]);
        result[name] = TextDocument.applyEdits(document, edits);
    }
    return result;
}

/** `file:line:code: message` for every diagnostic, to compare whole workspaces before and after a fix. */
export function summary(diagnostics: Record<string, Diagnostic[]>): string[] {
    return Object.entries(diagnostics).flatMap(([file, list]) => list.map(d => `${file}:${d.range.start.line + 1}:${d.code}: ${d.message}`)).sort();
}

export function find(diagnostics: Record<string, Diagnostic[]>, file: string, code: string): Diagnostic {
    const found = diagnostics[file].find(d => d.code === code);
    if (!found) throw new Error(`no ${code} in ${file}: ${summary(diagnostics).join('\n')}`);
    return found;
}
