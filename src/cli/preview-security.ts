import { isIP } from 'node:net';

/**
 * What `journey preview` asks of every request before it answers, and the headers it sends
 * with every answer. The map text is untrusted (pasted from tickets and interviews), so the
 * page is locked down twice: by escaping in the renderer and by the CSP here.
 */

/**
 * The page's policy: only its own nonce-tagged script runs; it may fetch from its own origin,
 * nothing else. The same policy goes in a <meta> of the page (for a saved copy), less
 * frame-ancestors, which browsers ignore there with a warning.
 */
export function pageCsp(nonce: string, delivery: 'header' | 'meta' = 'header'): string {
    const policy = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'`;
    return delivery === 'header' ? `${policy}; frame-ancestors 'none'` : policy;
}

/** For the SVG, the state and the errors: nothing in them may run, even when opened on their own. */
export const DATA_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function securityHeaders(csp: string): Record<string, string> {
    return {
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
        'x-frame-options': 'DENY',
    };
}

/** 127.0.0.0/8, ::1, localhost and its subdomains (RFC 6761: they always resolve to loopback). */
export function isLoopbackName(host: string): boolean {
    const name = host.toLowerCase().replace(/\.$/, '');
    return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** The host name of a Host header, without its port and IPv6 brackets; undefined if it is not a well-formed one. */
export function hostOfHeader(header: string): string | undefined {
    const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(header);
    if (bracketed) return isIP(bracketed[1]) === 6 ? bracketed[1].toLowerCase() : undefined;
    const plain = /^([A-Za-z0-9.-]+)(?::\d{1,5})?$/.exec(header);
    return plain ? plain[1].toLowerCase() : undefined;
}

export interface HostPolicy {
    /** The address the server listens on. */
    bind: string;
    /** Names given with --allow-host, and, when serving beyond loopback, this machine's own name. */
    allowed: readonly string[];
}

/**
 * Whether a request with this Host header is answered. A page on another site that rebinds its
 * own name to 127.0.0.1 sends that name as Host; refusing every name that is not a loopback one
 * (or one the user allowed) keeps such a page from reading the map. An IP literal cannot be
 * rebound, so beyond loopback any address is accepted.
 */
export function acceptsHost(header: string | undefined, policy: HostPolicy): boolean {
    if (!header) return false;
    const host = hostOfHeader(header);
    if (host === undefined) return false;
    if (isLoopbackName(host)) return true;
    if (policy.allowed.some(name => name.toLowerCase().replace(/\.$/, '') === host.replace(/\.$/, ''))) return true;
    return !isLoopbackName(policy.bind) && isIP(host) !== 0;
}
