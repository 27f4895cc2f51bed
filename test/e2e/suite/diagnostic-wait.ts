// What both extension-host suites (desktop: test/e2e, browser: test/web) need to wait for the
// language server: no Node.js API here, so the browser's extension host can run it too.
import type * as vscode from 'vscode';

export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
    const started = Date.now();
    for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
