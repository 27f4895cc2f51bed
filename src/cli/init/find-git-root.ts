import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The root of the git repository that holds `folder` (which may not exist yet): the nearest
 * folder at or above it with a `.git` entry — a folder, or a file in a worktree or submodule.
 */
export async function findGitRoot(folder: string): Promise<string | undefined> {
    for (let current = path.resolve(folder); ; current = path.dirname(current)) {
        if (await fs.lstat(path.join(current, '.git')).then(() => true, () => false)) return current;
        if (path.dirname(current) === current) return undefined;
    }
}
