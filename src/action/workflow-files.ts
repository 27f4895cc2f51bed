import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

/**
 * Step outputs, in the runner's GITHUB_OUTPUT file format: `name<<delimiter` lines around each
 * value, with a delimiter the value cannot contain, so that multi-line values are safe.
 */
export function writeOutputs(file: string | undefined, outputs: Record<string, string | number | boolean>): void {
    if (!file) return;
    const text = Object.entries(outputs).map(([name, value]) => {
        const delimiter = `journey_${randomUUID()}`;
        return `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
    }).join('');
    appendFileSync(file, text, 'utf8');
}

/** Appends Markdown to the job summary page (GITHUB_STEP_SUMMARY). */
export function appendSummary(file: string | undefined, markdown: string): void {
    if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}
