import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FileEntry, type FileParams } from '../protocol/journey-protocol.js';

/**
 * Answers the language server's file requests (src/language/client-file-system.ts) with
 * `vscode.workspace.fs`, which reads whatever the workspace is: a GitHub repository in
 * github.dev or in a virtual workspace on the desktop, a local folder opened in vscode.dev, a
 * test folder in @vscode/test-web. The web worker reads every file this way; the desktop
 * server only what is not on disk.
 */
export function serveWorkspaceFiles(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    const decoder = new TextDecoder('utf-8');
    context.subscriptions.push(
        client.onRequest(ReadFileRequest.method, async ({ uri }: FileParams) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)))),
        client.onRequest(ReadDirectoryRequest.method, async ({ uri }: FileParams): Promise<FileEntry[]> => {
            const folder = vscode.Uri.parse(uri);
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.map(([name, type]) => entry(vscode.Uri.joinPath(folder, name), type));
        }),
        client.onRequest(StatRequest.method, async ({ uri }: FileParams): Promise<FileEntry | null> => {
            const target = vscode.Uri.parse(uri);
            const stat = await Promise.resolve(vscode.workspace.fs.stat(target)).catch(() => undefined);
            return stat ? entry(target, stat.type) : null;
        }),
    );
}

function entry(uri: vscode.Uri, type: vscode.FileType): FileEntry {
    // A symbolic link carries the type of what it points to as well (FileType is a bit set).
    return { uri: uri.toString(), isFile: (type & vscode.FileType.File) !== 0, isDirectory: (type & vscode.FileType.Directory) !== 0 };
}
