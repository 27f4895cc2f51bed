/**
 * `journey playground`: the built CLI serves out/playground/index.html on 127.0.0.1 with the
 * preview's security (loopback Host only, CSP and the other headers), spoken to in raw HTTP.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { journey, repoRoot } from '../cli/journey-cli.js';
import { startServing } from '../cli/served-process.js';

const page = path.join(repoRoot, 'out', 'playground', 'index.html');
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Served { child: ChildProcessWithoutNullStreams; port: number; url: string; stderr: () => string }

async function startPlayground(args: string[] = []): Promise<Served> {
    const served = await startServing(['playground', '--no-open', '--port', '0', ...args], { cwd: repoRoot });
    children.push(served.child);
    // The line a user reads, exactly.
    expect(served.stdout()).toMatch(/^Journey Maps playground: http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl\+C to stop\)$/m);
    return served;
}

interface RawResponse { status: number; headers: Record<string, string>; body: Buffer }

/** Sends `request` byte for byte (nothing normalises the path or the Host) and reads the whole answer. */
function raw(port: number, request: string): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
        const socket = net.connect({ port, host: '127.0.0.1' });
        const chunks: Buffer[] = [];
        socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
        socket.on('connect', () => socket.write(request));
        socket.on('data', chunk => chunks.push(chunk));
        socket.on('error', reject);
        socket.on('end', () => {
            const data = Buffer.concat(chunks);
            const split = data.indexOf('\r\n\r\n');
            const [statusLine, ...lines] = data.subarray(0, split).toString('latin1').split('\r\n');
            const headers: Record<string, string> = {};
            for (const line of lines) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
            resolve({ status: Number(statusLine.split(' ')[1]), headers, body: data.subarray(split + 4) });
        });
    });
}
const request = (port: number, target: string, host = `127.0.0.1:${port}`, method = 'GET') =>
    raw(port, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

describe('journey playground --no-open --port 0', () => {
    test('serves the built page with its own CSP as a header and the security headers; stops on SIGTERM with 0', async () => {
        expect(fs.existsSync(page), 'out/playground/index.html is built (npm run build)').toBe(true);
        const html = fs.readFileSync(page);
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html.toString('utf8'))![1];
        expect(meta).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*'; worker-src blob:; .*connect-src 'none'/);
        const served = await startPlayground();
        for (const target of ['/', '/index.html']) {
            const answer = await request(served.port, target);
            expect(answer.status).toBe(200);
            expect(answer.body.equals(html)).toBe(true);
            expect(answer.headers).toMatchObject({
                'content-security-policy': `${meta}; frame-ancestors 'none'`,
                'content-type': 'text/html; charset=utf-8',
                'x-content-type-options': 'nosniff',
                'referrer-policy': 'no-referrer',
                'x-frame-options': 'DENY',
                'cross-origin-opener-policy': 'same-origin',
            });
        }
        const head = await request(served.port, '/', undefined, 'HEAD');
        expect([head.status, head.body.length]).toEqual([200, 0]);
        const exited = new Promise(resolve => served.child.once('exit', resolve));
        served.child.kill('SIGTERM');
        expect(await exited).toBe(0);
    }, 60_000);

    test('refuses a foreign Host (DNS rebinding) with 403 and a line on stderr; only GET and HEAD; nothing else from disk', async () => {
        const served = await startPlayground();
        const foreign = await request(served.port, '/', `evil.example:${served.port}`);
        expect(foreign.status).toBe(403);
        expect(foreign.body.toString()).not.toContain('<html');
        expect(foreign.headers['content-security-policy']).toContain("default-src 'none'");
        await expect.poll(() => served.stderr()).toContain("journey playground: refused a request for host 'evil.example:");
        expect((await request(served.port, '/', `localhost:${served.port}`)).status).toBe(200);
        expect((await request(served.port, '/', undefined, 'POST')).status).toBe(405);
        for (const target of ['/package.json', '/../package.json', '/%2e%2e/package.json', '/index.html/..', '//etc/passwd']) {
            const answer = await request(served.port, target);
            expect(answer.status, target).toBe(404);
            expect(answer.body.toString()).toBe('not found\n');
        }
    }, 60_000);

    test('a port that is not a number is a usage error in one line (exit 2)', () => {
        const run = journey(['playground', '--no-open', '--port', 'eighty']);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain("--port: 'eighty' is not a port number");
    });
});
