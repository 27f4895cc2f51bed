// Language server entry point for the browser (vscode.dev, github.dev): the same services as
// main.ts, in a web worker, speaking LSP over postMessage and reading files through the client.
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { setRuleDocsBase } from './gaps/rule-docs.js';
import { createJourneyServices } from './journey-module.js';
import { publishWithVersions } from './lsp/versioned-diagnostics.js';
import type { WebInitializationOptions } from '../protocol/journey-protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = createJourneyServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
// The rule pages ship in the extension (docs/rules/). The worker runs from a blob: URL in
// VS Code for the browser, so the client says where the extension is.
shared.lsp.LanguageServer.onInitialize(params => {
    const options = params.initializationOptions as WebInitializationOptions | undefined;
    if (typeof options?.ruleDocsBase === 'string') setRuleDocsBase(options.ruleDocsBase);
});
publishWithVersions(connection, shared);
startLanguageServer(shared);
