#!/usr/bin/env node
// Runs the same extension-host suite in a desktop VS Code through @vscode/test-electron,
// when one is given: VSCODE_EXECUTABLE=/path/to/code npm run test:electron.
// @vscode/test-electron cannot download VS Code on this network, so without
// VSCODE_EXECUTABLE this runner says plainly that it did not run, and why.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import { createTestWorkspace, repoRoot, requireBuilt, suitePath } from './test-workspace.mjs';

const executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
    console.log('test:electron: NOT RUN. No desktop VS Code was given (set VSCODE_EXECUTABLE=/path/to/code);');
    console.log('test:electron: the same suite runs in VS Code 1.100.3 under code-server: npm run test:vscode.');
    process.exit(0);
}
if (!fs.existsSync(executable)) {
    console.error(`test:electron: VSCODE_EXECUTABLE=${executable} does not exist`);
    process.exit(2);
}
requireBuilt();
const workspace = createTestWorkspace();
try {
    await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: suitePath,
        launchArgs: [workspace.path, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    console.log('test:electron: the extension-host suite passed in desktop VS Code');
} catch (error) {
    console.error(`test:electron: the extension-host suite failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
} finally {
    workspace.remove();
}
