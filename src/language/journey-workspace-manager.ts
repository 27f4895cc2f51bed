import { DefaultWorkspaceManager, UriUtils, type FileSystemNode, type WorkspaceFolder } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isSkippedFolder } from './workspace-folders.js';

/**
 * Indexes the same folders as `journey check` (see workspace-folders.ts), validates them all
 * at start-up, and lets other services finish loading (the gap settings) before that first
 * build, so that the first diagnostics a client sees are already the right ones.
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly beforeFirstBuild: (() => Promise<void>)[] = [];

    // Validate every map on start-up, not only opened ones: gaps are a workspace-wide view,
    // and the Problems panel should show them for maps nobody has opened yet.
    override initialBuildOptions = { validation: true };

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory && isSkippedFolder(UriUtils.basename(entry.uri))) return false;
        return super.shouldIncludeEntry(entry);
    }

    /** Runs `task` before the workspace is first built. */
    whenStarting(task: () => Promise<void>): void {
        this.beforeFirstBuild.push(task);
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await Promise.all(this.beforeFirstBuild.map(task => task().catch(error => console.error(error))));
        await super.initializeWorkspace(folders, cancelToken);
    }
}
