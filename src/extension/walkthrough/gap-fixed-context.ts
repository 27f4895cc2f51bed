import * as vscode from 'vscode';
import { GapFixDetector } from './gap-fix-detector.js';

/** The context key the walkthrough's "Fix the gap" step completes on (package.json walkthroughs). */
export const GAP_FIXED_CONTEXT = 'journey.walkthrough.gapFixed';

/** Sets {@link GAP_FIXED_CONTEXT} once a gap in an open map has been fixed by an edit. */
export function registerGapFixedContext(context: vscode.ExtensionContext): void {
    const detector = new GapFixDetector();
    let fixed = false;
    context.subscriptions.push(
        vscode.languages.onDidChangeDiagnostics(event => {
            if (fixed) return;
            for (const uri of event.uris) {
                const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
                if (document?.languageId !== 'journey') continue;
                const diagnostics = vscode.languages.getDiagnostics(uri);
                const errors = diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
                if (detector.update(uri.toString(), document.version, diagnostics.filter(isGap).length, errors)) {
                    fixed = true;
                    void vscode.commands.executeCommand('setContext', GAP_FIXED_CONTEXT, true);
                    return;
                }
            }
        }),
        vscode.workspace.onDidCloseTextDocument(document => detector.forget(document.uri.toString())),
    );
}

/** A gap, as the language server reports it: its code links to the rule's page in docs/rules/. */
export function isGap(diagnostic: vscode.Diagnostic): boolean {
    const code = diagnostic.code;
    return typeof code === 'object' && code.target.path.includes('/docs/rules/');
}
