import { CliError } from './cli-error.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Writes to stdout; a reader that went away (`| head`) ends the run quietly. */
export async function writeOutput(text: string | Uint8Array): Promise<void> {
    await new Promise<void>((resolve, reject) => {
        process.stdout.write(text, error => (error ? reject(error) : resolve()));
    }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') return;
        throw new CliError(`cannot write the report: ${error.message}`);
    });
}

/** A document a command produces: to `-o <file>` (atomically), else (or with `-o -`) to stdout. */
export async function writeDocument(content: string | Uint8Array, output: string | undefined): Promise<void> {
    if (!output || output === '-') await writeOutput(content);
    else await writeFileAtomic(output, content);
}
