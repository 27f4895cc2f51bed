import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CliError, ExitCode } from './cli-error.js';
import { announce, answer, listen, refusedHost } from './local-server.js';
import { isLoopbackName, type HostPolicy } from './preview-security.js';

export interface PlaygroundOptions {
    port: number;
    host?: string;
    open?: boolean;
    allowHosts?: string[];
}

/** Beside the CLI bundle: out/cli/main.cjs → out/playground/index.html. */
export function playgroundPagePath(): string {
    return path.join(__dirname, '..', 'playground', 'index.html');
}

/** The page's own policy (its <meta>), sent as a header too, with the framing rule a <meta> cannot carry. */
export function playgroundCsp(html: string): string | undefined {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    return policy && !policy.includes('%') ? `${policy}; frame-ancestors 'none'` : undefined;
}

/**
 * `journey playground`: serves the playground page (the editor and its live map, all in the
 * browser) on 127.0.0.1, with the same Host check and security headers as `journey preview`.
 * The page is static and needs no server; this is for those who want it at a URL.
 */
export async function runPlayground(options: PlaygroundOptions): Promise<number> {
    const file = playgroundPagePath();
    const html = await readFile(file, 'utf8').catch(() => undefined);
    const csp = html === undefined ? undefined : playgroundCsp(html);
    if (html === undefined || csp === undefined) throw new CliError(`${file}: the playground is not built (npm run build:playground builds it)`);
    const host = options.host ?? '127.0.0.1';
    const hostPolicy: HostPolicy = { bind: host, allowed: [...(options.allowHosts ?? []), ...(isLoopbackName(host) ? [] : [os.hostname()])] };

    const server = createServer((request: IncomingMessage, response: ServerResponse) => {
        if (refusedHost('playground', request, response, hostPolicy)) return;
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            return answer(response, 405, 'text/plain; charset=utf-8', 'journey playground: only GET and HEAD\n', { allow: 'GET, HEAD' });
        }
        // One page, nothing else from disk.
        const pathname = (request.url ?? '').split('?')[0];
        if (pathname === '/' || pathname === '/index.html') answer(response, 200, 'text/html; charset=utf-8', html, {}, csp);
        else answer(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    });

    const port = await listen(server, options.port, host);
    await announce({ command: 'playground', heading: 'Journey Maps playground', what: 'the page', host, requested: options.port, port, open: options.open });
    return new Promise(resolve => {
        const stop = () => {
            server.closeAllConnections();
            server.close(() => resolve(ExitCode.Ok));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
}
