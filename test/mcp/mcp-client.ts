// `journey mcp` as an MCP client starts it: the built CLI in a child process, spoken to over
// stdio by the SDK's own client.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plainEnv, repoRoot } from '../cli/journey-cli.js';

export const bin = path.join(repoRoot, 'bin', 'journey.cjs');

export interface Served {
    client: Client;
    stderr: () => string;
    call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
    close(): Promise<void>;
}

export function assertBuilt(): void {
    for (const bundle of ['main.cjs', 'mcp.cjs']) {
        if (!fs.existsSync(path.join(repoRoot, 'out', 'cli', bundle))) throw new Error(`out/cli/${bundle} is missing: run npm run build before the MCP tests`);
    }
}

/** Starts `journey mcp <folder> <args>` and connects to it. */
export async function serve(folder: string, args: string[] = []): Promise<Served> {
    assertBuilt();
    const transport = new StdioClientTransport({
        command: process.execPath, args: [bin, 'mcp', folder, ...args], cwd: folder, stderr: 'pipe',
        env: plainEnv() as Record<string, string>,
    });
    let stderr = '';
    transport.stderr?.on('data', chunk => { stderr += chunk; });
    const client = new Client({ name: 'journey-maps-tests', version: '1.0.0' });
    await client.connect(transport);
    return {
        client,
        stderr: () => stderr,
        call: async (name, args = {}) => await client.callTool({ name, arguments: args }) as CallToolResult,
        close: () => client.close(),
    };
}

/** A copy of a folder of maps in the system's temporary folder, to edit freely. */
export function copyOf(folder: string): string {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-mcp-'));
    fs.cpSync(folder, copy, { recursive: true });
    return copy;
}

/** The first text block of a tool's answer. */
export function textOf(result: CallToolResult): string {
    const block = result.content.find(c => c.type === 'text');
    if (!block || block.type !== 'text') throw new Error(`no text in ${JSON.stringify(result)}`);
    return block.text;
}
