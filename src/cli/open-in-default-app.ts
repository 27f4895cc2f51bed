import { spawn } from 'node:child_process';

/** The system's "open this with the default app" command, by platform. */
function opener(target: string): { command: string; args: string[] } {
    if (process.platform === 'darwin') return { command: 'open', args: [target] };
    // `start` is a built-in of cmd; its first quoted argument is a window title.
    if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', target] };
    return { command: 'xdg-open', args: [target] };
}

// xdg-open, open and start hand the file over and end at once; one that takes longer is taken to
// be the app itself, which is then left to run.
const HAND_OVER_MS = 3000;

/**
 * Opens a file or URL in the default app (the browser for a URL or an SVG): `xdg-open`,
 * `open` or `start`, looked up on PATH, started detached so that `journey` does not wait for
 * the app. Fails softly: when there is no such command (a container, a server), or it ends
 * with a failure (xdg-open with no browser to hand over to), it resolves to a one-line note to
 * print instead, and the command carries on.
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
        const timer = setTimeout(() => {
            child.unref();
            resolve(undefined);
        }, HAND_OVER_MS);
        child.once('error', (error: NodeJS.ErrnoException) => {
            clearTimeout(timer);
            resolve(error.code === 'ENOENT'
                ? `could not open ${target}: there is no '${command}' here to open it with; open it yourself`
                : `could not open ${target}: ${error.message}; open it yourself`);
        });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            resolve(code === 0 ? undefined : `could not open ${target}: '${command}' failed (${code === null ? `signal ${signal}` : `exit status ${code}`}), there may be no app to open it with here; open it yourself`);
        });
    });
}
