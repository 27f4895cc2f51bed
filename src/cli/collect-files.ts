import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error.js';

export const JOURNEY_EXTENSION = '.journey';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface JourneyFileSet {
    /** Files whose diagnostics are reported, in a stable order. */
    targets: string[];
    /**
     * Targets plus the other .journey files beside a named file, so that a single file that
     * uses shared declarations from a neighbour still links.
     */
    workspace: string[];
}

export async function collectJourneyFiles(inputs: string[]): Promise<JourneyFileSet> {
    const targets = new Set<string>();
    const workspace = new Set<string>();
    for (const input of inputs) {
        const absolute = path.resolve(input);
        const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => {
            throw new CliError(`${input}: ${describeIoError(error)}`);
        });
        if (stat.isDirectory()) {
            for (const file of await walk(absolute)) {
                targets.add(file);
                workspace.add(file);
            }
        } else {
            if (!absolute.endsWith(JOURNEY_EXTENSION)) {
                throw new CliError(`${input}: not a ${JOURNEY_EXTENSION} file`);
            }
            targets.add(absolute);
            workspace.add(absolute);
            for (const sibling of await listJourneyFiles(path.dirname(absolute))) workspace.add(sibling);
        }
    }
    if (targets.size === 0) {
        throw new CliError(`no ${JOURNEY_EXTENSION} files found in ${inputs.join(', ')}`);
    }
    return { targets: [...targets].sort(), workspace: [...workspace].sort() };
}

async function walk(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${folder}: ${describeIoError(error)}`);
    });
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...await walk(full));
        } else if (entry.isFile() && entry.name.endsWith(JOURNEY_EXTENSION)) {
            files.push(full);
        }
    }
    return files;
}

async function listJourneyFiles(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    return entries.filter(e => e.isFile() && e.name.endsWith(JOURNEY_EXTENSION)).map(e => path.join(folder, e.name));
}

export function describeIoError(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder, not a file';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        default: return error.message;
    }
}
