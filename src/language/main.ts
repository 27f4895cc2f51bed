// Language server entry point (Node). Speaks LSP over stdio (`--stdio`, for any editor)
// or Node IPC (`--node-ipc`, as the VS Code extension starts it).
import './polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { JourneyFileSystem } from './journey-file-system.js';
import { createJourneyServices } from './journey-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...JourneyFileSystem });
startLanguageServer(shared);
