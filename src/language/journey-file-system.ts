import { promises as fs } from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { FileSystemNode } from 'langium';
import { stripBom } from './source-text.js';

/**
 * The language server's view of the disk: like Langium's, but a byte-order mark is dropped
 * (editors hide it, so positions on line 1 must not count it) and a symbolic link to a map
 * or a folder is followed, as the CLI does.
 */
export class JourneyFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return stripBom(await super.readFile(uri));
    }

    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await super.readDirectory(uri);
        return Promise.all(entries.map(async entry => {
            if (entry.isFile || entry.isDirectory) return entry;
            const stat = await fs.stat(entry.uri.fsPath).catch(() => undefined);
            return stat ? { ...entry, isFile: stat.isFile(), isDirectory: stat.isDirectory() } : entry;
        }));
    }
}

export const JourneyFileSystem = {
    fileSystemProvider: () => new JourneyFileSystemProvider(),
};
