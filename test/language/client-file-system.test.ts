// The web worker's file system (src/language/client-file-system.ts): every read is a request to
// the client, answered here by a fake connection over an in-memory folder, as the web extension
// answers it with vscode.workspace.fs (src/extension/workspace-files.ts).
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { ClientFileSystemProvider } from '../../src/language/client-file-system.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import type { FileEntry } from '../../src/protocol/journey-protocol.js';

const FILES: Record<string, string> = {
    'vscode-vfs://github/team/maps/shared.journey': '\uFEFFpersona Alex\nstakeholder Desk\nchannel Phone\n',
    'vscode-vfs://github/team/maps/maps/reset.journey': 'journey Reset "Password reset" {\n  persona Alex\n  outcome "Back to work"\n  stage Seek "Seeks help" {\n    touchpoint Call "Calls the desk" { channel Phone owner Desk emotion 2 }\n  }\n}\n',
    'vscode-vfs://github/team/maps/notes.txt': 'not a map',
};
const FOLDERS = ['vscode-vfs://github/team/maps', 'vscode-vfs://github/team/maps/maps'];

function fakeClient() {
    const requests: string[] = [];
    const entry = (uri: string): FileEntry | null => uri in FILES ? { uri, isFile: true, isDirectory: false }
        : FOLDERS.includes(uri.replace(/\/$/, '')) ? { uri, isFile: false, isDirectory: true } : null;
    const connection = {
        async sendRequest(method: string, params: { uri: string }) {
            requests.push(`${method} ${params.uri}`);
            const uri = params.uri.replace(/\/$/, '');
            if (method === 'journey/fs/readFile') {
                if (!(uri in FILES)) throw new Error(`${uri}: not found`);
                return FILES[uri];
            }
            if (method === 'journey/fs/stat') return entry(uri);
            if (method === 'journey/fs/readDirectory') {
                const children = [...Object.keys(FILES), ...FOLDERS].filter(c => c !== uri && c.startsWith(`${uri}/`) && !c.slice(uri.length + 1).includes('/'));
                return children.map(c => entry(c));
            }
            throw new Error(`unexpected request ${method}`);
        },
    } as unknown as Connection;
    return { connection, requests };
}

describe('ClientFileSystemProvider', () => {
    test('reads files and folders through the client, without the byte-order mark', async () => {
        const { connection, requests } = fakeClient();
        const fs = new ClientFileSystemProvider(connection);
        expect(await fs.readFile(URI.parse('vscode-vfs://github/team/maps/shared.journey'))).toBe('persona Alex\nstakeholder Desk\nchannel Phone\n');
        const entries = await fs.readDirectory(URI.parse('vscode-vfs://github/team/maps'));
        expect(entries.map(e => [e.uri.toString(), e.isFile, e.isDirectory]).sort()).toEqual([
            ['vscode-vfs://github/team/maps/maps', false, true],
            ['vscode-vfs://github/team/maps/notes.txt', true, false],
            ['vscode-vfs://github/team/maps/shared.journey', true, false],
        ]);
        expect(await fs.exists(URI.parse('vscode-vfs://github/team/maps/notes.txt'))).toBe(true);
        expect(await fs.exists(URI.parse('vscode-vfs://github/team/maps/missing.journey'))).toBe(false);
        await expect(fs.stat(URI.parse('vscode-vfs://github/team/maps/missing.journey'))).rejects.toThrow('vscode-vfs://github/team/maps/missing.journey: no such file or folder');
        expect((await fs.stat(URI.parse('vscode-vfs://github/team/maps/maps'))).isDirectory).toBe(true);
        expect(new TextDecoder().decode(await fs.readBinary(URI.parse('vscode-vfs://github/team/maps/notes.txt')))).toBe('not a map');
        expect(requests).toContain('journey/fs/readFile vscode-vfs://github/team/maps/shared.journey');
    });

    test('has no synchronous reads: a web worker cannot wait for the client', () => {
        const fs = new ClientFileSystemProvider(fakeClient().connection);
        expect(() => fs.readFileSync()).toThrow(/asynchronously/);
        expect(() => fs.readDirectorySync()).toThrow(/asynchronously/);
        expect(fs.existsSync()).toBe(false);
    });

    test('a workspace loaded through it links a map to the declarations of a file that is not open', async () => {
        const { connection, requests } = fakeClient();
        const services = createJourneyServices({ fileSystemProvider: () => new ClientFileSystemProvider(connection) });
        const { WorkspaceManager, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        await WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: 'vscode-vfs://github/team/maps' }]);
        const documents = LangiumDocuments.all.toArray();
        expect(documents.map(d => d.uri.toString()).sort()).toEqual(['vscode-vfs://github/team/maps/maps/reset.journey', 'vscode-vfs://github/team/maps/shared.journey']);
        await DocumentBuilder.build(documents, { validation: true });
        const reset = documents.find(d => d.uri.path.endsWith('reset.journey'))!;
        expect((reset.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
        expect(services.Journey.gaps.Analysis.getModel().journeys.map(j => j.name)).toEqual(['Reset']);
        expect(requests.some(r => r.startsWith('journey/fs/readDirectory vscode-vfs://github/team/maps/maps'))).toBe(true);
    });
});

describe('FileSystemByScheme (the desktop server)', () => {
    test('reads file: URIs from the disk and every other scheme through the client', async () => {
        const { FileSystemByScheme } = await import('../../src/language/file-system-by-scheme.js');
        const { JourneyFileSystemProvider } = await import('../../src/language/journey-file-system.js');
        const { connection, requests } = fakeClient();
        const fs = new FileSystemByScheme(new JourneyFileSystemProvider(), new ClientFileSystemProvider(connection));
        const here = URI.file(__filename);
        expect(await fs.readFile(here)).toContain('FileSystemByScheme (the desktop server)');
        expect(await fs.readFile(URI.parse('vscode-vfs://github/team/maps/shared.journey'))).toContain('persona Alex');
        expect(requests).toEqual(['journey/fs/readFile vscode-vfs://github/team/maps/shared.journey']);
    });
});
