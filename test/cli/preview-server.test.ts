/**
 * `journey preview` as an attacker meets it: the built CLI's server, spoken to in raw HTTP
 * (so that nothing normalises the path or sets the Host header for us).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { tempFolder } from './journey-cli.js';
import { startServing } from './served-process.js';

const MAP = 'persona Alex\nstakeholder Desk\nchannel Phone\njourney Reset "Password reset" {\n  persona Alex\n  stage S {\n    touchpoint Call "Calls the desk" { channel Phone owner Desk emotion 2 }\n  }\n}\n';
const SECRET = 'the secret in a file beside the map';

const folders: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

interface Preview { port: number; url: string; stderr: () => string }

async function startPreview(args: string[] = []): Promise<Preview> {
    const dir = tempFolder({ 'maps/reset.journey': MAP, 'secret.txt': SECRET, 'maps/journey.config.json': '{}\n' });
    folders.push(dir);
    const served = await startServing(['preview', 'reset.journey', '--port', '0', ...args], { cwd: path.join(dir, 'maps') });
    children.push(served.child);
    return served;
}

interface RawResponse { status: number; headers: Record<string, string>; body: string }

/** Sends `request` as written, byte for byte, and reads the whole answer (the server closes it). */
function raw(port: number, request: string, address = '127.0.0.1'): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
        const socket = net.connect({ port, host: address });
        let data = '';
        socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
        socket.on('connect', () => socket.write(request));
        socket.on('data', chunk => { data += chunk; });
        socket.on('error', reject);
        socket.on('end', () => {
            const [head, ...rest] = data.split('\r\n\r\n');
            const [statusLine, ...lines] = head.split('\r\n');
            const headers: Record<string, string> = {};
            for (const line of lines) {
                const colon = line.indexOf(':');
                headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
            }
            resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
        });
    });
}

const get = (port: number, target: string, host = `127.0.0.1:${port}`, address?: string) =>
    raw(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, address);

