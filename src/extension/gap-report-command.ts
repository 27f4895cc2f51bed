import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { GapReportRequest, type GapReportParams, type GapReportResult } from '../protocol/journey-protocol.js';
import { gapReportMarkdown } from '../render/gap-report-markdown.js';

export const GAP_REPORT_SCHEME = 'journey-gap-report';

/**
 * "Journey Maps: Show Gap Report": the report of the active map (or of the journey a code
 * lens names) as a read-only Markdown document beside the map. Read-only content comes from
 * a content provider, so there is nothing to save and nothing is written to disk.
 */
export function registerGapReportCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    const provider: vscode.TextDocumentContentProvider = {
        async provideTextDocumentContent(uri) {
            const languageClient = client();
            if (!languageClient) return '# Gap report\n\nThe language server is not running.\n';
            const { document, journey } = JSON.parse(uri.query) as { document?: string; journey?: string };
            const params: GapReportParams = document ? { uri: document } : {};
            const report = await languageClient.sendRequest<GapReportResult>(GapReportRequest.method, params);
            return gapReportMarkdown(report, journey);
        },
    };
    context.subscriptions.push(
        vscode.workspace.registerTextDocumentContentProvider(GAP_REPORT_SCHEME, provider),
        // A code lens passes the map's URI as text; the editor title and its tab menu pass a Uri.
        vscode.commands.registerCommand('journey.showGapReport', async (uri?: string | vscode.Uri, journey?: string) => {
            const document = (uri instanceof vscode.Uri ? uri.toString() : uri) ?? vscode.window.activeTextEditor?.document.uri.toString();
            const name = journey ?? (document ? decodeURIComponent(document.split('/').pop() ?? 'workspace') : 'workspace');
            const reportUri = vscode.Uri.from({ scheme: GAP_REPORT_SCHEME, path: `/Gap report ${name}.md`, query: JSON.stringify({ document, journey }) });
            await vscode.window.showTextDocument(reportUri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
        }),
    );
}
