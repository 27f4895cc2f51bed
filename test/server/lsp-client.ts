// A small LSP client for tests: JSON-RPC 2.0 with Content-Length framing over a child
// process's stdio. One job only: frame messages, match responses to requests, answer the
// server's own requests, and let a test wait (with a timeout) for a notification.
import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio } from 'node:child_process';

export interface JsonRpcMessage {
    jsonrpc: '2.0';
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string; data?: unknown };
}

export interface ExitStatus {
    code: number | null;
    signal: NodeJS.Signals | null;
}

interface PendingRequest {
    method: string;
    resolve: (result: unknown) => void;
    reject: (error: Error) => void;
    timer: NodeJS.Timeout;
}

interface NotificationWaiter {
    method: string;
    timer?: NodeJS.Timeout;
    matches: (params: unknown) => boolean;
    resolve: (params: unknown) => void;
}

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const DEFAULT_TIMEOUT_MS = 10_000;

export class LspClient {
    /** Every notification the server sent, in order (method and params). */
    readonly notifications: Array<{ method: string; params: unknown }> = [];
    /** Requests the server sent to the client, in order (they are all answered). */
    readonly serverRequests: Array<{ method: string; params: unknown }> = [];
    /** Every response the server sent, in order, whatever its id (also ids written with `writeRaw`). */
    readonly responses: JsonRpcMessage[] = [];
    /** What the client answers to `workspace/workspaceFolders`. */
    workspaceFolders: Array<{ uri: string; name: string }> | null = null;
    /** Resolves when the child process exits. */
    readonly exited: Promise<ExitStatus>;

    private readonly child: ChildProcessWithoutNullStreams;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, PendingRequest>();
    private readonly waiters = new Set<NotificationWaiter>();
    private readonly responseWaiters = new Map<number | string, { timer: NodeJS.Timeout; resolve: (response: JsonRpcMessage) => void; reject: (error: Error) => void }>();
    private stderrText = '';
    private exitStatus: ExitStatus | undefined;

    constructor(command: string, args: string[], options: SpawnOptionsWithoutStdio = {}) {
        this.child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
        this.child.stderr.setEncoding('utf8');
        this.child.stderr.on('data', (text: string) => { this.stderrText += text; });
        // Writing to a server that already died must fail the waiting test, not crash the runner.
        this.child.stdin.on('error', () => undefined);
        this.exited = new Promise(resolve => {
            this.child.on('exit', (code, signal) => {
                this.exitStatus = { code, signal };
                const why = new Error(`The language server exited (code ${code}, signal ${signal}) before answering.${this.stderrTail()}`);
                for (const request of this.pending.values()) {
                    clearTimeout(request.timer);
                    request.reject(new Error(`${request.method}: ${why.message}`));
                }
                this.pending.clear();
                for (const [id, waiter] of this.responseWaiters) {
                    clearTimeout(waiter.timer);
                    waiter.reject(new Error(`id ${JSON.stringify(id)}: ${why.message}`));
                }
                this.responseWaiters.clear();
                resolve({ code, signal });
            });
            this.child.on('error', error => {
                this.stderrText += `\n[spawn error] ${error.message}`;
            });
        });
    }

    get stderr(): string {
        return this.stderrText;
    }

    get hasExited(): boolean {
        return this.exitStatus !== undefined;
    }

