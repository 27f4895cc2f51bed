// The web extension in VS Code for the browser (what vscode.dev and github.dev run): the
// language server in a web worker, reading the workspace through the extension.
import * as assert from './assert.js';
import * as vscode from 'vscode';
import { codeOf, waitFor } from '../../e2e/suite/diagnostic-wait.js';

const EXTENSION_ID = 'journey-maps.journey-maps';

function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is open');
    return vscode.Uri.joinPath(folder.uri, name);
}

export function registerWebExtensionTests(): void {
    describe('Journey Maps web extension (VS Code in the browser)', () => {
        it('activates in the browser extension host, from the package.json browser entry', async () => {
            const extension = vscode.extensions.getExtension(EXTENSION_ID);
            assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
            await extension.activate();
            assert.equal(extension.isActive, true);
            assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
            assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node.js here');
        });

        it('shows the gap diagnostics of a map, with declarations and the ideal journey read from files that are not open', async () => {
            const uri = workspaceFile('password-reset.journey');
            const document = await vscode.workspace.openTextDocument(uri);
            assert.equal(document.languageId, 'journey');
            await vscode.window.showTextDocument(document);
            // extra-step needs the ideal journey (another file) and no error means shared.journey's
            // personas, channels and stakeholders were found: both are read through the client.
            const diagnostics = await waitFor('gap diagnostics on password-reset.journey', () => {
                const found = vscode.languages.getDiagnostics(uri);
                return found.some(d => codeOf(d) === 'extra-step') ? found : undefined;
            }, 60_000);
            const codes = new Set(diagnostics.map(codeOf));
            for (const code of ['dead-end', 'moment-of-truth-at-risk', 'metric-off-target', 'repeated-step', 'open-question', 'extra-step']) {
                assert.ok(codes.has(code), `${code} is reported (got ${[...codes].join(', ')})`);
            }
            assert.deepEqual(diagnostics.filter(d => d.severity === vscode.DiagnosticSeverity.Error).map(d => d.message), []);
            const gap = diagnostics.find(d => codeOf(d) === 'dead-end' && d.message.includes("gives up at 'ChecksEmail'"));
            assert.ok(gap, 'the dead end at ChecksEmail is reported');
            const target = typeof gap?.code === 'object' ? gap.code.target.toString() : '';
            assert.match(target, /docs\/rules\/dead-end\.md$/, 'the rule page link points into the extension');
        });

        it("reports a broken map's errors, with a suggestion from another file's declarations", async () => {
            const uri = workspaceFile('broken.journey');
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
            const errors = await waitFor('errors on broken.journey', () => {
                const found = vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
                return found.length >= 2 ? found : undefined;
            });
            assert.deepEqual(errors.map(d => d.message).sort(), [
                'Emotion 7 is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.',
                "No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?",
            ]);
        });

        it('follows typing: an edit brings a new diagnostic, undoing it takes it away', async () => {
            const uri = workspaceFile('password-reset.journey');
            const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
            const text = editor.document.getText();
            const at = text.indexOf('owner ');
            assert.ok(at > 0);
            const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'owner'.length));
            await editor.edit(edit => edit.replace(range, 'ownr'));
            await waitFor('an error after the edit', () => vscode.languages.getDiagnostics(uri).some(d => d.severity === vscode.DiagnosticSeverity.Error) || undefined);
            await vscode.commands.executeCommand('undo');
            await waitFor('no error after undo', () => vscode.languages.getDiagnostics(uri).every(d => d.severity !== vscode.DiagnosticSeverity.Error) || undefined);
            assert.equal(editor.document.getText(), text);
        });

        it('offers completion from the language server', async () => {
            const uri = workspaceFile('password-reset.journey');
            const document = await vscode.workspace.openTextDocument(uri);
            const line = document.getText().split('\n').findIndex(l => /\bowner \w/.test(l));
            const column = document.lineAt(line).text.indexOf('owner ') + 'owner '.length;
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, column));
            const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
            // IncidentManager is declared in shared.journey, which is not open, and used nowhere:
            // only the language server can offer it (not VS Code's words of open documents).
            assert.ok(labels.includes('IncidentManager'), `stakeholders from shared.journey are offered (got ${labels.slice(0, 10).join(', ')})`);
        });

        it('opens the preview beside the map', async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('password-reset.journey')));
            await vscode.commands.executeCommand('journey.openPreviewToSide');
            const tab = await waitFor('the preview tab', () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
                .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('journey.preview')));
            assert.match(tab.label, /password-reset\.journey/);
        });
    });
}
