import { rmSync } from 'node:fs';
import { CliError } from './cli-error.js';

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;
export type StopSignal = keyof typeof SIGNAL_NUMBERS;

/** Ctrl+C or SIGTERM during a write, which was undone (or had just finished); exit 128 + the signal's number, as a shell reports it. */
export class InterruptedError extends CliError {
    readonly exitCode: number;

    constructor(readonly signal: StopSignal, file: string, written: boolean) {
        super(`interrupted (${signal}): ${file} ${written ? 'had just been written in full' : 'was left as it was'}`);
        this.exitCode = 128 + SIGNAL_NUMBERS[signal];
    }
}

export interface WriteGuard {
    /** Aborted when a stop signal arrives: pass it to the write. */
    signal: AbortSignal;
    stoppedBy(): StopSignal | undefined;
    /** The write is over (renamed into place or removed). */
    done(): void;
}

/** Temporary files of writes in progress, removed if the process exits before they are renamed. */
const pending = new Set<string>();
let exitHook = false;

/**
 * Covers the write of one temporary file, from its creation to its rename. A stop signal then
 * aborts the write, so the caller removes the temporary file and throws InterruptedError,
 * instead of the process dying between the two and leaving the file behind. Only during the
 * write: while a map is parsed or drawn nothing is written yet, and the default action ends
 * the process at once. A command with handlers of its own (--watch, preview) decides itself;
 * when it exits, the temporary files still pending are removed.
 */
export function guardWrite(temporary: string): WriteGuard {
    const controller = new AbortController();
    let stopped: StopSignal | undefined;
    const handlers = (Object.keys(SIGNAL_NUMBERS) as StopSignal[]).map(name => {
        const handler = () => {
            if (process.listenerCount(name) > 1 || stopped) return;
            stopped = name;
            controller.abort();
        };
        process.on(name, handler);
        return [name, handler] as const;
    });
    if (!exitHook) {
        exitHook = true;
        process.on('exit', () => pending.forEach(file => rmSync(file, { force: true })));
    }
    pending.add(temporary);
    return {
        signal: controller.signal,
        stoppedBy: () => stopped,
        done: () => {
            pending.delete(temporary);
            for (const [name, handler] of handlers) process.off(name, handler);
        },
    };
}
