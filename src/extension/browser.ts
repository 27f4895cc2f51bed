// VS Code extension entry for the browser (vscode.dev, github.dev; package.json `browser`): the
// same extension as main.ts, with the language server in a web worker that reads the
// workspace's files through this client.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { extendMarkdownIt } from '../markdown/journey-fence-plugin.js';
import type { WebInitializationOptions } from '../protocol/journey-protocol.js';
import { activateFeatures, clientOptions, startClient } from './activate-features.js';
import { serveWorkspaceFiles } from './workspace-files.js';

// The extension host in the browser is a web worker, which has Worker; the project's type
// check runs with Node's types only.
declare const Worker: new (url: string, options: { name: string }) => { terminate(): void };

let client: LanguageClient | undefined;
let worker: { terminate(): void } | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof extendMarkdownIt }> {
    launch(context);
    activateFeatures(context, () => client, () => restart(context));
    return { extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
    await stop();
}

function launch(context: vscode.ExtensionContext): void {
    const server = vscode.Uri.joinPath(context.extensionUri, 'out', 'language', 'browser.js');
    worker = new Worker(server.toString(true), { name: 'Journey Maps language server' });
    const initializationOptions: WebInitializationOptions = { ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true) };
    client = new LanguageClient('journey', 'Journey Maps language server', { ...clientOptions(), initializationOptions }, worker);
    serveWorkspaceFiles(context, client);
    startClient(context, client);
}

async function stop(): Promise<void> {
    await client?.stop().catch(() => undefined);
    worker?.terminate();
    client = undefined;
    worker = undefined;
}

/** A worker cannot be started twice: a restart is a new worker and a new client. */
async function restart(context: vscode.ExtensionContext): Promise<void> {
    await stop();
    launch(context);
}
