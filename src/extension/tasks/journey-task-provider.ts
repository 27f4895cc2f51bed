import * as vscode from 'vscode';

export const JOURNEY_TASK_TYPE = 'journey';

/** A `journey` task in tasks.json (package.json: contributes.taskDefinitions). */
interface JourneyTaskDefinition extends vscode.TaskDefinition {
    type: typeof JOURNEY_TASK_TYPE;
    /** Files, folders or globs, relative to the workspace folder. */
    paths?: string[];
    /** More options for `journey check`, such as `--max-warnings 0`. */
    args?: string[];
}

/**
 * "journey: check" in Run Task: `journey check` on the workspace folder, its findings in the
 * Problems panel through the `$journey` problem matcher. It runs the CLI the extension ships
 * (out/cli/main.cjs, the same version as the language server) with the extension host's own
 * runtime: no `journey` on the PATH, no Node.js install, and no code from the workspace.
 */
export function registerJourneyTaskProvider(context: vscode.ExtensionContext): void {
    const cli = context.asAbsolutePath('out/cli/main.cjs');
    context.subscriptions.push(vscode.tasks.registerTaskProvider(JOURNEY_TASK_TYPE, {
        async provideTasks() {
            const tasks: vscode.Task[] = [];
            for (const folder of vscode.workspace.workspaceFolders ?? []) {
                if (folder.uri.scheme !== 'file') continue;
                const maps = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.journey'), '**/node_modules/**', 1);
                if (maps.length > 0) tasks.push(checkTask(cli, { type: JOURNEY_TASK_TYPE, paths: ['.'] }, folder));
            }
            return tasks;
        },
        resolveTask(task) {
            const definition = task.definition as JourneyTaskDefinition;
            if (definition.type !== JOURNEY_TASK_TYPE) return undefined;
            // Keep the definition object: VS Code matches the resolved task to tasks.json by it.
            return checkTask(cli, definition, task.scope ?? vscode.TaskScope.Workspace);
        },
    }));
}

function checkTask(cli: string, definition: JourneyTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): vscode.Task {
    const folder = typeof scope === 'object' ? scope : vscode.workspace.workspaceFolders?.[0];
    const args = [cli, 'check', ...(definition.paths?.length ? definition.paths : ['.']), ...(definition.args ?? [])];
    // The extension host's executable is Electron in desktop VS Code: ELECTRON_RUN_AS_NODE makes
    // it plain Node.js (as vscode-languageclient does for the language server); under a plain
    // Node.js host (remote, code-server) the variable is ignored.
    const execution = new vscode.ProcessExecution(process.execPath, args, { cwd: folder?.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } });
    const task = new vscode.Task(definition, scope, 'check', JOURNEY_TASK_TYPE, execution, '$journey');
    task.detail = `journey check ${args.slice(2).join(' ')}`;
    return task;
}
