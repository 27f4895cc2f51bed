import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { isSkippedFolder, JOURNEY_EXTENSION } from '../language/workspace-folders.js';
import { CONFIG_FILE_NAME } from '../model/gap-config.js';

/** What a change in one folder can mean for a run. */
export interface WatchedFolder {
    /** Inside a named folder: its .journey files count, and so do subfolders coming and going. */
    tree: boolean;
    /** Beside a named file: its .journey files count (neighbours supply declarations). */
    journeyFiles: boolean;
    /** Other names that count here: settings files, a named path that does not exist yet. */
    names: Set<string>;
}

/** Folders to watch (each on its own, not recursively), by absolute path. */
export type WatchPlan = Map<string, WatchedFolder>;

/**
 * The folders whose changes can change what `check` or `render` says about `inputs`: every
 * folder of a named folder's tree (or of a glob's fixed part), the folder of each named file,
 * and, for the settings, the folder of --config or else every folder from the inputs up to the
 * root (where journey.config.json is looked for). A path that does not exist is watched for in
 * the nearest folder that does. Computed again before every run, so that new folders are seen.
 */
export async function watchPlan(inputs: string[], config: string | undefined, cwd = process.cwd()): Promise<WatchPlan> {
    const plan: WatchPlan = new Map();
    const entry = (folder: string): WatchedFolder => {
        let found = plan.get(folder);
        if (!found) plan.set(folder, found = { tree: false, journeyFiles: false, names: new Set() });
        return found;
    };
    const settingsFolders: string[] = [];
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        const exists = await fs.lstat(absolute).then(() => true, () => false);
        const base = !exists && isDynamicPattern(input) ? path.resolve(cwd, picomatch.scan(input).base || '.') : absolute;
        const stat = await fs.stat(base).catch(() => undefined);
        if (stat?.isDirectory()) {
            for (const folder of await folderTree(base)) entry(folder).tree = true;
            settingsFolders.push(base);
        } else if (stat) {
            entry(path.dirname(base)).journeyFiles = true;
            settingsFolders.push(path.dirname(base));
        } else {
            const [existing, missing] = await nearestExisting(base);
            entry(existing).names.add(missing);
            settingsFolders.push(existing);
        }
    }
    if (config) {
        const file = path.resolve(cwd, config);
        const [existing, missing] = await nearestExisting(path.dirname(file));
        entry(existing).names.add(missing || path.basename(file));
    } else {
        for (const start of settingsFolders) {
            for (let folder = start; ; folder = path.dirname(folder)) {
                entry(folder).names.add(CONFIG_FILE_NAME);
                if (path.dirname(folder) === folder) break;
            }
        }
    }
    return plan;
}

/** Whether a change to `name` in `folder` (null: unknown) can change the result. */
export async function isRelevant(plan: WatchPlan, folder: string, name: string | null): Promise<boolean> {
    const entry = plan.get(folder);
    if (!entry) return false;
    if (name === null) return true;
    if (entry.names.has(name)) return true;
    if ((entry.tree || entry.journeyFiles) && name.endsWith(JOURNEY_EXTENSION)) return true;
    if (!entry.tree || isSkippedFolder(path.basename(name))) return false;
    // A subfolder that came (it is a folder now) or went (it was being watched).
    const full = path.join(folder, name);
    return plan.has(full) || await fs.stat(full).then(stat => stat.isDirectory(), () => false);
}

/** The folder and all folders below it that maps are looked for in, following links once. */
async function folderTree(root: string): Promise<string[]> {
    const folders: string[] = [];
    const visited = new Set<string>();
    const visit = async (folder: string): Promise<void> => {
        const real = await fs.realpath(folder).catch(() => folder);
        if (visited.has(real)) return;
        visited.add(real);
        folders.push(folder);
        const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
        for (const child of entries) {
            if (isSkippedFolder(child.name)) continue;
            const full = path.join(folder, child.name);
            const isFolder = child.isDirectory() || (child.isSymbolicLink() && await fs.stat(full).then(s => s.isDirectory(), () => false));
            if (isFolder) await visit(full);
        }
    };
    await visit(root);
    return folders;
}

/** The nearest folder at or above `target` that exists, and the name below it on the way to `target` ('' if it is `target`). */
async function nearestExisting(target: string): Promise<[folder: string, name: string]> {
    let name = '';
    for (let current = target; ; current = path.dirname(current)) {
        if (await fs.stat(current).then(s => s.isDirectory(), () => false)) return [current, name];
        if (path.dirname(current) === current) return [current, name];
        name = path.basename(current);
    }
}
