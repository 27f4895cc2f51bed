// VS Code extension entry (desktop and remote hosts): starts the .journey language server as a
// Node process and talks to it over LSP. browser.ts is the same extension for vscode.dev.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { extendMarkdownIt } from '../markdown/journey-fence-plugin.js';
import { activateFeatures, clientOptions, startClient } from './activate-features.js';
import { registerJourneyTaskProvider } from './tasks/journey-task-provider.js';
import { serveWorkspaceFiles } from './workspace-files.js';

let client: LanguageClient | undefined;

/** VS Code's Markdown preview draws ```journey fences with this (package.json: markdown.markdownItPlugins). */
export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof extendMarkdownIt }> {
    client = createClient(context);
    // A virtual workspace's files (no file: URI) are read through VS Code for the server.
    serveWorkspaceFiles(context, client);
    activateFeatures(context, () => client, async () => { await client?.restart(); });
    // The task runs the bundled CLI with the host's Node.js: desktop and remote hosts only.
    registerJourneyTaskProvider(context);
    startClient(context, client);
    return { extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath('out/language/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    return new LanguageClient('journey', 'Journey Maps language server', serverOptions, clientOptions());
}
