import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, parseGapConfig } from '../model/gap-config.js';
import { DEFAULT_SETTINGS, type GapSettings } from '../model/gap-settings.js';
import { GAP_RULES } from '../model/gap-rules/index.js';
import { stripBom } from '../language/source-text.js';
import { CliError, describeIoError } from './cli-error.js';
import { displayPath } from './diagnostic-report.js';

export interface LoadedConfig {
    settings: GapSettings;
    /** The file the settings came from, if any. */
    file?: string;
}

/**
 * The settings for `journey check`: the file given with --config, else the nearest
 * journey.config.json in the folder being checked or above it (the workspace root), else the
 * defaults. Any problem in the file stops the run (exit 2) with file:line:col and the reason.
 */
export async function loadConfig(explicit: string | undefined, inputs: string[], cwd = process.cwd()): Promise<LoadedConfig> {
    const file = explicit ? path.resolve(cwd, explicit) : await findUpwards(await commonFolder(inputs, cwd));
    if (!file) return { settings: DEFAULT_SETTINGS };
    const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${explicit ?? displayPath(file)}: cannot read: ${describeIoError(error)}`);
    });
    const { settings, problems } = parseGapConfig(stripBom(text), GAP_RULES.map(rule => rule.code));
    if (problems.length > 0) {
        throw new CliError(problems.map(p => `${displayPath(file)}:${p.line}:${p.column}: ${p.message}`).join('\njourney: '));
    }
    return { settings, file };
}

/** The deepest folder that holds every input (a file counts as its folder). */
async function commonFolder(inputs: string[], cwd: string): Promise<string> {
    const folders = await Promise.all(inputs.map(async input => {
        const absolute = path.resolve(cwd, input);
        const isFolder = await fs.stat(absolute).then(s => s.isDirectory(), () => false);
        return isFolder ? absolute : path.dirname(absolute);
    }));
    if (folders.length === 0) return cwd;
    return folders.reduce((common, folder) => {
        while (common !== path.dirname(common) && isOutside(path.relative(common, folder))) common = path.dirname(common);
        return common;
    });
}

function isOutside(relative: string): boolean {
    return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

async function findUpwards(folder: string): Promise<string | undefined> {
    for (let current = path.resolve(folder); ; current = path.dirname(current)) {
        const candidate = path.join(current, CONFIG_FILE_NAME);
        if (await fs.stat(candidate).then(s => s.isFile(), () => false)) return candidate;
        if (path.dirname(current) === current) return undefined;
    }
}
