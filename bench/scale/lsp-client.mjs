// A minimal LSP client over stdio (vscode-jsonrpc's Content-Length framing) for the benchmarks:
// starts the language server, answers its requests the way an editor with no settings does,
// and records every publishDiagnostics with the time it arrived.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = path.join(REPO, 'bin', 'journey-language-server.cjs');

/** The form of a file URI both sides agree on (Langium encodes some characters, Node others). */
export function uriKey(uri) {
    return decodeURIComponent(uri);
}

export function fileUri(file) {
    return pathToFileURL(file).href;
}

/** What a real client (VS Code's) declares that matters to this server. */
const CAPABILITIES = {
    textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true, willSave: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    },
    workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
    },
};

export class LspClient {
    /** Starts the server; every later wait is bounded, and the process is killed after `killAfterMs` regardless. */
    constructor({ killAfterMs = 10 * 60_000 } = {}) {
        this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
        this.pid = this.child.pid;
        this.stderr = '';
        this.child.stderr.on('data', chunk => { this.stderr = (this.stderr + chunk).slice(-4000); });
        this.exited = new Promise(resolve => this.child.on('exit', (code, signal) => resolve({ code, signal })));
        this.killTimer = setTimeout(() => this.child.kill('SIGKILL'), killAfterMs);
        this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout), new rpc.StreamMessageWriter(this.child.stdin));
        /** uri key → arrival time (performance.now) of its latest publishDiagnostics. */
        this.lastPublish = new Map();
        this.sawVersion = false;
        this.waiters = new Set();
        this.connection.onNotification('textDocument/publishDiagnostics', params => {
            const at = performance.now();
            if (params.version !== undefined) this.sawVersion = true;
            this.lastPublish.set(uriKey(params.uri), at);
            const publish = { ...params, key: uriKey(params.uri), at };
            for (const waiter of this.waiters) waiter(publish);
        });
        this.connection.onNotification(() => { /* logs, progress: ignored */ });
        this.connection.onRequest('workspace/configuration', params => params.items.map(() => null));
        this.connection.onRequest(() => null); // client/registerCapability and anything else
        this.connection.listen();
    }

    async initialize(workspaceFolder) {
        const uri = fileUri(workspaceFolder);
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            clientInfo: { name: 'journey-scale-bench' },
            rootUri: uri,
            workspaceFolders: [{ uri, name: path.basename(workspaceFolder) }],
            capabilities: CAPABILITIES,
        });
        await this.connection.sendNotification('initialized', {});
    }

    notify(method, params) {
        return this.connection.sendNotification(method, params);
    }

    /**
     * Resolves with the first publish (arriving from now on) that `match` accepts; rejects after
     * `timeoutMs`, or when the server exits.
     */
    nextPublish(match, timeoutMs, what) {
        return this.until(publish => (match(publish) ? publish : undefined), timeoutMs, what);
    }

    /** Resolves once every uri in `keys` has had a publish after `since`, with the latest arrival time. */
    allPublishedSince(keys, since, timeoutMs, what) {
        const done = () => {
            let latest = since;
            for (const key of keys) {
                const at = this.lastPublish.get(key);
                if (at === undefined || at <= since) return undefined;
                latest = Math.max(latest, at);
            }
            return latest;
        };
        const now = done();
        return now !== undefined ? Promise.resolve(now) : this.until(() => done(), timeoutMs, what);
    }

    /**
     * Resolves once no publishDiagnostics has arrived for `quietMs`: with the arrival time of the
     * last one after `since` (or `since`) and how many files were published after `since`.
     */
    settled(since, quietMs) {
        return new Promise(resolve => {
            let timer;
            const arm = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    this.waiters.delete(waiter);
                    const after = [...this.lastPublish.values()].filter(at => at > since);
                    resolve({ last: Math.max(since, ...after), files: after.length });
                }, quietMs);
            };
            const waiter = () => arm();
            this.waiters.add(waiter);
            arm();
        });
    }

    until(check, timeoutMs, what) {
        return new Promise((resolve, reject) => {
            const finish = (fn, value) => { clearTimeout(timer); this.waiters.delete(waiter); fn(value); };
            const waiter = publish => {
                const value = check(publish);
                if (value !== undefined) finish(resolve, value);
            };
            const timer = setTimeout(() => finish(reject, new Error(`${what}: nothing after ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
            this.exited.then(({ code, signal }) => finish(reject, new Error(`${what}: the server exited (${signal ?? code})\n${this.stderr}`)));
            this.waiters.add(waiter);
        });
    }

    /** VmRSS and VmHWM of the server process, in KiB (Linux). */
    memory() {
        const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
        const field = name => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
        return { rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
    }

    /** shutdown + exit, then a kill if the server is still there after 5 s. */
    async close() {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 5000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // already gone
        }
        const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
        await this.exited;
        clearTimeout(killer);
        clearTimeout(this.killTimer);
        this.connection.dispose();
    }
}

/** Opens `file` (its text as written on disk) with version 1. */
export function didOpen(client, file, text) {
    return client.notify('textDocument/didOpen', { textDocument: { uri: fileUri(file), languageId: 'journey', version: 1, text } });
}
