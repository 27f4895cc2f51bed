// VS Code extension entry: starts the .journey language server and talks to it over LSP.
import * as vscode from 'vscode';
import { ModelChangedNotification } from '../protocol/journey-protocol.js';
import type { PreviewState } from '../protocol/preview-messages.js';
import { extendMarkdownIt } from '../markdown/journey-fence-plugin.js';
import { registerGapReportCommand } from './gap-report-command.js';
import { registerMatchingTouchpointCommand } from './matching-touchpoint-command.js';
import { JourneyPreview, PREVIEW_VIEW_TYPE } from './preview/preview-panel.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** VS Code's Markdown preview draws ```journey fences with this (package.json: markdown.markdownItPlugins). */
export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof extendMarkdownIt }> {
    client = createClient(context);
    registerGapReportCommand(context, () => client);
    registerMatchingTouchpointCommand(context, () => client);
    registerPreview(context, () => client);
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

function registerPreview(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
    // From the editor title or palette: the active map; from a code lens: the map's URI as text.
    const open = (column: vscode.ViewColumn) => (uri?: vscode.Uri | string) => {
        const document = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
        if (!document || !document.path.endsWith('.journey')) {
            void vscode.window.showInformationMessage('Open a .journey file to preview its map.');
            return;
        }
        JourneyPreview.show(context, getClient, document, column);
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.openPreviewToSide', open(vscode.ViewColumn.Beside)),
        vscode.commands.registerCommand('journey.openPreview', open(vscode.ViewColumn.Active)),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined) {
                JourneyPreview.revive(context, getClient, panel, state);
            },
        }),
    );
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
