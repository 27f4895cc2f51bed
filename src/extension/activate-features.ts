import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ModelChangedNotification } from '../protocol/journey-protocol.js';
import { registerGapReportCommand } from './gap-report-command.js';
import { registerMatchingTouchpointCommand } from './matching-touchpoint-command.js';
import { registerPreviewCommands } from './preview/preview-commands.js';
import { JourneyPreview } from './preview/preview-panel.js';
import { registerFixGapCommand } from './walkthrough/fix-gap-command.js';
import { registerGapFixedContext } from './walkthrough/gap-fixed-context.js';
import { registerNewMapCommand } from './walkthrough/new-map-command.js';

/** What the client asks of the server, on the desktop and in the browser alike. */
export function clientOptions(): LanguageClientOptions {
    return {
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
}

/**
 * Everything the extension does with a started or starting client, the same in both hosts:
 * the commands, the preview, the walkthrough. Only how the server is started differs
 * (main.ts: a Node process; browser.ts: a web worker).
 */
export function activateFeatures(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined, restart: () => Promise<void>): void {
    registerGapReportCommand(context, client);
    registerMatchingTouchpointCommand(context, client);
    registerPreviewCommands(context, client);
    registerNewMapCommand(context);
    registerFixGapCommand(context);
    registerGapFixedContext(context);
    context.subscriptions.push(
        vscode.commands.registerCommand('journey.restartLanguageServer', restart),
    );
}

/** Starts the client; the preview follows the server's model. Not awaited by activate. */
export function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(client.onNotification(ModelChangedNotification.method, () => JourneyPreview.modelChanged()));
    // Not awaited: the Markdown preview's plugin must not wait for (or be lost with) the server.
    client.start().catch((error: unknown) => {
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey Maps: the language server did not start: {0}', error instanceof Error ? error.message : String(error)));
    });
}
