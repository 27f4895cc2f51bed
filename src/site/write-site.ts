import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError } from '../cli/cli-error.js';
import { writeFileAtomic } from '../cli/write-file-atomic.js';
import type { PagePath } from './site-plan.js';

/** The list of files the last `journey site` wrote into a folder: what the next one may replace or remove. */
export const MANIFEST = '.journey-site.json';

interface Manifest {
    generator: 'journey site';
    files: PagePath[];
}

export interface WriteSiteOptions {
    /** Write into a folder that has other files and no manifest (they are kept; same-named ones are replaced). */
    force?: boolean;
}

/**
 * Writes the site into a folder, each file atomically. The folder is created if missing; one
 * with files of its own is refused (unless `force`), so that a mistyped -o never replaces
 * someone's index.html. Files the previous run wrote (its manifest) and this one does not are
 * removed; nothing else is ever deleted. Links are not followed: a page may not be written
 * through a symbolic link to somewhere outside the folder.
 */
export async function writeSite(folder: string, files: ReadonlyMap<PagePath, string>, options: WriteSiteOptions = {}): Promise<void> {
    const stat = await fs.lstat(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw new CliError(`${folder}: ${describeIoError(error)}`);
    });
    if (stat && !stat.isDirectory()) throw new CliError(`${folder}: is ${stat.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder: name a folder for the site with -o`);
    const previous = stat ? await readManifest(folder) : undefined;
    if (stat && !previous && !options.force) {
        const entries = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => { throw new CliError(`${folder}: ${describeIoError(error)}`); });
        if (entries.length > 0) throw new CliError(`${folder}: is not empty and was not written by journey site; name a new or empty folder with -o (or add --force to write into it)`);
    }
    await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => { throw new CliError(`${folder}: cannot create the folder: ${describeIoError(error)}`); });
    const folders = [...new Set([...files.keys()].map(file => path.posix.dirname(file)).filter(dir => dir !== '.'))].sort();
    for (const dir of folders) await ensureFolder(path.join(folder, dir));
    for (const [file, content] of files) {
        const target = path.join(folder, file);
        await refuseLink(target);
        await writeFileAtomic(target, content);
    }
    for (const stale of previous?.files ?? []) {
        if (files.has(stale) || !isSitePath(stale)) continue;
        const target = path.join(folder, stale);
        const found = await fs.lstat(target).catch(() => undefined);
        if (found?.isFile()) await fs.rm(target).catch(() => undefined);
    }
    const manifest: Manifest = { generator: 'journey site', files: [...files.keys()].sort() };
    await writeFileAtomic(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function readManifest(folder: string): Promise<Manifest | undefined> {
    const text = await fs.readFile(path.join(folder, MANIFEST), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
        const parsed = JSON.parse(text) as Partial<Manifest>;
        if (parsed.generator === 'journey site' && Array.isArray(parsed.files)) return { generator: 'journey site', files: parsed.files.filter((f): f is string => typeof f === 'string') };
    } catch {
        // Not ours after all: treated as a folder with files of its own.
    }
    return undefined;
}

/** Only paths of the shapes the site writes are ever removed: never `..`, never outside its folders. */
function isSitePath(file: string): boolean {
    return /^(index\.html|assets\/[a-z0-9-]+\.(css|js)|(journeys|personas|channels|stakeholders)\/[a-z0-9-]+\.html)$/.test(file);
}

async function ensureFolder(dir: string): Promise<void> {
    const stat = await fs.lstat(dir).catch(() => undefined);
    if (stat?.isSymbolicLink()) throw new CliError(`${dir}: is a symbolic link; the site is not written through links (remove it, or choose another -o folder)`);
    if (stat && !stat.isDirectory()) throw new CliError(`${dir}: is a file, where the site needs a folder`);
    if (!stat) await fs.mkdir(dir).catch((error: NodeJS.ErrnoException) => { throw new CliError(`${dir}: cannot create the folder: ${describeIoError(error)}`); });
}

async function refuseLink(file: string): Promise<void> {
    const stat = await fs.lstat(file).catch(() => undefined);
    if (stat?.isSymbolicLink()) throw new CliError(`${file}: is a symbolic link; the site is not written through links (remove it, or choose another -o folder)`);
    if (stat?.isDirectory()) throw new CliError(`${file}: is a folder, where the site writes a file`);
}
