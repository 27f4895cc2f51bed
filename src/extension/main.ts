// VS Code extension entry: starts the .journey language server and talks to it over LSP.
import * as vscode from 'vscode';
import { registerGapReportCommand } from './gap-report-command.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createClient(context);
    registerGapReportCommand(context, () => client);
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.restartLanguageServer', async () => {
            await client?.restart();
        }),
    );
    await client.start();
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
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'journey' }],
        synchronize: {
            // Declarations in other files matter (shared personas, channels), and so do the settings:
            // tell the server about changes on disk.
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.journey'),
                vscode.workspace.createFileSystemWatcher('**/journey.config.json'),
            ],
            configurationSection: 'journey',
        },
        outputChannelName: 'Journey Maps',
    };
    return new LanguageClient('journey', 'Journey Maps language server', serverOptions, clientOptions);
}
