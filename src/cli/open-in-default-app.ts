import { spawn } from 'node:child_process';

/** The system's "open this with the default app" command, by platform. */
function opener(target: string): { command: string; args: string[] } {
    if (process.platform === 'darwin') return { command: 'open', args: [target] };
    // `start` is a built-in of cmd; its first quoted argument is a window title.
    if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', target] };
    return { command: 'xdg-open', args: [target] };
}

/**
 * Opens a file or URL in the default app (the browser for a URL or an SVG): `xdg-open`,
 * `open` or `start`, looked up on PATH, started detached so that `journey` does not wait for
 * it. Fails softly: when there is no such command (a container, a server), it resolves to a
 * one-line note to print instead, and the command carries on.
 */
export function openInDefaultApp(target: string): Promise<string | undefined> {
    const { command, args } = opener(target);
    return new Promise(resolve => {
        let child;
        try {
            child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
        } catch (error) {
            resolve(`could not open ${target}: ${error instanceof Error ? error.message : String(error)}; open it yourself`);
            return;
        }
        child.once('error', (error: NodeJS.ErrnoException) => {
            resolve(error.code === 'ENOENT'
                ? `could not open ${target}: there is no '${command}' here to open it with; open it yourself`
                : `could not open ${target}: ${error.message}; open it yourself`);
        });
        child.once('spawn', () => {
            child.unref();
            resolve(undefined);
        });
    });
}
