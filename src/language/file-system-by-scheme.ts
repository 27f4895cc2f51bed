import type { FileSystemNode, FileSystemProvider, URI } from 'langium';

/**
 * The desktop language server's files: `file:` URIs from the disk, any other scheme (a
 * virtual workspace, such as a GitHub repository opened without a clone) through the client,
 * which can read whatever VS Code can.
 */
export class FileSystemByScheme implements FileSystemProvider {
    constructor(private readonly disk: FileSystemProvider, private readonly client: FileSystemProvider) {}

    private for(uri: URI): FileSystemProvider {
        return uri.scheme === 'file' ? this.disk : this.client;
    }

    stat(uri: URI): Promise<FileSystemNode> { return this.for(uri).stat(uri); }
    statSync(uri: URI): FileSystemNode { return this.for(uri).statSync(uri); }
    exists(uri: URI): Promise<boolean> { return this.for(uri).exists(uri); }
    existsSync(uri: URI): boolean { return this.for(uri).existsSync(uri); }
    readBinary(uri: URI): Promise<Uint8Array> { return this.for(uri).readBinary(uri); }
    readBinarySync(uri: URI): Uint8Array { return this.for(uri).readBinarySync(uri); }
    readFile(uri: URI): Promise<string> { return this.for(uri).readFile(uri); }
    readFileSync(uri: URI): string { return this.for(uri).readFileSync(uri); }
    readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.for(uri).readDirectory(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] { return this.for(uri).readDirectorySync(uri); }
}
