import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'journey-maps.journey-maps';

function workspaceFile(...segments: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is open');
    return vscode.Uri.file(path.join(folder.uri.fsPath, ...segments));
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
    const started = Date.now();
    for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
}

export function registerExtensionTests(): void {
    describe('Journey Maps extension in a real VS Code', () => {
        const broken = () => workspaceFile('broken.journey');

        it('activates', async () => {
            const extension = vscode.extensions.getExtension(EXTENSION_ID);
            assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
            await extension.activate();
            assert.equal(extension.isActive, true);
        });

        it('registers .journey files as the journey language', async () => {
            const document = await vscode.workspace.openTextDocument(workspaceFile('password-reset.journey'));
            assert.equal(document.languageId, 'journey');
        });

        it("reports the broken example's errors with messages a service manager understands", async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(broken()));
            const errors = await waitFor('diagnostics on broken.journey', () => {
                const found = errorsOf(broken());
                return found.length >= 2 ? found : undefined;
            });
            const messages = errors.map(d => d.message).sort();
            assert.deepEqual(messages, [
                "Emotion 7 is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.",
                "No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?",
            ]);
            const unresolved = errors.find(d => d.message.startsWith('No stakeholder'));
            assert.ok(unresolved);
            assert.equal(unresolved.code, 'unresolved-reference');
            assert.equal(unresolved.range.start.line, 5);
            const text = (await vscode.workspace.openTextDocument(broken())).getText(unresolved.range);
            assert.equal(text, 'ServiceDsk');
        });

        it('opens every example with no errors', async () => {
            // The broken file's diagnostics arriving means the server has built the whole workspace.
            await waitFor('the workspace build', () => (errorsOf(broken()).length > 0 ? true : undefined));
            const examples = (await vscode.workspace.findFiles('**/*.journey')).filter(u => !u.fsPath.endsWith('broken.journey'));
            assert.ok(examples.length >= 4, `found ${examples.length} example files`);
            for (const uri of examples) {
                await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
            }
            await new Promise(resolve => setTimeout(resolve, 1000));
            const problems = examples.flatMap(uri => errorsOf(uri).map(d => `${path.basename(uri.fsPath)}:${d.range.start.line + 1}: ${d.message}`));
            assert.deepEqual(problems, []);
        });
    });
}
