import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

/**
 * Gives each publishDiagnostics the version of the text it was computed from (LSP 3.15's
 * `version`), so that a client can drop diagnostics older than what is on screen. Langium
 * publishes without it. The version is known only while the document still holds the text it
 * was parsed from; otherwise none is sent, as before.
 */
export function publishWithVersions(connection: Connection, shared: LangiumSharedServices): void {
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => send({ ...params, version: params.version ?? versionOf(shared, params.uri) });
}

function versionOf(shared: LangiumSharedServices, uri: string): number | undefined {
    const textDocument = shared.workspace.TextDocuments?.get(uri);
    if (!textDocument) return undefined;
    const parsed = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.parseResult.value.$cstNode?.root.fullText;
    return parsed === textDocument.getText() ? textDocument.version : undefined;
}
