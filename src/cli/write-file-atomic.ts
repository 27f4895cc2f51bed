import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError } from './cli-error.js';
import { guardWrite, InterruptedError } from './interrupt-during-write.js';

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file beside the target, which then replaces it in one rename.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
    // Rewrite a linked file itself, not the link, and keep an existing file's permissions.
    const target = await fs.realpath(file).catch(() => path.resolve(file));
    const mode = await fs.stat(target).then(stat => stat.mode & 0o7777, () => undefined);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    const guard = guardWrite(temporary);
    try {
        await fs.writeFile(temporary, content, { signal: guard.signal });
        if (mode !== undefined) await fs.chmod(temporary, mode);
        guard.signal.throwIfAborted();
        await fs.rename(temporary, target);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        const stop = guard.stoppedBy();
        if (stop) throw new InterruptedError(stop, file, false);
        throw new CliError(`${file}: cannot write: ${describeIoError(error as NodeJS.ErrnoException)}`);
    } finally {
        guard.done();
    }
    const stop = guard.stoppedBy();
    if (stop) throw new InterruptedError(stop, file, true);
}

/** Thrown by writeNewFileAtomic when the file exists: it is left as it is. */
export class FileExistsError extends CliError {
    constructor(readonly file: string) {
        super(`${file}: already exists`);
    }
}

/**
 * Writes a file that must not exist yet, atomically: the text goes to a temporary file of a
 * random name beside it, which is then hard-linked to the target. The link fails if the target
 * exists, whenever it appeared, so a file made by someone else is never replaced
 * (FileExistsError). Where the file system has no hard links, an exclusive copy stands in.
 */
export async function writeNewFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const handle = await fs.open(temporary, 'wx');
        try {
            await handle.writeFile(content);
        } finally {
            await handle.close();
        }
        await fs.link(temporary, file).catch(async (error: NodeJS.ErrnoException) => {
            if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(error.code ?? '')) throw error;
            await fs.copyFile(temporary, file, fsConstants.COPYFILE_EXCL);
        });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' && await fs.lstat(file).then(() => true, () => false)) throw new FileExistsError(file);
        throw new CliError(`${file}: cannot write: ${describeIoError(error as NodeJS.ErrnoException)}`);
    } finally {
        await fs.rm(temporary, { force: true });
    }
}