describe('journey preview on loopback (the default)', () => {
    test('listens on 127.0.0.1 only: another address of this machine is refused', async () => {
        const preview = await startPreview();
        expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
        expect((await get(preview.port, '/')).status).toBe(200);
        const outside = Object.values(os.networkInterfaces()).flat().find(a => a && !a.internal && a.family === 'IPv4');
        if (outside) await expect(get(preview.port, '/', `${outside.address}:${preview.port}`, outside.address)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
        await expect(get(preview.port, '/', `[::1]:${preview.port}`, '::1')).rejects.toMatchObject({ code: expect.stringMatching(/ECONNREFUSED|EADDRNOTAVAIL/) });
    });

    test.each([
        '/../secret.txt',
        '/../../../../etc/passwd',
        '/%2e%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
        '/..%2fsecret.txt',
        '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
        '/..%5csecret.txt',
        '/%252e%252e%252fsecret.txt',
        '/./../secret.txt',
        '//etc/passwd',
        '/reset.journey',
        '/journey.config.json',
        '/maps/reset.journey',
        '/state/../../secret.txt',
        '/map.svg/../../secret.txt',
        'secret.txt',
        'http://127.0.0.1/../secret.txt',
    ])('%s: not found, and nothing from disk', async target => {
        const preview = await startPreview();
        const answer = await get(preview.port, target);
        // Node itself answers 400 to a target that is neither a path nor a URL.
        expect(answer.status).toBe(target === 'secret.txt' ? 400 : 404);
        if (answer.status === 404) expect(answer.body).toBe('not found\n');
        expect(answer.body).not.toContain(SECRET);
        expect(answer.body).not.toContain('persona Alex');
    });

    test('every answer carries a Content-Security-Policy and the other security headers; the page runs only its nonce', async () => {
        const preview = await startPreview();
        for (const target of ['/', '/state', '/map.svg', '/nothing']) {
            const answer = await get(preview.port, target);
            expect(answer.headers['x-content-type-options'], target).toBe('nosniff');
            expect(answer.headers['referrer-policy'], target).toBe('no-referrer');
            expect(answer.headers['x-frame-options'], target).toBe('DENY');
            const csp = answer.headers['content-security-policy'];
            expect(csp, target).toMatch(/^default-src 'none';/);
            expect(csp, target).toContain("frame-ancestors 'none'");
            expect(csp, target).not.toContain('unsafe-eval');
            expect(csp, target).not.toMatch(/script-src[^;]*'unsafe-inline'/);
            if (target === '/') {
                const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
                expect(answer.body).toContain(`<script nonce="${nonce}">`);
                expect(answer.body.match(/<script/g)).toHaveLength(1);
            } else {
                expect(csp, target).not.toContain('script-src');
            }
        }
        const svg = await get(preview.port, '/map.svg');
        expect([svg.status, svg.headers['content-type']]).toEqual([200, 'image/svg+xml; charset=utf-8']);
        const first = /script-src 'nonce-([^']+)'/.exec((await get(preview.port, '/')).headers['content-security-policy'])![1];
        const second = /script-src 'nonce-([^']+)'/.exec((await get(preview.port, '/')).headers['content-security-policy'])![1];
        expect(first).not.toBe(second);
        expect(Buffer.from(first, 'base64')).toHaveLength(16);
    });

    test.each([
        ['a rebound name', 'evil.example:PORT'],
        ['a name that rebinds to 127.0.0.1', '127.0.0.1.nip.io:PORT'],
        ['a name that only starts like localhost', 'localhost.evil.example:PORT'],
        ['a malformed header', 'localhost:PORT:PORT'],
    ])('a request for %s (DNS rebinding) is refused with 403 and a reason', async (_case, host) => {
        const preview = await startPreview();
        for (const target of ['/', '/state', '/map.svg', '/events']) {
            const answer = await get(preview.port, target, host.replace(/PORT/g, String(preview.port)));
            expect(answer.status, target).toBe(403);
            expect(answer.body).toMatch(/^journey preview answers only requests for localhost or 127\.0\.0\.1 \(this one was for host '.+'\); to allow another name, start it with --allow-host <name>\n$/);
            expect(answer.body).not.toContain('Calls the desk');
            expect(answer.headers['content-security-policy']).toMatch(/^default-src 'none'/);
        }
        expect(preview.stderr()).toContain('journey preview: refused a request for host');
    });

    test('no Host header at all (HTTP/1.0) is refused too', async () => {
        const preview = await startPreview();
        const answer = await raw(preview.port, 'GET /state HTTP/1.0\r\n\r\n');
        expect(answer.status).toBe(403);
        expect(answer.body).toContain('(this one was for host none)');
    });

    test('loopback names are answered, whatever the port in the header', async () => {
        const preview = await startPreview();
        for (const host of [`localhost:${preview.port}`, 'localhost', `127.0.0.1:${preview.port}`, `127.0.0.2:80`, `[::1]:${preview.port}`, `dev.localhost:${preview.port}`]) {
            const answer = await get(preview.port, '/state', host);
            expect(answer.status, host).toBe(200);
            expect(JSON.parse(answer.body)).toMatchObject({ journeys: ['Reset'] });
        }
    });

    test('--allow-host answers one more name', async () => {
        const preview = await startPreview(['--allow-host', 'preview.example.test', '--allow-host', 'other.example.test']);
        expect((await get(preview.port, '/state', `preview.example.test:${preview.port}`)).status).toBe(200);
        expect((await get(preview.port, '/state', 'other.example.test')).status).toBe(200);
        expect((await get(preview.port, '/state', 'evil.example')).status).toBe(403);
    });

    test('only GET and HEAD', async () => {
        const preview = await startPreview();
        for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
            const answer = await raw(preview.port, `${method} /state HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
            expect([answer.status, answer.headers.allow], method).toEqual([405, 'GET, HEAD']);
        }
        const head = await raw(preview.port, 'HEAD /map.svg HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
        expect([head.status, head.body]).toEqual([200, '']);
    });
});

describe('journey preview --host 0.0.0.0 (beyond loopback, as in a container)', () => {
    test('answers IP literals and this machine\'s name, still refuses a rebound name', async () => {
        const preview = await startPreview(['--host', '0.0.0.0']);
        await expect.poll(preview.stderr).toContain('warning: listening on 0.0.0.0, not on loopback');
        const outside = Object.values(os.networkInterfaces()).flat().find(a => a && !a.internal && a.family === 'IPv4');
        if (outside) expect((await get(preview.port, '/state', `${outside.address}:${preview.port}`, outside.address)).status).toBe(200);
        expect((await get(preview.port, '/state', `${os.hostname()}:${preview.port}`)).status).toBe(200);
        expect((await get(preview.port, '/state', `evil.example:${preview.port}`)).status).toBe(403);
    });
});
