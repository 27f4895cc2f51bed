import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './diagnostic-wait.js';

const EXTENSION_ID = 'journey-maps.journey-maps';

function workspaceFile(...segments: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is open');
    return vscode.Uri.file(path.join(folder.uri.fsPath, ...segments));
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

    describe('```journey fences in the Markdown preview', () => {
        const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));

        it("markdown.api.render turns a journey fence into the placeholder the preview script draws, and leaves other fences to VS Code", async () => {
            const fence = `${await read('shared.journey')}\n${await read('password-reset.journey')}`.trimEnd();
            const markdown = ['# Password reset', '', '```journey view=map', fence, '```', '', '```js', 'const tag = "<b>";', '```', ''].join('\n');
            const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
            const placeholder = /<div ([^>]*)><pre><code class="language-journey">([^<]*)<\/code><\/pre><\/div>/.exec(html);
            assert.ok(placeholder, `a journey placeholder in:\n${html.slice(0, 2000)}`);
            // VS Code's own attributes (scroll sync) are kept beside ours.
            assert.match(placeholder[1], /^data-line="2" class="journey-fence code-line" dir="auto" data-journey-options="view=map" data-journey-first-line="4"$/);
            const text = placeholder[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
            assert.equal(text, `${fence}\n`);
            // The JavaScript fence is VS Code's: highlighted code, as before.
            assert.match(html, /<code [^>]*class="code-line language-js"[^>]*><span class="hljs-keyword">const<\/span>/);
            assert.doesNotMatch(html, /<b>/);
        });
    });

    describe('gap diagnostics, quick fixes, code lens and the gap report', () => {
        after(async () => {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        });

        const reset = () => workspaceFile('password-reset.journey');
        const gapsIn = (uri: vscode.Uri, code: string) => vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === code);

        it('reports the password reset gaps, each linked to its rule page', async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reset()));
            const deadEnds = await waitFor('dead-end gaps', () => {
                const found = gapsIn(reset(), 'dead-end');
                return found.length === 2 ? found : undefined;
            });
            assert.equal(deadEnds[0].severity, vscode.DiagnosticSeverity.Warning);
            assert.match(deadEnds[0].message, /^The customer gives up at 'CallsDesk'/);
            const code = deadEnds[0].code as { value: string; target: vscode.Uri };
            assert.ok(code.target.path.endsWith('/docs/rules/dead-end.md'), `links to ${code.target.toString()}`);
            assert.equal(gapsIn(reset(), 'emotion-gap').length, 2);
            assert.equal(gapsIn(reset(), 'channel-hopping').length, 1);
        });

        it('offers a quick fix that adds an improvement for an unaddressed low point, and applying it clears the gap', async () => {
            const [pain] = gapsIn(reset(), 'unaddressed-pain');
            assert.ok(pain, 'TurnsToPortal is an unaddressed low point');
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', reset(), pain.range, vscode.CodeActionKind.QuickFix.value);
            const fix = actions.find(a => a.title === 'Add an improvement that addresses TurnsToPortal (owner ServiceDesk, priority P2)');
            assert.ok(fix?.edit, `offered: ${actions.map(a => a.title).join(' | ')}`);
            assert.ok(await vscode.workspace.applyEdit(fix.edit));
            await waitFor('the gap to clear', () => (gapsIn(reset(), 'unaddressed-pain').length === 0 ? true : undefined));
            const document = await vscode.workspace.openTextDocument(reset());
            assert.match(document.getText(), /improvement ImproveTurnsToPortal "Improve: Turns to the self-service portal, though they dislike it" \{\n\s+addresses TurnsToPortal/);
            await vscode.commands.executeCommand('workbench.action.files.revert');
        });

        it('shows a code lens above each journey with its gaps and unowned touchpoints', async () => {
            const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', reset());
            assert.equal(lenses.length, 2);
            assert.match(lenses[0].command?.title ?? '', /^\d+ gaps · 0 touchpoints without owner$/);
            assert.equal(lenses[0].command?.command, 'journey.showGapReport');
            assert.equal(lenses[1].command?.title, 'Open preview');
            assert.equal(lenses[1].command?.command, 'journey.openPreviewToSide');
        });

        it('opens the gap report with the emotions of actual against ideal', async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reset()));
            await vscode.commands.executeCommand('journey.showGapReport');
            const report = await waitFor('the gap report', () => vscode.workspace.textDocuments.find(d => d.uri.scheme === 'journey-gap-report' && d.getText().startsWith('# Gap report')));
            assert.equal(report.languageId, 'markdown');
            assert.equal(report.isDirty, false);
            assert.match(report.getText(), /## PasswordReset against ideal PasswordResetIdeal/);
            assert.match(report.getText(), /\| Can't log into their machine \| 2 \| 4 \| 2 \|/);
        });

        it('opens one preview beside the map, and reveals it instead of opening a second', async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reset()));
            await vscode.commands.executeCommand('journey.openPreviewToSide');
            await vscode.commands.executeCommand('journey.openPreviewToSide', reset().toString());
            const previews = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.label === 'Map: password-reset.journey');
            await waitFor('the preview tab', () => (previews().length > 0 ? true : undefined));
            assert.equal(previews().length, 1);
            const tab = previews()[0];
            assert.ok(tab.input instanceof vscode.TabInputWebview);
            assert.match((tab.input as vscode.TabInputWebview).viewType, /journey\.preview$/);
        });

        it('follows the journey.rules setting', async () => {
            assert.ok(gapsIn(reset(), 'open-question').length > 0);
            const settings = vscode.workspace.getConfiguration('journey');
            await settings.update('rules', { 'open-question': 'off', 'dead-end': 'error' }, vscode.ConfigurationTarget.Workspace);
            try {
                await waitFor('open questions to go', () => (gapsIn(reset(), 'open-question').length === 0 ? true : undefined));
                const deadEnd = gapsIn(reset(), 'dead-end')[0];
                assert.equal(deadEnd.severity, vscode.DiagnosticSeverity.Error);
            } finally {
                await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
            }
            await waitFor('open questions to return', () => (gapsIn(reset(), 'open-question').length > 0 ? true : undefined));
        });
    });

    describe('editor intelligence through the real client', () => {
        after(async () => {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        });

        const reset = () => workspaceFile('password-reset.journey');
        const ideal = () => workspaceFile('password-reset-ideal.journey');
        /** The position just after `text` on the first line holding `lineText`. */
        async function positionAfter(uri: vscode.Uri, lineText: string, text: string): Promise<vscode.Position> {
            const document = await vscode.workspace.openTextDocument(uri);
            for (let line = 0; line < document.lineCount; line++) {
                const at = document.lineAt(line).text.indexOf(lineText);
                if (at >= 0) return new vscode.Position(line, document.lineAt(line).text.indexOf(text, at) + text.length);
            }
            throw new Error(`no line with '${lineText}' in ${uri.fsPath}`);
        }
        async function inlayHintLabels(uri: vscode.Uri): Promise<string[]> {
            const document = await vscode.workspace.openTextDocument(uri);
            const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, document.lineCount, 0));
            return hints.map(hint => `${hint.position.line + 1}: ${typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('')}`);
        }

        it('completes the declared stakeholders after owner', async () => {
            const position = await positionAfter(reset(), 'owner ServiceDesk  emotion 1 frustrated', 'owner ');
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', reset(), position);
            const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
            for (const stakeholder of ['ServiceDesk', 'KnowledgeManager', 'IdentityTeam', 'EndUserComputing']) assert.ok(labels.includes(stakeholder), `${stakeholder} in ${labels.join(', ')}`);
            assert.ok(!labels.includes('Phone') && !labels.includes('emotion'), `only stakeholders: ${labels.join(', ')}`);
        });

        it('hovers a touchpoint with its channel, owner, emotion, ideal emotion and gaps', async () => {
            const position = await positionAfter(reset(), 'touchpoint CallsDesk', 'touchpoint C');
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', reset(), position);
            const text = hovers.flatMap(hover => hover.contents.map(part => (typeof part === 'string' ? part : part.value))).join('\n');
            assert.match(text, /\*\*Touchpoint\*\* `CallsDesk`/);
            assert.match(text, /Channel: `Phone`/);
            assert.match(text, /Owner: `ServiceDesk`/);
            assert.match(text, /Emotion: 1 \(very negative\) "frustrated"/);
            assert.match(text, /Ideal emotion \(PasswordResetIdeal\): \d/);
            assert.match(text, /`dead-end`/);
        });

        it('outlines journey › stage › touchpoint', async () => {
            const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', reset());
            const journey = symbols.find(symbol => symbol.name === 'PasswordReset');
            assert.ok(journey, `symbols: ${symbols.map(symbol => symbol.name).join(', ')}`);
            const stage = journey.children.find(child => child.name === 'Detect');
            assert.ok(stage, `stages: ${journey.children.map(child => child.name).join(', ')}`);
            assert.deepEqual(stage.children.map(child => child.name), ['CantLogIn', 'RetriesLogin']);
        });

        it('leaves a canonically formatted example unchanged', async () => {
            const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', reset(), { tabSize: 2, insertSpaces: false });
            assert.deepEqual(edits ?? [], []);
        });

        it('goes to the matching ideal touchpoint and back', async () => {
            const position = await positionAfter(reset(), 'touchpoint CallsDesk', 'touchpoint C');
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reset()), { selection: new vscode.Range(position, position) });
            await vscode.commands.executeCommand('journey.goToMatchingTouchpoint');
            const inIdeal = await waitFor('the ideal journey to open', () => {
                const editor = vscode.window.activeTextEditor;
                return editor?.document.uri.fsPath === ideal().fsPath ? editor : undefined;
            });
            assert.equal(inIdeal.document.getText(inIdeal.selection), 'CallsDesk');
            await vscode.commands.executeCommand('journey.goToMatchingTouchpoint');
            const back = await waitFor('the actual journey again', () => {
                const editor = vscode.window.activeTextEditor;
                return editor?.document.uri.fsPath === reset().fsPath ? editor : undefined;
            });
            assert.equal(back.document.getText(back.selection), 'CallsDesk');
            assert.equal(back.selection.start.line, position.line);
        });

        it('asks which ideal journey when a touchpoint has several', async () => {
            const second = workspaceFile('password-reset-quick-wins.journey');
            const idealText = new TextDecoder().decode(await vscode.workspace.fs.readFile(ideal()));
            const quickWins = idealText.replace(/ideal journey PasswordResetIdeal "[^"]*"/, 'ideal journey PasswordResetQuickWins "Quick wins"');
            assert.notEqual(quickWins, idealText);
            await vscode.workspace.fs.writeFile(second, new TextEncoder().encode(quickWins));
            try {
                const position = await positionAfter(reset(), 'touchpoint CallsDesk', 'touchpoint C');
                await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reset()), { selection: new vscode.Range(position, position) });
                // The server must know the new file before the command asks it.
                await waitFor('the second ideal journey to be linked', () => {
                    const hints = vscode.languages.getDiagnostics(second);
                    return hints.length > 0 ? true : undefined;
                });
                let settled = false;
                const command = Promise.resolve(vscode.commands.executeCommand('journey.goToMatchingTouchpoint')).finally(() => { settled = true; });
                // The quick pick lists both ideal journeys; accept the second one. Until it shows,
                // these commands do nothing: keep trying.
                for (let i = 0; i < 100 && !settled; i++) {
                    await new Promise(resolve => setTimeout(resolve, 200));
                    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
                    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
                }
                await command;
                const editor = await waitFor('one of the ideal journeys to open', () => {
                    const active = vscode.window.activeTextEditor;
                    return active && active.document.uri.fsPath !== reset().fsPath ? active : undefined;
                });
                assert.ok([ideal().fsPath, second.fsPath].includes(editor.document.uri.fsPath), editor.document.uri.fsPath);
                assert.equal(editor.document.getText(editor.selection), 'CallsDesk');
            } finally {
                await vscode.commands.executeCommand('workbench.action.closeAllEditors');
                await vscode.workspace.fs.delete(second);
                // Leave the workspace as it was: wait for the server to drop the file.
                await waitFor('the second ideal journey to be forgotten', () => (vscode.languages.getDiagnostics(second).length === 0 ? true : undefined));
            }
        });

        it("shows the ideal emotion as an inlay hint, and journey.inlayHints.enabled switches hints off", async () => {
            const line = (await positionAfter(reset(), 'owner ServiceDesk  emotion 1 frustrated', 'emotion 1')).line + 1;
            const before = await inlayHintLabels(reset());
            assert.ok(before.some(label => new RegExp(`^${line}: ideal \\d$`).test(label)), `hints: ${before.join(' | ')}`);
            const settings = vscode.workspace.getConfiguration('journey');
            await settings.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
            try {
                const started = Date.now();
                let labels = before;
                while (labels.length > 0 && Date.now() - started < 20_000) {
                    await new Promise(resolve => setTimeout(resolve, 200));
                    labels = await inlayHintLabels(reset());
                }
                assert.deepEqual(labels, []);
            } finally {
                await settings.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
            }
            const started = Date.now();
            let again: string[] = [];
            while (again.length === 0 && Date.now() - started < 20_000) {
                await new Promise(resolve => setTimeout(resolve, 200));
                again = await inlayHintLabels(reset());
            }
            assert.deepEqual(again, before);
        });

        it('declares the journey semantic token modifiers in the legend', async () => {
            const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', reset());
            for (const modifier of ['declaration', 'stakeholder', 'emotion', 'veryNegative', 'veryPositive', 'momentOfTruth']) {
                assert.ok(legend.tokenModifiers.includes(modifier), `${modifier} in ${legend.tokenModifiers.join(', ')}`);
            }
            const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', reset());
            // At least one token per touchpoint name and per emotion score (names, references and markers come on top).
            const text = (await vscode.workspace.openTextDocument(reset())).getText();
            const least = text.match(/\btouchpoint \w+/g)!.length + text.match(/\bemotion [1-5]\b/g)!.length;
            assert.ok(tokens.data.length / 5 >= least, `${tokens.data.length / 5} tokens, expected at least ${least}`);
        });
    });
    // The Get Started walkthrough is checked in the workbench (test/e2e/editor-conventions-ui.mjs):
    // its page is not visible from here (its tab is titled 'Welcome' either way).
    describe('VS Code editor conventions: explorer menu, new map, task', () => {
        afterEach(async () => {
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        });

        const tabLabels = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).map(t => t.label);
        const broken = () => workspaceFile('broken.journey');

        it("previews the file it is given as a Uri, as the explorer's context menu does, not the active editor's", async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('shared.journey')));
            await vscode.commands.executeCommand('journey.openPreviewToSide', workspaceFile('password-reset-ideal.journey'));
            await waitFor('the preview of the clicked file', () => (tabLabels().includes('Map: password-reset-ideal.journey') ? true : undefined));
            assert.ok(!tabLabels().includes('Map: shared.journey'), tabLabels().join(', '));
            // With several files selected, the explorer passes them all as the second argument.
            await vscode.commands.executeCommand('workbench.action.closeAllEditors');
            const selected = [workspaceFile('password-reset.journey'), workspaceFile('password-reset-ideal.journey')];
            await vscode.commands.executeCommand('journey.openPreview', selected[0], selected);
            await waitFor('a preview of each selected file', () => (['Map: password-reset.journey', 'Map: password-reset-ideal.journey'].every(l => tabLabels().includes(l)) ? true : undefined));
        });

        it('opens the gap report of the map the editor title bar passes as a Uri', async () => {
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('shared.journey')));
            await vscode.commands.executeCommand('journey.showGapReport', workspaceFile('password-reset.journey'));
            const report = await waitFor('the gap report', () => vscode.workspace.textDocuments.find(d => d.uri.scheme === 'journey-gap-report' && d.uri.path.endsWith('password-reset.journey.md') && d.getText().startsWith('# Gap report')));
            assert.match(report.getText(), /## PasswordReset against ideal PasswordResetIdeal/);
        });

        it('New Journey Map opens an untitled map with one gap and no name clash with the workspace; its quick fix closes the gap', async () => {
            const shared = workspaceFile('shared.journey');
            const uri = await vscode.commands.executeCommand<vscode.Uri>('journey.newMap');
            try {
                assert.equal(uri.scheme, 'untitled');
                assert.ok(uri.path.endsWith('/journey-map.journey'), uri.toString());
                const editor = vscode.window.activeTextEditor;
                assert.equal(editor?.document.uri.toString(), uri.toString());
                assert.equal(editor.document.languageId, 'journey');
                // The examples declare ServiceDesk and Portal: the starter map renamed its own.
                assert.match(editor.document.getText(), /^stakeholder ServiceDesk2 /m);
                assert.match(editor.document.getText(), /^channel Portal2 /m);
                const missingOwner = await waitFor('the missing-owner gap of the new map', () => {
                    const found = vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === 'missing-owner');
                    return found.length === 1 ? found[0] : undefined;
                });
                assert.deepEqual(errorsOf(uri).map(d => d.message), []);
                assert.deepEqual(errorsOf(shared).map(d => d.message), []);

                const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missingOwner.range, vscode.CodeActionKind.QuickFix.value);
                const fix = actions.find(a => a.title.startsWith('Set owner to ServiceDesk2'));
                assert.ok(fix?.edit, `offered: ${actions.map(a => a.title).join(' | ')}`);
                assert.ok(await vscode.workspace.applyEdit(fix.edit));
                await waitFor('the gap to close', () => (vscode.languages.getDiagnostics(uri).some(d => codeOf(d) === 'missing-owner') ? undefined : true));

                // The preview takes the untitled map too.
                await vscode.commands.executeCommand('journey.openPreviewToSide');
                await waitFor('the preview of the new map', () => (tabLabels().includes('Map: journey-map.journey') ? true : undefined));
            } finally {
                await vscode.window.showTextDocument(uri);
                await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
            }
        });

        it('offers the journey: check task, which runs the bundled CLI and fills the Problems panel through $journey', async () => {
            const tasks = await vscode.tasks.fetchTasks({ type: 'journey' });
            assert.deepEqual(tasks.map(t => `${t.source}: ${t.name}`), ['journey: check']);
            const [task] = tasks;
            assert.equal(task.definition.type, 'journey');
            assert.deepEqual(task.definition.paths, ['.']);
            const execution = task.execution as vscode.ProcessExecution;
            assert.ok(execution instanceof vscode.ProcessExecution);
            assert.ok(execution.args[0].endsWith(path.join('out', 'cli', 'main.cjs')), execution.args.join(' '));
            assert.deepEqual(execution.args.slice(1), ['check', '.']);

            const ended = new Promise<number | undefined>(resolve => {
                const listener = vscode.tasks.onDidEndTaskProcess(event => {
                    if (event.execution.task.name !== 'check' || event.execution.task.source !== 'journey') return;
                    listener.dispose();
                    resolve(event.exitCode);
                });
            });
            await vscode.tasks.executeTask(task);
            // broken.journey has errors: journey check exits 1.
            assert.equal(await Promise.race([ended, new Promise(resolve => setTimeout(() => resolve('timeout'), 60_000))]), 1);
            const fromTask = await waitFor('the problem matcher\'s findings', () => {
                const found = vscode.languages.getDiagnostics(broken()).filter(d => d.source === 'journey check');
                return found.length >= 2 ? found : undefined;
            });
            const unresolved = fromTask.find(d => d.message.startsWith("No stakeholder named 'ServiceDsk'"));
            assert.ok(unresolved, fromTask.map(d => d.message).join(' | '));
            assert.equal(unresolved.severity, vscode.DiagnosticSeverity.Error);
            assert.equal(codeOf(unresolved), 'unresolved-reference');
            assert.equal(unresolved.range.start.line, 5);
            // Gaps come through with their own severity (warnings and notes).
            // The markers of each file arrive as the matcher reads its lines: wait for this one's too.
            await waitFor('a dead-end warning in password-reset.journey from the task', () => (vscode.languages.getDiagnostics(workspaceFile('password-reset.journey'))
                .some(d => d.source === 'journey check' && codeOf(d) === 'dead-end' && d.severity === vscode.DiagnosticSeverity.Warning) ? true : undefined));
        });
    });
}
