import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import { buildFiles } from '../../support/build-files.js';

const services = createJourneyServices(EmptyFileSystem);

export type Files = Record<string, string>;

/** Builds the files as one workspace (file:///ws/<name>) and returns every document's diagnostics. */
export async function diagnose(files: Files): Promise<Record<string, Diagnostic[]>> {
    const documents = await buildFiles(services, files);
    return Object.fromEntries(Object.entries(documents).map(([name, document]) => [name, document.diagnostics ?? []]));
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

/** The quick fixes offered for several diagnostics at once, as an editor asks for a line. */
export async function quickFixesFor(file: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file(`/ws/${file}`))!;
    const actions = await services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics },
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

/**
 * `file:code: message` for every diagnostic, to compare whole workspaces before and after a
 * fix. Without line numbers: inserted lines move the findings below them.
 */
export function summary(diagnostics: Record<string, Diagnostic[]>): string[] {
    return Object.entries(diagnostics).flatMap(([file, list]) => list.map(d => `${file}:${d.code}: ${d.message}`)).sort();
}

export function find(diagnostics: Record<string, Diagnostic[]>, file: string, code: string): Diagnostic {
    const found = diagnostics[file].find(d => d.code === code);
    if (!found) throw new Error(`no ${code} in ${file}: ${summary(diagnostics).join('\n')}`);
    return found;
}
