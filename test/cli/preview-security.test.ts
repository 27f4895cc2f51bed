import { describe, expect, test } from 'vitest';
import { acceptsHost, hostOfHeader, isLoopbackName, pageCsp } from '../../src/cli/preview-security.js';

describe('isLoopbackName', () => {
    test.each(['localhost', 'LOCALHOST', 'localhost.', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1'])('%s is loopback', name => {
        expect(isLoopbackName(name)).toBe(true);
    });
    test.each(['localhost.evil.com', 'evil-localhost', '128.0.0.1', '0.0.0.0', '::', '10.0.0.1', 'example.com', '127.0.0.1.nip.io'])('%s is not', name => {
        expect(isLoopbackName(name)).toBe(false);
    });
});

describe('hostOfHeader', () => {
    test.each([
        ['localhost:4173', 'localhost'],
        ['127.0.0.1', '127.0.0.1'],
        ['[::1]:4173', '::1'],
        ['[::1]', '::1'],
        ['Example.COM:80', 'example.com'],
    ])('%s → %s', (header, host) => expect(hostOfHeader(header)).toBe(host));
    test.each(['', 'a b', 'localhost:99999999', '[::1', '[evil.com]:80', 'user@localhost', 'localhost/x', 'localhost:80:80'])('%j is malformed', header => {
        expect(hostOfHeader(header)).toBeUndefined();
    });
});

describe('acceptsHost', () => {
    const loopback = { bind: '127.0.0.1', allowed: [] };
    test('bound to loopback: only loopback names, whatever the port', () => {
        for (const header of ['127.0.0.1:4173', 'localhost:1', 'localhost', '[::1]:4173', 'x.localhost:4173']) expect(acceptsHost(header, loopback)).toBe(true);
        for (const header of ['evil.example:4173', 'rebind.127.0.0.1.nip.io:4173', '192.0.2.2:4173', '', undefined, 'localhost.evil.example']) expect(acceptsHost(header, loopback)).toBe(false);
    });
    test('--allow-host adds a name, in any case, with a trailing dot or not', () => {
        const policy = { bind: '127.0.0.1', allowed: ['preview.example.test'] };
        expect(acceptsHost('Preview.Example.Test:8080', policy)).toBe(true);
        expect(acceptsHost('preview.example.test.', policy)).toBe(true);
        expect(acceptsHost('other.example.test', policy)).toBe(false);
    });
    test('beyond loopback: IP literals too (they cannot be rebound), names still only when allowed', () => {
        const network = { bind: '0.0.0.0', allowed: ['buildbox'] };
        for (const header of ['192.0.2.2:4173', '[2001:db8::1]:4173', 'buildbox:4173', 'localhost:4173']) expect(acceptsHost(header, network)).toBe(true);
        expect(acceptsHost('evil.example:4173', network)).toBe(false);
    });
});

test('the page policy: a nonce for scripts, nothing from elsewhere; frame-ancestors only in the header', () => {
    expect(pageCsp('abc')).toBe("default-src 'none'; script-src 'nonce-abc'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(pageCsp('abc', 'meta')).not.toContain('frame-ancestors');
});
