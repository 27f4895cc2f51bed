import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError } from './cli-error.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, which then replaces it in one rename.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
    // Rewrite a linked file itself, not the link, and keep an existing file's permissions.
    const target = await fs.realpath(file).catch(() => path.resolve(file));
    const mode = await fs.stat(target).then(stat => stat.mode & 0o7777, () => undefined);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        await fs.writeFile(temporary, content);
        if (mode !== undefined) await fs.chmod(temporary, mode);
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw new CliError(`${file}: cannot write: ${describeIoError(error as NodeJS.ErrnoException)}`);
    }
}
