import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { serveMcp } from '../mcp/main.js';
import { CliError, describeIoError } from './cli-error.js';
import { localeOption } from './locale-option.js';

export interface McpCommandOptions {
    config?: string;
    locale?: string;
}

/**
 * `journey mcp`: an MCP server on stdio for the folder's maps. The server and the MCP SDK are
 * a bundle of their own (out/cli/mcp.cjs, beside this one), loaded only here: the SDK is
 * larger than the rest of the CLI, which every other command starts without.
 */
export async function runMcp(folder: string, options: McpCommandOptions): Promise<number> {
    const root = path.resolve(folder);
    const stat = await fs.stat(root).catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`${folder}: ${describeIoError(error)}`);
    });
    if (!stat.isDirectory()) throw new CliError(`${folder}: not a folder (journey mcp serves a folder of .journey files)`);
    return (await loadServer())({ root, config: options.config, locale: localeOption(options.locale) });
}

async function loadServer(): Promise<typeof serveMcp> {
    const bundle = fileURLToPath(new URL('./mcp.cjs', import.meta.url));
    if (!await fs.access(bundle).then(() => true, () => false)) throw new CliError(`the MCP server is not built (${bundle} is missing); run npm run build`);
    return (createRequire(import.meta.url)(bundle) as { serveMcp: typeof serveMcp }).serveMcp;
}
