import { promises as fs } from 'node:fs';
import { CliError } from './cli-error.js';

/**
 * Refuses an `-o` file that is one of the files the command reads, named as it is or through
 * a link: the drawing or the report would replace the map it was made from. Checked before
 * anything is written, so the input is left byte for byte as it was.
 */
export async function refuseOverwritingInput(output: string | undefined, inputs: Iterable<string>): Promise<void> {
    if (output === undefined || output === '-') return;
    const target = await fs.stat(output).catch(() => undefined);
    if (!target) return;
    for (const input of inputs) {
        const stat = await fs.stat(input).catch(() => undefined);
        if (stat && stat.dev === target.dev && stat.ino === target.ino) {
            throw new CliError(`${output}: is a file this command reads; writing the output there would replace it (choose another -o file)`);
        }
    }
}
