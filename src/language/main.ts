// Language server entry point (Node). Speaks LSP over stdio (`--stdio`, for any editor)
// or Node IPC (`--node-ipc`, as the VS Code extension starts it).
import './polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from './journey-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
