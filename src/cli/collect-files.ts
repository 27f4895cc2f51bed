import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isSkippedFolder, JOURNEY_EXTENSION } from '../language/workspace-folders.js';
import { compareText } from '../model/text-order.js';
import { CliError, describeIoError } from './cli-error.js';
import { displayPath } from './diagnostic-report.js';

export interface JourneyFileSet {
    /** Files whose diagnostics are reported, in a stable order. */
    targets: string[];
    /**
     * Targets plus the other .journey files beside a named file, so that a single file that
     * uses shared declarations from a neighbour still links.
     */
    workspace: string[];
}

/**
 * Expands the command line's paths into map files. Folders are searched recursively and
 * symbolic links are followed; a file reached twice (through a link, or named twice) is
 * checked once, under the first path it was reached by.
 */
export async function collectJourneyFiles(inputs: string[], stdin?: { file: string; named: boolean }): Promise<JourneyFileSet> {
    const targets = new FileSet();
    const workspace = new FileSet();
    const skipped: string[] = [];
    for (const input of await expandGlobs(inputs)) {
        if (input === '-' && stdin) {
            await targets.addVirtual(stdin.file);
            await workspace.addVirtual(stdin.file);
            // Named with --stdin-filename, its neighbours supply declarations, as for a file.
            if (stdin.named) for (const sibling of await listJourneyFiles(path.dirname(stdin.file))) await workspace.add(sibling);
            continue;
        }
        const absolute = path.resolve(input);
        const stat = await fs.stat(absolute).catch(async (error: NodeJS.ErrnoException) => {
            const link = await fs.lstat(absolute).then(found => found.isSymbolicLink(), () => false);
            throw new CliError(`${input}: ${link ? await brokenLinkReason(absolute) : describeIoError(error)}`);
        });
        if (stat.isDirectory()) {
            for (const file of await walk(absolute, new Set(), skipped)) {
                await targets.add(file);
                await workspace.add(file);
            }
        } else {
            if (!absolute.endsWith(JOURNEY_EXTENSION)) {
                throw new CliError(`${input}: not a ${JOURNEY_EXTENSION} file`);
            }
            await targets.add(absolute);
            await workspace.add(absolute);
            for (const sibling of await listJourneyFiles(path.dirname(absolute))) await workspace.add(sibling);
        }
    }
    if (targets.size === 0) {
        throw new CliError(`no ${JOURNEY_EXTENSION} files found in ${inputs.join(', ')}${skippedNote(skipped)}`);
    }
    return { targets: targets.sorted(), workspace: workspace.sorted() };
}

/**
 * Quoted globs (`'maps/**\/*.journey'`), expanded here as a shell would; a path that exists
 * is taken as it is, even if it contains glob characters.
 */
async function expandGlobs(inputs: string[]): Promise<string[]> {
    const expanded: string[] = [];
    for (const input of inputs) {
        const exists = input === '-' || await fs.lstat(input).then(() => true, () => false);
        if (exists || !isDynamicPattern(input)) {
            expanded.push(input);
            continue;
        }
        // Like a folder, a pattern picks out maps: other files it matches are passed over.
        const matches = (await glob(input, { absolute: true, onlyFiles: false, followSymbolicLinks: true, expandDirectories: false }))
            .filter(match => match.endsWith(JOURNEY_EXTENSION) || match.endsWith('/'));
        if (matches.length === 0) throw new CliError(`${input}: no .journey file or folder matches this pattern`);
        expanded.push(...matches.sort(compareText));
    }
    return expanded;
}

/** Paths keyed by their real path, so that links to one file count once. */
class FileSet {
    private readonly byRealPath = new Map<string, string>();
    /** Real paths standing for standard input: the file on disk at that path is not read. */
    private readonly virtual = new Set<string>();

    get size(): number {
        return this.byRealPath.size;
    }

    async add(file: string): Promise<void> {
        const real = await fs.realpath(file).catch(() => file);
        if (!this.byRealPath.has(real) && !this.virtual.has(real)) this.byRealPath.set(real, file);
    }

    /** A file that is not read from disk (standard input); it replaces a file at the same path. */
    async addVirtual(file: string): Promise<void> {
        const real = await fs.realpath(file).catch(() => file);
        this.virtual.add(real);
        this.byRealPath.set(real, file);
    }

    sorted(): string[] {
        return [...this.byRealPath.values()].sort(compareText);
    }
}

/** How many skipped folders a message names. */
const SKIPPED_SHOWN = 4;

/** ` (skipped node_modules, .git — …)`: the folders a search passed over, shallowest first; empty when none. */
function skippedNote(skipped: string[]): string {
    if (skipped.length === 0) return '';
    const shown = skipped.map(folder => displayPath(folder))
        .sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b));
    const listed = shown.length > SKIPPED_SHOWN ? `${shown.slice(0, SKIPPED_SHOWN).join(', ')} and ${shown.length - SKIPPED_SHOWN} more` : shown.join(', ');
    return ` (skipped ${listed} — hidden folders, node_modules and out are never searched)`;
}

async function walk(folder: string, visited: Set<string>, skipped: string[]): Promise<string[]> {
    const real = await fs.realpath(folder).catch(() => folder);
    if (visited.has(real)) return []; // a link back up the tree
    visited.add(real);
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${folder}: ${describeIoError(error)}`);
    });
    const files: string[] = [];
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
        const full = path.join(folder, entry.name);
        const kind = await entryKind(full, entry);
        if (kind === 'folder') {
            if (!isSkippedFolder(entry.name)) files.push(...await walk(full, visited, skipped));
            else skipped.push(full);
        } else if (kind === 'file' && entry.name.endsWith(JOURNEY_EXTENSION)) {
            files.push(full);
        } else if (kind === 'broken link' && entry.name.endsWith(JOURNEY_EXTENSION)) {
            // A map that cannot be reached is not passed over in silence: the check would miss it.
            throw new CliError(`${displayPath(full)}: ${await brokenLinkReason(full)}`);
        }
    }
    return files;
}

async function listJourneyFiles(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.name.endsWith(JOURNEY_EXTENSION) && await entryKind(full, entry) === 'file') files.push(full);
    }
    return files;
}

/** What a directory entry is, looking through symbolic links. */
async function entryKind(full: string, entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): Promise<'file' | 'folder' | 'broken link' | 'other'> {
    if (entry.isFile()) return 'file';
    if (entry.isDirectory()) return 'folder';
    if (!entry.isSymbolicLink()) return 'other';
    const stat = await fs.stat(full).catch(() => undefined);
    return stat?.isFile() ? 'file' : stat?.isDirectory() ? 'folder' : stat ? 'other' : 'broken link';
}

/** Why a symbolic link leads to nothing: a loop of links, or a target that is not there. */
async function brokenLinkReason(link: string): Promise<string> {
    const error = await fs.stat(link).then(() => undefined, (e: NodeJS.ErrnoException) => e);
    if (error?.code === 'ELOOP') return 'is a symbolic link in a loop (it leads back to itself)';
    if (error?.code === 'ENOENT') return `is a symbolic link to ${await fs.readlink(link).catch(() => 'a file')}, which does not exist`;
    return error ? describeIoError(error) : 'is a symbolic link';
}
