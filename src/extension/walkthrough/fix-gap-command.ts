import * as vscode from 'vscode';
import { isGap } from './gap-fixed-context.js';

/**
 * The walkthrough's "Show a quick fix" button: puts the cursor on the first gap of the map in
 * the editor (a missing owner first: its fix needs no thinking) and opens the quick fixes, as
 * Ctrl+. would there.
 */
export function registerFixGapCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.walkthrough.showQuickFix', async () => {
        const editor = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(e => e?.document.languageId === 'journey');
        if (!editor) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a map first: Journey Maps: New Journey Map.'));
            return;
        }
        const gaps = vscode.languages.getDiagnostics(editor.document.uri).filter(isGap);
        const gap = gaps.find(d => codeOf(d) === 'missing-owner') ?? gaps[0];
        if (!gap) {
            void vscode.window.showInformationMessage(vscode.l10n.t('This map has no gaps left to fix.'));
            return;
        }
        const shown = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        shown.selection = new vscode.Selection(gap.range.start, gap.range.start);
        shown.revealRange(gap.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        await vscode.commands.executeCommand('editor.action.quickFix');
    }));
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
