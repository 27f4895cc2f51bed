import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FileEntry, type FileParams } from '../protocol/journey-protocol.js';
import { stripBom } from './source-text.js';

const NOT_HERE = 'The language server in the browser reads files only through the editor, asynchronously.';

/**
 * The web worker's view of the workspace: every read is a request to the client, which uses
 * `vscode.workspace.fs` (a GitHub repository in github.dev, the browser's own folders in
 * vscode.dev). Langium asks only for the asynchronous reads.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = await this.connection.sendRequest<FileEntry | null>(StatRequest.method, params(uri));
        if (!entry) throw new Error(`${uri.toString()}: no such file or folder`);
        return node(entry);
    }

    async exists(uri: URI): Promise<boolean> {
        return (await this.connection.sendRequest<FileEntry | null>(StatRequest.method, params(uri))) !== null;
    }

    async readFile(uri: URI): Promise<string> {
        return stripBom(await this.connection.sendRequest<string>(ReadFileRequest.method, params(uri)));
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.connection.sendRequest<FileEntry[]>(ReadDirectoryRequest.method, params(uri));
        return entries.map(node);
    }

    statSync(): FileSystemNode {
        throw new Error(NOT_HERE);
    }

    existsSync(): boolean {
        return false;
    }

    readBinarySync(): Uint8Array {
        throw new Error(NOT_HERE);
    }

    readFileSync(): string {
        throw new Error(NOT_HERE);
    }

    readDirectorySync(): FileSystemNode[] {
        throw new Error(NOT_HERE);
    }
}

function params(uri: URI): FileParams {
    return { uri: uri.toString() };
}

function node(entry: FileEntry): FileSystemNode {
    return { uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory };
}
