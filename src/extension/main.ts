// VS Code extension entry: starts the .journey language server and talks to it over LSP.
import * as vscode from 'vscode';
import { ModelChangedNotification } from '../protocol/journey-protocol.js';
import { extendMarkdownIt } from '../markdown/journey-fence-plugin.js';
import { registerGapReportCommand } from './gap-report-command.js';
import { registerMatchingTouchpointCommand } from './matching-touchpoint-command.js';
import { registerPreviewCommands } from './preview/preview-commands.js';
import { JourneyPreview } from './preview/preview-panel.js';
import { registerJourneyTaskProvider } from './tasks/journey-task-provider.js';
import { registerFixGapCommand } from './walkthrough/fix-gap-command.js';
import { registerGapFixedContext } from './walkthrough/gap-fixed-context.js';
import { registerNewMapCommand } from './walkthrough/new-map-command.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

let client: LanguageClient | undefined;

/** VS Code's Markdown preview draws ```journey fences with this (package.json: markdown.markdownItPlugins). */
export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof extendMarkdownIt }> {
    client = createClient(context);
    registerGapReportCommand(context, () => client);
    registerMatchingTouchpointCommand(context, () => client);
    registerPreviewCommands(context, () => client);
    registerJourneyTaskProvider(context);
    registerNewMapCommand(context);
    registerFixGapCommand(context);
    registerGapFixedContext(context);
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.restartLanguageServer', async () => {
            await client?.restart();
        }),
    );
    context.subscriptions.push(client.onNotification(ModelChangedNotification.method, () => JourneyPreview.modelChanged()));
    // Not awaited: the Markdown preview's plugin must not wait for (or be lost with) the server.
    client.start().catch((error: unknown) => {
        void vscode.window.showErrorMessage(`Journey Maps: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
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
