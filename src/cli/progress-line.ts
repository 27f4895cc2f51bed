/** The part of a stream the progress line needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
    isTTY?: boolean;
    write(text: string): unknown;
}

export interface ProgressOptions {
    /** Shown at once for runs of more files than this… */
    minTotal?: number;
    /** …and for smaller runs once they have taken this long. */
    delayMs?: number;
    /** At most one redraw per this many milliseconds. */
    intervalMs?: number;
    now?: () => number;
}

/**
 * `checking 240/1000 files…` on one line of a terminal, redrawn in place with `\r` and erased
 * at the end. Nothing at all is written when the stream is not a terminal, so pipes, CI logs
 * and tests stay clean, nor for short runs.
 */
export class ProgressLine {
    private readonly minTotal: number;
    private readonly delayMs: number;
    private readonly intervalMs: number;
    private readonly now: () => number;
    private readonly started: number;
    private lastDraw = Number.NEGATIVE_INFINITY;
    private shown = false;

    constructor(private readonly stream: ProgressStream = process.stderr, private readonly label = 'checking', options: ProgressOptions = {}) {
        this.minTotal = options.minTotal ?? 200;
        this.delayMs = options.delayMs ?? 500;
        this.intervalMs = options.intervalMs ?? 100;
        this.now = options.now ?? Date.now;
        this.started = this.now();
    }

    update(done: number, total: number): void {
        if (!this.stream.isTTY) return;
        const time = this.now();
        if (!this.shown && total <= this.minTotal && time - this.started < this.delayMs) return;
        // The last update is always drawn, so that the line never stops short of the total.
        if (time - this.lastDraw < this.intervalMs && done < total) return;
        this.lastDraw = time;
        this.shown = true;
        this.stream.write(`\r\u001b[K${this.label} ${done}/${total} ${total === 1 ? 'file' : 'files'}…`);
    }

    /** Erases the line, if one was drawn, so the report starts at the left margin. */
    clear(): void {
        if (!this.shown) return;
        this.shown = false;
        this.stream.write('\r\u001b[K');
    }
}
