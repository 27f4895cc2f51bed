import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MatchingTouchpointRequest, type MatchingTouchpointParams, type MatchingTouchpointResult } from '../protocol/journey-protocol.js';

/** "Journey: Go to Matching Ideal/Actual Touchpoint": from a touchpoint to its namesake in the paired journey. */
export function registerMatchingTouchpointCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.goToMatchingTouchpoint', async () => {
        const editor = vscode.window.activeTextEditor;
        const languageClient = client();
        if (!editor || editor.document.languageId !== 'journey' || !languageClient) return;
        const params: MatchingTouchpointParams = {
            textDocument: { uri: editor.document.uri.toString() },
            position: { line: editor.selection.active.line, character: editor.selection.active.character },
        };
        const match = await languageClient.sendRequest<MatchingTouchpointResult>(MatchingTouchpointRequest.method, params);
        if (!match) {
            void vscode.window.showInformationMessage('No matching touchpoint: put the cursor in a touchpoint whose journey is paired (`ideal journey … improves …`) with one of the same name.');
            return;
        }
        const { start, end } = match.range;
        const range = new vscode.Range(start.line, start.character, end.line, end.character);
        await vscode.window.showTextDocument(vscode.Uri.parse(match.uri), { selection: range });
    }));
}
