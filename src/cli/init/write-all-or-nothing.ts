import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError } from '../cli-error.js';
import { FileExistsError, writeFileAtomic, writeNewFileAtomic } from '../write-file-atomic.js';

export interface PlannedFile {
    file: string;
    content: string;
    /** What the file holds now, when this run overwrites it (--force); a failed run puts it back. */
    previous?: Buffer;
}

/** A file that --force may overwrite, as inspectOverwrite found it. */
export interface Overwritable {
    previous: Buffer;
    /** The file it stands for, when it is a symbolic link: that file is the one rewritten. */
    linkTo?: string;
}

/** Called before each file is written, after every check: lets a test change the folder under a run. */
export interface WriteHooks {
    beforeWrite?(file: string): void | Promise<void>;
}

/**
 * Checks that an existing file can be overwritten, before anything is written, and keeps its
 * content: a folder, a link to nothing, or anything but a regular file is refused.
 */
export async function inspectOverwrite(file: string, show: (file: string) => string): Promise<Overwritable> {
    const fail = (error: NodeJS.ErrnoException) => {
        throw new CliError(`${show(file)}: ${describeIoError(error)}`);
    };
    const link = (await fs.lstat(file).catch(fail)).isSymbolicLink();
    const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
        if (link && error.code === 'ENOENT') throw new CliError(`${show(file)}: is a link to a file that does not exist, cannot overwrite it`);
        return fail(error);
    });
    if (stat.isDirectory()) throw new CliError(`${show(file)}: is a folder, cannot overwrite it`);
    if (!stat.isFile()) throw new CliError(`${show(file)}: is not a regular file, cannot overwrite it`);
    const previous = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${show(file)}: cannot read it to keep a copy: ${describeIoError(error)}`);
    });
    return { previous, linkTo: link ? await fs.realpath(file) : undefined };
}

/**
 * Writes every file, each atomically: a new one only if it still does not exist (a file that
 * appeared since the check is never replaced), one with `previous` by replacing it. If one
 * fails, the run is undone — the files and folders it created are removed, the files it
 * overwrote get their content back — so nothing is half set up.
 */
export async function writeAllOrNothing(files: PlannedFile[], show: (file: string) => string, hooks: WriteHooks = {}): Promise<void> {
    const created: string[] = [];
    const overwritten: { file: string; previous: Buffer }[] = [];
    const createdFolders: string[] = [];
    try {
        for (const { file, content, previous } of files) {
            const folder = path.dirname(file);
            const first = await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
                throw new CliError(`${show(folder)}: cannot create the folder: ${describeIoError(error)}`);
            });
            // mkdir names the first folder it made; the ones from there down to `folder` are new too.
            for (let made = folder; first && made.length >= first.length; made = path.dirname(made)) createdFolders.push(made);
            await hooks.beforeWrite?.(file);
            try {
                if (previous === undefined) {
                    await writeNewFileAtomic(file, content);
                    created.push(file);
                } else {
                    await writeFileAtomic(file, content);
                    overwritten.push({ file, previous });
                }
            } catch (error) {
                if (error instanceof FileExistsError) {
                    throw new CliError(`nothing written: ${show(file)} appeared while init was writing (run journey init again)`);
                }
                throw error instanceof CliError && error.message.startsWith(`${file}: `)
                    ? new CliError(`${show(file)}${error.message.slice(file.length)}`) : error;
            }
        }
    } catch (error) {
        const unrestored = await undo(created, overwritten, createdFolders, show);
        if (unrestored.length > 0 && error instanceof CliError) {
            throw new CliError(`${error.message}; could not put back ${unrestored.join(', ')}`);
        }
        throw error;
    }
}

/** Undoes a run; answers the files whose old content could not be put back, with why. */
async function undo(created: string[], overwritten: { file: string; previous: Buffer }[], createdFolders: string[], show: (file: string) => string): Promise<string[]> {
    await Promise.all(created.map(file => fs.rm(file, { force: true })));
    const unrestored: string[] = [];
    for (const { file, previous } of overwritten) {
        await writeFileAtomic(file, previous).catch((error: Error) => {
            unrestored.push(`${show(file)} (${error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message})`);
        });
    }
    // Deepest first; rmdir leaves a folder that is not empty.
    for (const folder of [...new Set(createdFolders)].sort((a, b) => b.length - a.length)) await fs.rmdir(folder).catch(() => {});
    return unrestored;
}
