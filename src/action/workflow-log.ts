import { randomUUID } from 'node:crypto';
import { commandData } from '../cli/format-github.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/**
 * The step's log as the Actions runner reads it: any line that starts with `::` is a workflow
 * command. The log shows the maps' own text (titles, file names), which could forge one — an
 * annotation, `::add-mask::`, `::stop-commands::` — so commands are paused while the report is
 * printed (on both streams, which the runner reads alike), and the action's own annotations are
 * queued and written, escaped, once they resume.
 */
export class WorkflowLog {
    private readonly token = `journey-maps-${randomUUID()}`;
    private readonly queued: string[] = [];
    private paused = false;

    constructor(private readonly stdout: NodeJS.WritableStream = process.stdout, private readonly stderr: NodeJS.WritableStream = process.stderr) {}

    pause(): void {
        if (this.paused) return;
        this.stderr.write(`::stop-commands::${this.token}\n`);
        this.stdout.write(`::stop-commands::${this.token}\n`);
        this.paused = true;
    }

    /** Text for people to read; never read as a command while paused. */
    print(text: string): void {
        this.stdout.write(text);
    }

    annotate(level: AnnotationLevel, message: string): void {
        this.queued.push(`::${level} title=Journey Maps::${commandData(message)}\n`);
    }

    /** Commands made elsewhere with their values already escaped (formatGithub). */
    commands(text: string): void {
        if (text) this.queued.push(text);
    }

    finish(): void {
        if (this.paused) {
            this.stderr.write(`::${this.token}::\n`);
            this.stdout.write(`::${this.token}::\n`);
            this.paused = false;
        }
        this.stdout.write(this.queued.join(''));
        this.queued.length = 0;
    }
}
