import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli/cli-error.js';
import { collectJourneyFiles } from '../cli/collect-files.js';
import { openWorkspace } from '../cli/open-workspace.js';
import type { Locale } from '../i18n/locales.js';
import { CONFIG_FILE_NAME } from '../model/gap-config.js';
import { JOURNEY_EXTENSION } from '../language/workspace-folders.js';
import { emptySnapshot, snapshotOf, type WorkspaceSnapshot } from './workspace-snapshot.js';

export interface WorkspaceCacheOptions {
    /** --config: a settings file instead of the nearest journey.config.json. */
    config?: string;
    /** --locale: the language of the gap messages (over journey.config.json's `locale`). */
    locale?: Locale;
}

/**
 * The served folder, read again whenever one of its maps or settings files has changed since
 * the last call (an assistant edits the maps between calls), else the last reading. Calls are
 * answered one after another, so that two at once read the folder once.
 */
export class WorkspaceCache {
    private fingerprint?: string;
    private snapshot?: WorkspaceSnapshot;
    private queue: Promise<unknown> = Promise.resolve();

    constructor(readonly root: string, private readonly options: WorkspaceCacheOptions = {}) {}

    current(): Promise<WorkspaceSnapshot> {
        const next = this.queue.then(() => this.refresh());
        this.queue = next.catch(() => undefined);
        return next;
    }

    private async refresh(): Promise<WorkspaceSnapshot> {
        const files = await this.journeyFiles();
        const fingerprint = await this.fingerprintOf(files);
        if (this.snapshot && fingerprint === this.fingerprint) return this.snapshot;
        const snapshot = files.length === 0 ? emptySnapshot(this.root, this.options.locale ?? 'en')
            : snapshotOf(this.root, await openWorkspace([this.root], this.options.config, undefined, undefined, this.options.locale));
        this.snapshot = snapshot;
        this.fingerprint = fingerprint;
        return snapshot;
    }

    /** The folder's maps; none is not an error here: the assistant may be about to write the first. */
    private async journeyFiles(): Promise<string[]> {
        try {
            return (await collectJourneyFiles([this.root])).targets;
        } catch (error) {
            if (error instanceof CliError && error.message.startsWith(`no ${JOURNEY_EXTENSION} files found`)) return [];
            throw error;
        }
    }

    /** Each map's and each settings file's path, size and modification time: any edit changes it. */
    private async fingerprintOf(files: string[]): Promise<string> {
        const settings = this.options.config ? [path.resolve(this.options.config)] : ancestors(this.root).map(folder => path.join(folder, CONFIG_FILE_NAME));
        const stamps = await Promise.all([...files, ...settings].map(async file => {
            const stat = await fs.stat(file).catch(() => undefined);
            return stat ? `${file}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}` : `${file}\0-`;
        }));
        return stamps.join('\n');
    }
}

function ancestors(folder: string): string[] {
    const folders = [folder];
    for (let parent = path.dirname(folder); parent !== folders[folders.length - 1]; parent = path.dirname(parent)) folders.push(parent);
    return folders;
}
