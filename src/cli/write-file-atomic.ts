import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError } from './cli-error.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, which then replaces it in one rename.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
    const target = path.resolve(file);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        await fs.writeFile(temporary, content);
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw new CliError(`${file}: cannot write: ${describeIoError(error as NodeJS.ErrnoException)}`);
    }
}
