import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { WorkspaceCache } from './workspace-cache.js';

/** `journey://es/restablecimiento-de-contrase%C3%B1a.journey`: a map's path in the served folder, percent-encoded. */
export function journeyUri(file: string): string {
    return `journey://${encodeURI(file)}`;
}

/** The maps' text as resources, one per .journey file of the served folder. */
export function registerJourneyResources(server: McpServer, cache: WorkspaceCache): void {
    const template = new ResourceTemplate('journey://{+path}', {
        list: async () => {
            const { files } = await cache.current();
            return { resources: files.map(file => ({ uri: journeyUri(file), name: file, mimeType: 'text/plain' })) };
        },
    });
    server.registerResource('journey-file', template, {
        title: 'Journey map file',
        description: 'The text of a .journey file of the served folder (the Journey Maps as Code language)',
        mimeType: 'text/plain',
    }, async (uri, variables) => {
        const { files, root } = await cache.current();
        const wanted = decodeURIComponent(String(variables.path));
        // Only the folder's own maps: never a path that climbs out of it.
        if (!files.includes(wanted)) throw new Error(`no .journey file '${wanted}' in the served folder. Files: ${files.join(', ') || 'none'}`);
        const text = await fs.readFile(path.join(root, ...wanted.split('/')), 'utf8');
        return { contents: [{ uri: uri.href, mimeType: 'text/plain', text }] };
    });
}
