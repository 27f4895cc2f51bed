import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MatchingTouchpointRequest, type MatchingTouchpoint, type MatchingTouchpointParams, type MatchingTouchpointResult } from '../protocol/journey-protocol.js';

/**
 * "Journey Maps: Go to Matching Ideal/Actual Touchpoint": from a touchpoint to its namesake in the
 * paired journey. An actual touchpoint with several ideal journeys asks which one.
 */
export function registerMatchingTouchpointCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.goToMatchingTouchpoint', async () => {
        const editor = vscode.window.activeTextEditor;
        const languageClient = client();
        if (!editor || editor.document.languageId !== 'journey' || !languageClient) return;
        const params: MatchingTouchpointParams = {
            textDocument: { uri: editor.document.uri.toString() },
            position: { line: editor.selection.active.line, character: editor.selection.active.character },
        };
        const matches = await languageClient.sendRequest<MatchingTouchpointResult>(MatchingTouchpointRequest.method, params);
        if (matches.length === 0) {
            void vscode.window.showInformationMessage(vscode.l10n.t('No matching touchpoint: put the cursor in a touchpoint whose journey is paired (`ideal journey … improves …`) with one of the same name.'));
            return;
        }
        const match = matches.length === 1 ? matches[0] : await pick(matches);
        if (!match) return;
        const { start, end } = match.range;
        await vscode.window.showTextDocument(vscode.Uri.parse(match.uri), { selection: new vscode.Range(start.line, start.character, end.line, end.character) });
    }));
}

async function pick(matches: MatchingTouchpoint[]): Promise<MatchingTouchpoint | undefined> {
    const items = matches.map(match => ({
        label: match.journey,
        description: match.title,
        detail: `${vscode.workspace.asRelativePath(vscode.Uri.parse(match.uri))}:${match.range.start.line + 1}`,
        match,
    }));
    const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Go to Matching Touchpoint'), placeHolder: vscode.l10n.t('This touchpoint is in several ideal journeys: which one?') });
    return chosen?.match;
}