    /** Sends a request and resolves with its result; rejects on an error response or timeout. */
    request<T = unknown>(method: string, params?: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
        if (this.exitStatus) {
            return Promise.reject(new Error(`${method}: the language server has already exited (code ${this.exitStatus.code}).${this.stderrTail()}`));
        }
        const id = this.nextId++;
        return new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending.delete(id);
                reject(new Error(`Timed out after ${timeoutMs} ms waiting for the response to '${method}' (id ${id}).${this.stderrTail()}`));
            }, timeoutMs);
            this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
            this.send({ jsonrpc: '2.0', id, method, params });
        });
    }

    /** Sends a notification (no response expected). */
    notify(method: string, params?: unknown): void {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /**
     * Waits for the next notification `method` whose params satisfy `matches`, arriving after
     * this call. Call it *before* sending what triggers the notification, then await it.
     * Rejects after `timeoutMs` with a message listing what did arrive meanwhile.
     */
    waitForNotification<P = unknown>(
        method: string,
        matches: (params: P) => boolean = () => true,
        { timeoutMs = DEFAULT_TIMEOUT_MS, description = '' }: { timeoutMs?: number; description?: string } = {},
    ): Promise<P> {
        const seenBefore = this.notifications.length;
        return new Promise<P>((resolve, reject) => {
            const waiter: NotificationWaiter = {
                method,
                matches: params => matches(params as P),
                resolve: params => { clearTimeout(timer); resolve(params as P); },
            };
            const timer = waiter.timer = setTimeout(() => {
                this.waiters.delete(waiter);
                const received = this.notifications.slice(seenBefore)
                    .map(n => `  ${n.method} ${truncate(JSON.stringify(n.params), 300)}`).join('\n') || '  (none)';
                reject(new Error(
                    `Timed out after ${timeoutMs} ms waiting for a '${method}' notification${description ? ` (${description})` : ''}.\n`
                    + `Notifications received meanwhile:\n${received}${this.stderrTail()}`));
            }, timeoutMs);
            this.waiters.add(waiter);
        });
    }

    /**
     * Writes bytes to the server's stdin exactly as given: no framing is added. For tests of
     * malformed input; a response to an id written here is found with `waitForResponse`.
     */
    writeRaw(data: string | Buffer): void {
        this.child.stdin.write(data);
    }

    /** Resolves with the server's response (result or error) to `id`, whenever it was sent. */
    waitForResponse(id: number | string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<JsonRpcMessage> {
        const already = this.responses.find(response => response.id === id);
        if (already) return Promise.resolve(already);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.responseWaiters.delete(id);
                reject(new Error(`Timed out after ${timeoutMs} ms waiting for the response to id ${JSON.stringify(id)}.${this.stderrTail()}`));
            }, timeoutMs);
            this.responseWaiters.set(id, { timer, resolve, reject });
        });
    }

    /** Kills the server if it is still running and waits for it to go. */
    async dispose(): Promise<void> {
        for (const request of this.pending.values()) {
            clearTimeout(request.timer);
        }
        this.pending.clear();
        // A test that failed early may leave waiters behind: they must not fire after it.
        for (const waiter of this.waiters) {
            clearTimeout(waiter.timer);
        }
        this.waiters.clear();
        for (const waiter of this.responseWaiters.values()) {
            clearTimeout(waiter.timer);
        }
        this.responseWaiters.clear();
        if (!this.exitStatus) {
            this.child.kill('SIGKILL');
            await this.exited;
        }
    }

    private send(message: JsonRpcMessage): void {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }

    private onData(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf(HEADER_END);
            if (headerEnd < 0) {
                return;
            }
            const header = this.buffer.subarray(0, headerEnd).toString('ascii');
            const length = /^Content-Length:\s*(\d+)\s*$/im.exec(header);
            if (!length) {
                throw new Error(`LSP message header without Content-Length: ${JSON.stringify(header)}`);
            }
            const start = headerEnd + HEADER_END.length;
            const end = start + Number(length[1]);
            if (this.buffer.length < end) {
                return;
            }
            const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as JsonRpcMessage;
            this.buffer = this.buffer.subarray(end);
            this.dispatch(message);
        }
    }

    private dispatch(message: JsonRpcMessage): void {
        if (message.method !== undefined && message.id !== undefined && message.id !== null) {
            this.serverRequests.push({ method: message.method, params: message.params });
            this.send({ jsonrpc: '2.0', id: message.id, result: this.answerServerRequest(message.method, message.params) });
        } else if (message.method !== undefined) {
            this.notifications.push({ method: message.method, params: message.params });
            for (const waiter of [...this.waiters]) {
                if (waiter.method === message.method && waiter.matches(message.params)) {
                    this.waiters.delete(waiter);
                    waiter.resolve(message.params);
                }
            }
        } else {
            this.responses.push(message);
            const id = message.id;
            const waiter = id === undefined || id === null ? undefined : this.responseWaiters.get(id);
            if (waiter) {
                this.responseWaiters.delete(id!);
                clearTimeout(waiter.timer);
                waiter.resolve(message);
            }
            if (typeof message.id === 'number' && this.pending.has(message.id)) {
                const request = this.pending.get(message.id)!;
                this.pending.delete(message.id);
                clearTimeout(request.timer);
                if (message.error) {
                    request.reject(new Error(`'${request.method}' failed: ${message.error.message} (code ${message.error.code})`));
                } else {
                    request.resolve(message.result);
                }
            }
        }
    }

    /** A client with no settings: every configuration item is null, everything else is accepted. */
    private answerServerRequest(method: string, params: unknown): unknown {
        if (method === 'workspace/configuration') {
            const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
            return items.map(() => null);
        }
        if (method === 'workspace/workspaceFolders') {
            return this.workspaceFolders;
        }
        return null;
    }

    private stderrTail(): string {
        const text = this.stderrText.trim();
        return text ? `\nServer stderr (last 2000 chars):\n${text.slice(-2000)}` : '';
    }
}

function truncate(text: string | undefined, max: number): string {
    if (text === undefined) {
        return '';
    }
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
