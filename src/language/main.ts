// Language server entry point (Node). Speaks LSP over stdio (`--stdio`, for any editor)
// or Node IPC (`--node-ipc`, as the VS Code extension starts it).
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setRuleDocsBase } from './gaps/rule-docs.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { FileSystemByScheme } from './file-system-by-scheme.js';
import { JourneyFileSystemProvider } from './journey-file-system.js';
import { createJourneyServices } from './journey-module.js';
import { exitOnUnreadableHeader } from './lsp/exit-on-unreadable-header.js';
import { publishWithVersions } from './lsp/versioned-diagnostics.js';

// Diagnostics link to the rule pages shipped beside the bundle (out/language/main.cjs → docs/rules/).
setRuleDocsBase(pathToFileURL(path.join(__dirname, '..', '..', 'docs', 'rules')).href);

exitOnUnreadableHeader();
const connection = createConnection(ProposedFeatures.all);
// Files on disk directly; those of a virtual workspace (no file: URI) through the extension.
const fileSystemProvider = () => new FileSystemByScheme(new JourneyFileSystemProvider(), new ClientFileSystemProvider(connection));
const { shared } = createJourneyServices({ connection, fileSystemProvider });
publishWithVersions(connection, shared);
startLanguageServer(shared);
