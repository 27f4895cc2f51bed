import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GapReportRequest, type GapReportParams, type GapReportResult } from '../protocol/journey-protocol.js';
import { gapReportMarkdown } from '../render/gap-report-markdown.js';

/**
 * "Journey Maps: Show Gap Report": asks the server for the report of the active map (or the
 * journey a code lens names) and opens it as a Markdown document beside the map. (The live
 * map preview will draw the same report.)
 */
export function registerGapReportCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.showGapReport', async (uri?: string, journey?: string) => {
        const languageClient = client();
        if (!languageClient) return;
        const documentUri = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
        const params: GapReportParams = documentUri ? { uri: documentUri } : {};
        const report = await languageClient.sendRequest<GapReportResult>(GapReportRequest.method, params);
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: gapReportMarkdown(report, journey) });
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }));
}
