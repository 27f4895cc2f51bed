import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { CliError, ExitCode } from './cli-error.js';
import { displayPath } from './diagnostic-report.js';
import { isRelevant, watchPlan, type WatchPlan } from './watch-plan.js';

export interface WatchOptions {
    /** The paths the command was given: files, folders or globs (standard input cannot be watched). */
    inputs: string[];
    /** --config, if given: then only that settings file is watched. */
    config?: string;
    /** Said after each re-run: `journey: <done> after change to reset.journey`, e.g. `re-checked`. */
    done: string;
    /** One run of the command. Its errors are reported and watching goes on. */
    run: () => Promise<unknown>;
    /** Files the run writes itself (render's -o), whose changes are not the user's. */
    ignore?: string[];
    /** Editors save in several steps: run once they are done. */
    debounceMs?: number;
    stderr?: { write(text: string): unknown };
}

/**
 * `--watch`: runs the command, then again after every change to the maps it reads or their
 * settings, until Ctrl+C (SIGINT) or SIGTERM, which end it with exit status 0. Folders are
 * watched one by one rather than with `fs.watch`'s `recursive`, which on Linux had races and
 * crashes on deleted files in Node 20 (nodejs/node#48437, #52018); the set of folders is
 * worked out again before every run, so new and deleted folders are followed.
 */
export async function watchAndRerun(options: WatchOptions): Promise<number> {
    if (options.inputs.includes('-')) throw new CliError('--watch cannot watch standard input (-): name the files or folders');
    const stderr = options.stderr ?? process.stderr;
    const debounceMs = options.debounceMs ?? 150;
    const ignored = new Set((options.ignore ?? []).map(file => path.resolve(file)));
    const watchers = new Map<string, FSWatcher>();
    let plan: WatchPlan = new Map();
    let changed: string[] = [];
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    let stopped = false;

    const onEvent = (folder: string, name: string | null) => {
        if (stopped || (name !== null && ignored.has(path.join(folder, name)))) return;
        void isRelevant(plan, folder, name).then(relevant => {
            if (!relevant || stopped) return;
            const what = name === null ? `a file in ${displayPath(folder)}` : displayPath(path.join(folder, name));
            if (!changed.includes(what)) changed.push(what);
            clearTimeout(timer);
            timer = setTimeout(() => void rerun(), debounceMs);
        });
    };

    const sync = async () => {
        plan = await watchPlan(options.inputs, options.config);
        for (const [folder, watcher] of watchers) {
            if (!plan.has(folder)) {
                watcher.close();
                watchers.delete(folder);
            }
        }
        for (const folder of plan.keys()) {
            if (watchers.has(folder)) continue;
            try {
                const watcher = watch(folder, (_event, name) => onEvent(folder, name === null ? null : String(name)));
                // A folder that is deleted may end its watcher with an error: the next sync watches what is there then.
                watcher.on('error', () => {
                    watcher.close();
                    if (watchers.get(folder) === watcher) watchers.delete(folder);
                });
                watchers.set(folder, watcher);
            } catch {
                // Gone between planning and watching, or not readable: its parent's events bring it back.
            }
        }
    };

    const runOnce = async () => {
        running = true;
        try {
            await sync();
            await options.run();
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            stderr.write(`journey: ${error instanceof CliError ? reason : `internal error: ${reason}`}\n`);
        } finally {
            running = false;
        }
    };

    const afterRun = () => {
        if (!again || stopped) return;
        again = false;
        timer = setTimeout(() => void rerun(), debounceMs);
    };

    const rerun = async () => {
        if (stopped) return;
        if (running) {
            again = true;
            return;
        }
        const what = changed;
        changed = [];
        await runOnce();
        if (stopped) return;
        stderr.write(`journey: ${options.done} after change to ${describe(what)}\n`);
        afterRun();
    };

    return new Promise(resolve => {
        const stop = () => {
            stopped = true;
            clearTimeout(timer);
            for (const watcher of watchers.values()) watcher.close();
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            // A run still going would hold the process until it is done: the user asked to stop now.
            if (running) process.exit(ExitCode.Ok);
            resolve(ExitCode.Ok);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        void runOnce().then(() => {
            if (stopped) return;
            stderr.write('journey: watching for changes (Ctrl+C to stop)\n');
            afterRun();
        });
    });
}

function describe(changes: string[]): string {
    if (changes.length <= 1) return changes[0] ?? 'a file';
    if (changes.length === 2) return `${changes[0]} and ${changes[1]}`;
    return `${changes[0]} and ${changes.length - 1} other files`;
}
