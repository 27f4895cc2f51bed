import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { CliError } from './cli-error.js';
import { openInDefaultApp } from './open-in-default-app.js';
import { acceptsHost, DATA_CSP, isLoopbackName, securityHeaders, type HostPolicy } from './preview-security.js';

const PORT_TRIES = 20;

/**
 * What `journey preview` and `journey playground` share as local servers: the answer with the
 * security headers, the Host check against DNS rebinding, the port search and the printed URL.
 */

/** Every answer carries the security headers; a page's CSP allows its own script, the rest allow no script at all. */
export function answer(response: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}, csp = DATA_CSP): void {
    response.writeHead(status, { ...securityHeaders(csp), 'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store', ...extra });
    response.end(response.req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers 403 (and says so on stderr) when the request is for a host that is not answered;
 * true when it did, and the request is done with.
 */
export function refusedHost(command: string, request: IncomingMessage, response: ServerResponse, policy: HostPolicy): boolean {
    if (acceptsHost(request.headers.host, policy)) return false;
    const name = request.headers.host ? `'${request.headers.host}'` : 'none';
    process.stderr.write(`journey ${command}: refused a request for host ${name.slice(0, 200)}: only loopback names are answered (pass --allow-host to add one)\n`);
    answer(response, 403, 'text/plain; charset=utf-8', `journey ${command} answers only requests for localhost or 127.0.0.1 (this one was for host ${name}); to allow another name, start it with --allow-host <name>\n`);
    return true;
}

/** The host part of the URL to print: brackets for IPv6; for "every address", the loopback one works on this machine. */
export function urlHost(host: string): string {
    if (host === '0.0.0.0') return '127.0.0.1';
    if (host === '::') return '[::1]';
    return host.includes(':') ? `[${host}]` : host;
}

/** Listens on `host`, on the given port or the next free one (port 0: any free port). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
    for (let attempt = 0; attempt < PORT_TRIES; attempt++) {
        const tryPort = port === 0 ? 0 : port + attempt;
        const result = await new Promise<number | 'in-use'>((resolve, reject) => {
            const onError = (error: NodeJS.ErrnoException) => {
                if (error.code === 'EADDRINUSE') resolve('in-use');
                else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') reject(new CliError(`--host: cannot listen on '${host}': not an address of this machine`));
                else reject(error);
            };
            server.once('error', onError);
            server.listen(tryPort, host, () => {
                server.off('error', onError);
                const address = server.address();
                resolve(typeof address === 'object' && address ? address.port : tryPort);
            });
        });
        if (result !== 'in-use') return result;
    }
    throw new CliError(`ports ${port} to ${port + PORT_TRIES - 1} are all in use; pass --port`);
}

export interface Announcement {
    /** The command's name in messages: `preview`, `playground`. */
    command: string;
    /** The first words of the line with the URL, e.g. "Journey Maps playground". */
    heading: string;
    /** What is served, for the warning beyond loopback: "the map", "the page". */
    what: string;
    host: string;
    /** The port asked for, and the one listened on. */
    requested: number;
    port: number;
    open?: boolean;
}

/**
 * Prints where the server listens (and why not on the port asked for), warns when it serves
 * beyond loopback, and opens the browser when asked. Returns the URL.
 */
export async function announce(a: Announcement): Promise<string> {
    const url = `http://${urlHost(a.host)}:${a.port}/`;
    if (a.requested !== 0 && a.port !== a.requested) process.stderr.write(`journey ${a.command}: port ${a.requested} is in use; serving on ${a.port}\n`);
    process.stdout.write(`${a.heading}: ${url} (Ctrl+C to stop)\n`);
    if (!isLoopbackName(a.host)) {
        process.stderr.write(`journey ${a.command}: warning: listening on ${a.host}, not on loopback: ${a.what} is served to the network, to anyone who can reach port ${a.port} of this machine\n`);
    }
    if (a.open) {
        const note = await openInDefaultApp(url);
        if (note) process.stderr.write(`journey ${a.command}: note: ${note}\n`);
    }
    return url;
}
