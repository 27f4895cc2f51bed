import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { TouchpointModel } from '../../model/journey-model.js';
import { ModelRequest, type ModelParams, type ModelResult } from '../../protocol/journey-protocol.js';
import type { FromWebview, PreviewState, ToWebview } from '../../protocol/preview-messages.js';
import { standaloneHtml } from '../../render/standalone-html.js';
import { previewHtml } from './preview-html.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';

/**
 * One preview panel per map: it draws what the language server computed, follows the
 * editor's cursor, takes the user back to the source on a click, and exports the picture.
 * Not `retainContextWhenHidden`: the webview keeps its state with setState and is redrawn
 * from the model when shown again.
 */
export class JourneyPreview {
    private static readonly panels = new Map<string, JourneyPreview>();
    private touchpoints: TouchpointModel[] = [];
    private readonly disposables: vscode.Disposable[] = [];

    static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, document: vscode.Uri, column: vscode.ViewColumn): void {
        const existing = JourneyPreview.panels.get(document.toString());
        if (existing) {
            existing.panel.reveal(column, true);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, title(document), { viewColumn: column, preserveFocus: true }, options(context));
        new JourneyPreview(context, client, panel, { documentUri: document.toString(), view: 'map', zoom: 0.8, fit: false });
    }

    static revive(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, panel: vscode.WebviewPanel, state: PreviewState | undefined): void {
        if (!state?.documentUri) {
            panel.dispose();
            return;
        }
        panel.webview.options = options(context);
        new JourneyPreview(context, client, panel, state);
    }

    /** The language server says the model changed: every preview pulls it. */
    static modelChanged(): void {
        for (const preview of JourneyPreview.panels.values()) void preview.post({ type: 'changed' });
    }

    static activeCount(): number {
        return JourneyPreview.panels.size;
    }

    private constructor(
        context: vscode.ExtensionContext,
        private readonly client: () => LanguageClient | undefined,
        private readonly panel: vscode.WebviewPanel,
        private readonly state: PreviewState,
    ) {
        JourneyPreview.panels.set(state.documentUri, this);
        const script = panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'out', 'webview', 'preview.js'));
        panel.webview.html = previewHtml(panel.webview, script, state);
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'icons', 'journey-file.svg');
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.uri.toString() === this.state.documentUri) this.follow(event.selections[0].active);
            }),
        );
    }

    private async receive(message: FromWebview): Promise<void> {
        if (message.type === 'pull') {
            await this.sendModel();
        } else if (message.type === 'reveal') {
            const range = new vscode.Range(message.range.start.line, message.range.start.character, message.range.start.line, message.range.start.character);
            const editor = await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One, selection: range });
            editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } else if (message.type === 'export') {
            await this.export(message);
        }
    }

    private async sendModel(): Promise<void> {
        const client = this.client();
        if (!client) return;
        const params: ModelParams = { uri: this.state.documentUri };
        const result = await client.sendRequest<ModelResult>(ModelRequest.method, params);
        if (result.errors === 0 || this.touchpoints.length === 0) {
            this.touchpoints = result.model.journeys.filter(j => j.source.uri === this.state.documentUri).flatMap(j => j.stages.flatMap(s => s.touchpoints));
        }
        const badge = {
            text: result.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', result.errors),
            title: vscode.l10n.t('The map shows the last version without errors.'),
        };
        await this.post({ type: 'model', model: result.model, gaps: result.gaps, errors: result.errors, badge, locale: result.locale, documentUri: this.state.documentUri });
    }

    /** Highlights the card of the touchpoint the cursor is in. */
    private follow(position: vscode.Position): void {
        const inside = this.touchpoints.find(t => {
            const { start, end } = t.source.range;
            return new vscode.Range(start.line, start.character, end.line, end.character).contains(position);
        });
        void this.post({ type: 'highlight', touchpoint: inside?.name });
    }

    private async export(message: Extract<FromWebview, { type: 'export' }>): Promise<void> {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const defaultUri = folder ? vscode.Uri.joinPath(folder, `${message.name}.${message.format}`) : undefined;
        const filters: Record<string, string[]> = { svg: { SVG: ['svg'] }, png: { PNG: ['png'] }, html: { HTML: ['html'] } }[message.format] as unknown as Record<string, string[]>;
        const target = await vscode.window.showSaveDialog({ defaultUri, filters, saveLabel: vscode.l10n.t('Export {0}', message.format.toUpperCase()) });
        if (!target) return;
        const bytes = message.format === 'png'
            ? Uint8Array.from(atob(message.data.replace(/^data:image\/png;base64,/, '')), c => c.charCodeAt(0))
            : new TextEncoder().encode(message.format === 'html' ? standaloneHtml(message.name, message.data) : message.data);
        await vscode.workspace.fs.writeFile(target, bytes);
        void vscode.window.showInformationMessage(vscode.l10n.t('Exported the map to {0}.', vscode.workspace.asRelativePath(target)));
    }

    private post(message: ToWebview): Thenable<boolean> {
        return this.panel.webview.postMessage(message);
    }

    private dispose(): void {
        JourneyPreview.panels.delete(this.state.documentUri);
        for (const disposable of this.disposables) disposable.dispose();
    }
}

function options(context: vscode.ExtensionContext): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'out', 'webview')] };
}

function title(document: vscode.Uri): string {
    return `Map: ${decodeURIComponent(document.path.split('/').pop() ?? 'journey')}`;
}
