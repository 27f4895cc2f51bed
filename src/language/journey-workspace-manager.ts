import { DefaultWorkspaceManager, UriUtils, type FileSystemNode } from 'langium';
import { isSkippedFolder } from './workspace-folders.js';

/** Indexes the same folders as `journey check` (see workspace-folders.ts). */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory && isSkippedFolder(UriUtils.basename(entry.uri))) return false;
        return super.shouldIncludeEntry(entry);
    }
}
