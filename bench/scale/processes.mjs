// Child processes with a kill timeout, and deadlines for anything else that can hang.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/**
 * Runs `command args` with stdout discarded, killed after `timeoutMs`. Returns the wall time
 * measured here (ms), and the peak RSS (KiB) from GNU time when it is installed.
 */
export function runTimed(command, args, { timeoutMs, cwd, okStatus = [0] } = {}) {
    const scratch = hasGnuTime ? mkdtempSync(path.join(os.tmpdir(), 'journey-bench-time-')) : undefined;
    const timeFile = scratch && path.join(scratch, 'time.txt');
    const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, command, ...args]] : [command, args];
    return new Promise((resolve, reject) => {
        const start = performance.now();
        const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', chunk => { stderr = (stderr + chunk).slice(-4000); });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', error => { clearTimeout(timer); reject(error); });
        child.on('close', (status, signal) => {
            const wallMs = performance.now() - start;
            clearTimeout(timer);
            let peakRssKiB;
            if (timeFile && existsSync(timeFile)) {
                // The last line: GNU time prefixes "Command exited with non-zero status" lines.
                const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
                peakRssKiB = Number(last.split(' ')[1]);
            }
            if (scratch) rmSync(scratch, { recursive: true, force: true });
            if (signal || !okStatus.includes(status)) {
                reject(new Error(`${command} ${args.join(' ')}: ${signal ? `killed by ${signal} (timeout ${timeoutMs} ms?)` : `exit status ${status}`}\n${stderr}`));
            } else {
                resolve({ wallMs, peakRssKiB, status });
            }
        });
    });
}

/** Rejects when `promise` has not settled after `ms`, after calling `onTimeout` (e.g. to kill). */
export function withDeadline(promise, ms, what, onTimeout = () => {}) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout();
            reject(new Error(`${what}: no result after ${ms} ms`));
        }, ms);
    });
    return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A fresh temporary folder (real path, so file URIs match what the server reports). */
export function tempFolder(prefix) {
    return mkdtempSync(path.join(realpathSync(os.tmpdir()), prefix));
}
