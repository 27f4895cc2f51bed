// `journey preview` and `journey playground` as the tests start them: the built CLI in a child
// process, ready once it prints its URL.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './journey-cli.js';

export interface ServedProcess {
    child: ChildProcessWithoutNullStreams;
    /** The URL it printed, e.g. http://127.0.0.1:41234/ */
    url: string;
    port: number;
    stdout: () => string;
    stderr: () => string;
}

/** Runs `journey <args>` and resolves with the first http://host:port/ it prints; rejects if it exits first. */
export function startServing(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ServedProcess> {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), ...args], { cwd: options.cwd, env: options.env ?? process.env });
    let out = '';
    let err = '';
    child.stderr.on('data', chunk => { err += chunk; });
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`no URL in: ${out}${err}`));
        }, 20_000);
        child.stdout.on('data', chunk => {
            out += chunk;
            const found = /http:\/\/[^\s/]+:(\d+)\//.exec(out);
            if (found) {
                clearTimeout(timer);
                resolve({ child, url: found[0], port: Number(found[1]), stdout: () => out, stderr: () => err });
            }
        });
        child.on('exit', code => {
            clearTimeout(timer);
            reject(new Error(`journey ${args[0]} exited with ${code}: ${err}`));
        });
    });
}

/** Stops it as Ctrl+C would (SIGTERM), and with SIGKILL if it has not gone in 5 s. */
export async function stopServing(child: ChildProcessWithoutNullStreams): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
}
