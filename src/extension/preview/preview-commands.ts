import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { PreviewState } from '../../protocol/preview-messages.js';
import { JourneyPreview, PREVIEW_VIEW_TYPE } from './preview-panel.js';

/**
 * "Open Preview" and "Open Preview to the Side", as Markdown has them. The map comes from
 * what invoked the command: the file clicked in the explorer or on an editor tab (a Uri, and
 * with several selected, all of them), a code lens (the URI as text), or else the active
 * editor (palette, keybinding, editor title).
 */
export function registerPreviewCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
    const open = (column: vscode.ViewColumn) => (target?: unknown, selected?: unknown) => {
        const maps = targets(target, selected).filter(isJourneyMap);
        if (maps.length === 0) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file to preview its map.'));
            return;
        }
        for (const map of maps) JourneyPreview.show(context, getClient, map, column);
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

/** The explorer passes the clicked file and, with a multiple selection, every selected one. */
function targets(target: unknown, selected: unknown): vscode.Uri[] {
    if (Array.isArray(selected) && selected.length > 0 && selected.every(item => item instanceof vscode.Uri)) return selected;
    if (target instanceof vscode.Uri) return [target];
    if (typeof target === 'string') return [vscode.Uri.parse(target)];
    const active = vscode.window.activeTextEditor?.document.uri;
    return active ? [active] : [];
}

/** A .journey file, or a document in the journey language (an untitled map, say). */
function isJourneyMap(uri: vscode.Uri): boolean {
    if (uri.path.endsWith('.journey')) return true;
    return vscode.workspace.textDocuments.some(document => document.uri.toString() === uri.toString() && document.languageId === 'journey');
}
