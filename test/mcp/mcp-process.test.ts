// `journey mcp` as a process: standard output carries JSON-RPC and nothing else, it stops when
// the client closes standard input, and a folder it cannot serve is one line on stderr, exit 2.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { plainEnv, repoRoot } from '../cli/journey-cli.js';
import { assertBuilt, bin, copyOf } from './mcp-client.js';

const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

const requests = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'list_journeys', arguments: {} } },
    { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'list_gaps', arguments: { severity: 'warning' } } },
    { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'render_svg', arguments: { journey: 'Nobody' } } },
];

interface Session { stdout: string; stderr: string; status: number | null }

/** Writes the requests to `journey mcp <folder>`, waits for the answer to `lastId`, then closes standard input. */
async function session(folder: string, sent: object[], lastId: number): Promise<Session> {
    const child = spawn(process.execPath, [bin, 'mcp', folder], { cwd: folder, env: plainEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    try {
        for (const request of sent) child.stdin.write(`${JSON.stringify(request)}\n`);
        // The answers come in order: the last request's answer means every answer is in.
        await new Promise<void>((resolve, reject) => {
            const poll = setInterval(() => {
                if (stdout.includes(`"id":${lastId}`)) { clearInterval(poll); resolve(); }
                if (child.exitCode !== null) { clearInterval(poll); reject(new Error(`exited: ${stderr}`)); }
            }, 50);
        });
        child.stdin.end();
        return { stdout, stderr, status: await exited };
    } finally {
        clearTimeout(timer);
        child.kill();
    }
}

test('nothing but JSON-RPC on standard output; exit 0 when the client closes standard input', async () => {
    assertBuilt();
    const folder = copyOf(path.join(repoRoot, 'examples'));
    folders.push(folder);
    const { stdout, stderr, status } = await session(folder, requests, 5);
    expect(status).toBe(0);
    const lines = stdout.split('\n').filter(line => line !== '');
    const messages = lines.map(line => JSON.parse(line) as { jsonrpc: string; id?: number; result?: { isError?: boolean; structuredContent?: unknown } });
    expect(messages.every(m => m.jsonrpc === '2.0')).toBe(true);
    expect(messages.map(m => m.id)).toEqual([1, 2, 3, 4, 5]);
    expect(messages[2].result?.structuredContent).toBeDefined();
    expect(messages[4].result?.isError).toBe(true);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stderr).toBe('');
});

test('a folder that is not there, or a file, is one line on stderr and exit 2, with nothing on stdout', () => {
    assertBuilt();
    const folder = copyOf(path.join(repoRoot, 'examples'));
    folders.push(folder);
    for (const [target, reason] of [['no-such-folder', 'no-such-folder: no such file or folder'], ['password-reset.journey', 'password-reset.journey: not a folder']]) {
        const run = spawnSync(process.execPath, [bin, 'mcp', target], { cwd: folder, encoding: 'utf8', input: '', timeout: 30_000, env: plainEnv() });
        expect(run.status, target).toBe(2);
        expect(run.stdout, target).toBe('');
        expect(run.stderr.split('\n').filter(Boolean), target).toHaveLength(1);
        expect(run.stderr, target).toContain(`journey: ${reason}`);
    }
});

test('a journey.config.json it cannot read stops it before it starts: file:line:col on stderr, exit 2', () => {
    assertBuilt();
    const folder = copyOf(path.join(repoRoot, 'examples'));
    folders.push(folder);
    fs.writeFileSync(path.join(folder, 'journey.config.json'), '{ "rules": { "missing-owner": "loud" } }\n');
    const run = spawnSync(process.execPath, [bin, 'mcp', '.'], { cwd: folder, encoding: 'utf8', input: '', timeout: 30_000, env: plainEnv() });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^journey: journey\.config\.json:1:\d+: 'loud' is not a severity/);
});

test('a folder without maps yet is served, with no journeys', async () => {
    assertBuilt();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-mcp-empty-'));
    folders.push(folder);
    const { stdout, status } = await session(folder, [requests[0], requests[1], requests[3]], 3);
    expect(status).toBe(0);
    const answer = stdout.split('\n').filter(Boolean).map(line => JSON.parse(line) as { id?: number; result?: { structuredContent?: { journeys: unknown[] } } }).find(m => m.id === 3);
    expect(answer?.result?.structuredContent?.journeys).toEqual([]);
});
