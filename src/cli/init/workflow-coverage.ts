import path from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { parseDocument } from 'yaml';
import { isSkippedFolder } from '../../language/workspace-folders.js';

/** `uses:` of the Journey Maps action, at any version. */
const ACTION_USES = /^journey-maps\/journey-maps(@|$)/i;

/**
 * Whether a workflow's Journey Maps step already checks `folder` (relative to the repository
 * root, with / separators): some step of the action has a `paths:` entry (default `.`) that is
 * the folder or a folder above it, with no hidden folder, node_modules or out between (the
 * search skips those), or a glob matching the folder or a map in it. False when the text is
 * not a workflow this can read.
 */
export function workflowChecksFolder(workflowText: string, folder: string): boolean {
    const document = parseDocument(workflowText);
    if (document.errors.length > 0) return false;
    return actionPathInputs(document.toJS()).some(input => input.split(/\r?\n/).map(p => p.trim()).filter(Boolean)
        .some(entry => entryCovers(entry, folder)));
}

/** The `paths:` input of every step that uses the action; `.` where a step leaves it out. */
function actionPathInputs(workflow: unknown): string[] {
    const jobs = record(record(workflow)?.jobs);
    return Object.values(jobs ?? {}).flatMap(job => {
        const steps = record(job)?.steps;
        return Array.isArray(steps) ? steps : [];
    }).flatMap(step => {
        const fields = record(step);
        if (typeof fields?.uses !== 'string' || !ACTION_USES.test(fields.uses.trim())) return [];
        const paths = record(fields.with)?.paths;
        return [paths === undefined || paths === null || paths === '' ? '.' : String(paths)];
    });
}

function entryCovers(entry: string, folder: string): boolean {
    if (isDynamicPattern(entry)) {
        const matches = picomatch(entry);
        return matches(folder) || matches(path.posix.join(folder, 'people.journey'));
    }
    const base = path.posix.normalize(entry).replace(/\/+$/, '') || '.';
    if (base === folder) return true;
    const below = path.posix.relative(base, folder);
    return below !== '' && below !== '..' && !below.startsWith('../') && !path.posix.isAbsolute(below) && !below.split('/').some(isSkippedFolder);
}

function record(value: unknown): Record<string, unknown> | undefined {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
}
