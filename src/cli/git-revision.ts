import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { JOURNEY_EXTENSION, isSkippedFolder } from '../language/workspace-folders.js';
import { decodeSourceText } from '../language/source-text.js';
import { CliError } from './cli-error.js';

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

/** The .journey files under `paths` as they were at `revision`: absolute path → text. */
export async function journeyFilesAtRevision(revision: string, paths: string[]): Promise<Map<string, string>> {
    const root = await git(['rev-parse', '--show-toplevel'], process.cwd()).then(out => out.trim(), (error: Error) => {
        throw new CliError(`--git: ${error.message.includes('not a git repository') ? 'not inside a git repository' : firstLine(error.message)}`);
    });
    if (revision.startsWith('-')) throw new CliError(`--git: '${revision}' is not a revision`);
    await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root).catch(() => {
        throw new CliError(`--git: unknown revision '${revision}' (for a pull request's base, fetch it first: git fetch origin ${revision.replace(/^origin\//, '')})`);
    });
    const scopes = paths.map(p => path.relative(root, path.resolve(p)) || '.');
    const listing = await git(['ls-tree', '-r', '-z', '--name-only', revision, '--', ...scopes], root);
    const files = listing.split('\0').filter(name => name.endsWith(JOURNEY_EXTENSION) && !name.split('/').slice(0, -1).some(isSkippedFolder));
    const result = new Map<string, string>();
    for (const name of files) {
        const bytes = await gitBytes(['cat-file', 'blob', `${revision}:${name}`], root);
        const decoded = decodeSourceText(bytes);
        if (!decoded.ok) throw new CliError(`${revision}:${name}:${decoded.line}:${decoded.column}: not UTF-8 text`);
        result.set(path.join(root, ...name.split('/')), decoded.text);
    }
    return result;
}

async function git(args: string[], cwd: string): Promise<string> {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' }).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
        if (error.code === 'ENOENT') throw new CliError('--git: git is not installed (or not on PATH)');
        throw new Error(error.stderr || error.message);
    });
    return stdout;
}

async function gitBytes(args: string[], cwd: string): Promise<Buffer> {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'buffer' });
    return stdout;
}

function firstLine(text: string): string {
    return text.trim().split('\n')[0].replace(/^fatal: /, '');
}
