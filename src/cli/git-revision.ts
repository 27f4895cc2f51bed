import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { JOURNEY_EXTENSION, isSkippedFolder } from '../language/workspace-folders.js';
import { CliError } from './cli-error.js';
import { decodeInput } from './decode-input.js';

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

export interface RevisionFiles {
    /** The maps the paths name at the revision: absolute path → text. */
    targets: Map<string, string>;
    /** Their neighbours (other maps in a named file's folder), which supply declarations. */
    neighbours: Map<string, string>;
}

/**
 * The .journey files that `paths` (files, folders or globs, as on the command line) name at
 * `revision`, read with git itself. A path need not exist in the working tree: a map deleted
 * since the revision is still found there.
 */
export async function journeyFilesAtRevision(revision: string, paths: string[]): Promise<RevisionFiles> {
    if (revision.startsWith('-')) throw new CliError(`--git: '${revision}' is not a revision`);
    const root = await repositoryRoot(paths[0] ?? '.');
    await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root).catch(() => {
        throw new CliError(`--git: unknown revision '${revision}' (for a pull request's base, fetch it first: git fetch origin ${revision.replace(/^origin\//, '')})`);
    });
    const relative = async (input: string) => toPosix(path.relative(root, await realish(path.resolve(input)))) || '.';
    const targets = new Set<string>();
    const neighbourFolders = new Set<string>();
    for (const input of paths) {
        const glob = isDynamicPattern(input);
        const base = glob ? picomatch.scan(input).base || '.' : input;
        const scope = await relative(base);
        if (scope.startsWith('../')) throw new CliError(`--git: ${input} is outside the repository ${root}`);
        const listed = await list(revision, scope, root, true);
        const matches = glob ? picomatch(toPosix(path.join(scope, path.relative(base, input))), { dot: false }) : undefined;
        for (const name of listed) if (!matches || matches(name)) targets.add(name);
        if (!glob && scope.endsWith(JOURNEY_EXTENSION)) neighbourFolders.add(path.posix.dirname(scope));
    }
    const neighbours = new Set<string>();
    for (const folder of neighbourFolders) {
        for (const name of await list(revision, folder === '.' ? '' : `${folder}/`, root, false)) if (!targets.has(name)) neighbours.add(name);
    }
    const read = async (names: Set<string>) => {
        const texts = new Map<string, string>();
        for (const name of [...names].sort()) {
            const bytes = await gitBytes(['cat-file', 'blob', `${revision}:${name}`], root);
            texts.set(path.join(root, ...name.split('/')), decodeInput(`${revision}:${name}`, bytes, 'a .journey map'));
        }
        return texts;
    };
    return { targets: await read(targets), neighbours: await read(neighbours) };
}

async function list(revision: string, scope: string, root: string, recursive: boolean): Promise<string[]> {
    const args = ['ls-tree', ...(recursive ? ['-r'] : []), '-z', '--name-only', revision, '--', ...(scope ? [scope] : [])];
    const listing = await git(args, root);
    return listing.split('\0').filter(name => name.endsWith(JOURNEY_EXTENSION) && !name.split('/').slice(0, -1).some(isSkippedFolder));
}

/** The repository holding `input` (or the nearest folder of it that exists). */
async function repositoryRoot(input: string): Promise<string> {
    let folder = path.resolve(input);
    while (!(await fs.stat(folder).then(s => s.isDirectory(), () => false))) {
        if (path.dirname(folder) === folder) break;
        folder = path.dirname(folder);
    }
    const out = await git(['rev-parse', '--show-toplevel'], folder).catch((error: CliError) => {
        throw new CliError(/not a git repository/i.test(error.message) ? `--git: ${input} is not inside a git repository` : error.message);
    });
    return out.trim();
}

/** The real path of `file`, or of its nearest existing folder joined with the rest: git's paths are real. */
async function realish(file: string): Promise<string> {
    const real = await fs.realpath(file).catch(() => undefined);
    if (real) return real;
    const parent = path.dirname(file);
    return parent === file ? file : path.join(await realish(parent), path.basename(file));
}

function toPosix(file: string): string {
    return file.split(path.sep).join('/');
}

async function git(args: string[], cwd: string): Promise<string> {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' }).catch(failed);
    return stdout;
}

async function gitBytes(args: string[], cwd: string): Promise<Buffer> {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'buffer' }).catch(failed);
    return stdout;
}

function failed(error: NodeJS.ErrnoException & { stderr?: string | Buffer }): never {
    if (error.code === 'ENOENT') throw new CliError('--git: git is not installed (or not on PATH)');
    const message = String(error.stderr || error.message).trim().split('\n')[0].replace(/^fatal: /, '');
    throw new CliError(`--git: ${message}`);
}
