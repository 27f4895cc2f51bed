// The language server against a careless or hostile client, over real stdio: malformed
// framing and JSON, unknown methods, edits with positions outside the document, 500 edits
// sent without waiting. After each, the server must still be running and answer correctly.
// Needs the bundle (`npm run build` or `node scripts/build.mjs`).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_TEXT, EMOTION_OFF_SCALE, serverBin, serverBundle, UNRESOLVED_OWNER } from './fixtures.js';
import { LspClient, type JsonRpcMessage } from './lsp-client.js';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Diagnostic { message: string; code?: string | number; range: Range }
interface PublishDiagnosticsParams { uri: string; version?: number; diagnostics: Diagnostic[] }
interface DocumentSymbol { name: string; children?: DocumentSymbol[] }
interface LogMessageParams { type: number; message: string }

const ErrorCodes = { InvalidParams: -32602, InternalError: -32603, MethodNotFound: -32601, RequestCancelled: -32800 } as const;
const MESSAGE_TYPE_ERROR = 1;
const emotionOffScale = (score: number) => EMOTION_OFF_SCALE.replace('Emotion 7', `Emotion ${score}`);
/** A stack trace line, or Node's words for an error nobody caught. */
const CRASH_TRACE = /\n\s+at \S|Unhandled|uncaught/i;

const tempDirs: string[] = [];
let client: LspClient | undefined;
let workspace = '';

/** A workspace with the gap rules off: only the language's own checks are published. */
function makeWorkspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-lsp-hostile-'));
    tempDirs.push(dir);
    writeFileSync(join(dir, 'journey.config.json'), '{ "rules": { "*": "off" } }\n');
    return dir;
}

async function startServer(): Promise<LspClient> {
    workspace = makeWorkspace();
    const lsp = new LspClient(process.execPath, [serverBin, '--stdio'], { cwd: workspace });
    client = lsp;
    const folder = { uri: pathToFileURL(workspace).href, name: basename(workspace) };
    lsp.workspaceFolders = [folder];
    await lsp.request('initialize', {
        processId: process.pid,
        clientInfo: { name: 'journey-vitest-hostile-client' },
        rootUri: folder.uri,
        workspaceFolders: [folder],
        capabilities: { workspace: { workspaceFolders: true, configuration: true }, textDocument: { publishDiagnostics: {} } },
    }, 20_000);
    lsp.notify('initialized', {});
    return lsp;
}

function uriOf(name: string): string {
    return pathToFileURL(join(workspace, name)).href;
}

/** One LSP message: its Content-Length header (in bytes) and the body as given. */
function frame(body: string | Buffer): Buffer {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

/** Writes a request with a chosen id (and params left out when undefined) and waits for its response. */
function rawRequest(lsp: LspClient, id: string, method: string, params?: unknown): Promise<JsonRpcMessage> {
    const response = lsp.waitForResponse(id);
    lsp.writeRaw(frame(JSON.stringify(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params })));
    return response;
}

function diagnosticsFor(lsp: LspClient, uri: string, description: string, version?: number): Promise<PublishDiagnosticsParams> {
    return lsp.waitForNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics',
        params => params.uri === uri && (version === undefined || params.version === version), { timeoutMs: 30_000, description });
}

async function symbolNames(lsp: LspClient, uri: string): Promise<string[]> {
    const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }, 10_000);
    const names = (list: DocumentSymbol[]): string[] => list.flatMap(s => [s.name, ...names(s.children ?? [])]);
    return names(symbols);
}

function change(lsp: LspClient, uri: string, version: number, range: Range, text: string): void {
    lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
}

function messages(published: PublishDiagnosticsParams): string[] {
    return published.diagnostics.map(d => d.message).sort();
}

let healthChecks = 0;
/**
 * The proof that the server survived: it is running, a freshly opened document gets exactly
 * its one known diagnostic, and its outline is answered. Its names are its own, so that other
 * documents open in the same test do not make them duplicates.
 */
async function expectHealthy(lsp: LspClient): Promise<void> {
    expect(lsp.hasExited, `the server exited.\nstderr:\n${lsp.stderr}`).toBe(false);
    const n = ++healthChecks;
    const uri = uriOf(`health-${n}.journey`);
    const names = [`Desk${n}`, `Phone${n}`, `Health${n}`, `Stage${n}`, `Step${n}`];
    const text = `stakeholder ${names[0]}\nchannel ${names[1]}\njourney ${names[2]} { stage ${names[3]} { touchpoint ${names[4]} { channel ${names[1]} owner ${names[0]} emotion 7 } } }`;
    const published = diagnosticsFor(lsp, uri, 'the health check document');
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });
    expect(messages(await published)).toEqual([EMOTION_OFF_SCALE]);
    expect(await symbolNames(lsp, uri)).toEqual(names);
    expect(lsp.hasExited).toBe(false);
}

function errorLogs(lsp: LspClient): string[] {
    return lsp.notifications
        .filter(n => n.method === 'window/logMessage' && (n.params as LogMessageParams).type === MESSAGE_TYPE_ERROR)
        .map(n => (n.params as LogMessageParams).message);
}

/** Nothing on stderr or in the client's log looks like a crash. */
function expectNoCrashTrace(lsp: LspClient): void {
    expect(lsp.stderr).not.toMatch(CRASH_TRACE);
    for (const log of errorLogs(lsp)) expect(log).not.toMatch(CRASH_TRACE);
}

function exitWithin(lsp: LspClient, ms: number) {
    return Promise.race([
        lsp.exited,
        new Promise<never>((_, reject) => setTimeout(
            () => reject(new Error(`The language server was still running ${ms} ms later.\nstderr:\n${lsp.stderr}`)), ms)),
    ]);
}

beforeAll(() => {
    if (!existsSync(serverBundle)) {
        throw new Error(`${serverBundle} is missing: run \`npm run build\` (or \`node scripts/build.mjs\`) before these tests.`);
    }
});

afterEach(async () => {
    await client?.dispose();
    client = undefined;
});

afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('journey-language-server --stdio against malformed messages', () => {
    test('a body that is not JSON is dropped, and the message right after it is answered', async () => {
        const lsp = await startServer();
        // JSON-RPC 2.0 asks for a -32700 Parse error response (id null) here. vscode-jsonrpc 8.2
        // sends none: it reports the error to its reader's onError and reads on after the body,
        // whose Content-Length was right. What a client needs is that the stream stays in step.
        const after = lsp.waitForResponse('after-bad-json');
        lsp.writeRaw(Buffer.concat([
            frame('{"jsonrpc": "2.0", "id": "cut", "method": "textDoc'),
            frame('this is not JSON'),
            frame(Buffer.from([0xff, 0xfe, 0x00, 0x7b])),
            frame(JSON.stringify({ jsonrpc: '2.0', id: 'after-bad-json', method: 'journey/noSuchRequest' })),
        ]));
        expect((await after).error?.code).toBe(ErrorCodes.MethodNotFound);
        expect(lsp.responses.map(r => r.id)).not.toContain('cut');
        await expectHealthy(lsp);
        expectNoCrashTrace(lsp);
    });

    test('JSON that is not a JSON-RPC message is logged as an error and otherwise ignored', async () => {
        const lsp = await startServer();
        // JSON-RPC 2.0 asks for a -32600 Invalid Request response (id null) to each; vscode-jsonrpc
        // 8.2 writes a window/logMessage error instead, and reads on.
        const notMessages = ['[]', '42', '"text"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":"no-method"}'];
        lsp.writeRaw(Buffer.concat([...notMessages, 'null', '{"jsonrpc":"2.0","id":987654,"result":null}'].map(body => frame(body))));
        // Messages are handled in order, so once this is answered the logs above have been sent.
        expect((await rawRequest(lsp, 'after-non-messages', 'journey/noSuchRequest')).error?.code).toBe(ErrorCodes.MethodNotFound);

        const logs = errorLogs(lsp);
        for (const body of notMessages) {
            const pretty = JSON.stringify(JSON.parse(body), null, 4);
            expect(logs).toContain(`Received message which is neither a response nor a notification message:\n${pretty}`);
        }
        expect(logs).toContain('Received empty message.');
        // Nothing was answered: none of them had an id the server could answer to.
        expect(lsp.responses.map(r => r.id)).toEqual([1, 'after-non-messages']);
        await expectHealthy(lsp);
        expectNoCrashTrace(lsp);
    });

    test('a request whose params have the wrong shape gets an error response, not a crash', async () => {
        const lsp = await startServer();
        const uri = uriOf('opened.journey');
        const opened = diagnosticsFor(lsp, uri, 'the document the bad requests are about');
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: BROKEN_TEXT } });
        await opened;

        // vscode-jsonrpc checks only that params are there and by name; a handler that then
        // reads a missing field fails, and vscode-jsonrpc answers that with InternalError.
        const cases: Array<[id: string, method: string, params: unknown, codes: number[]]> = [
            ['hover-no-params', 'textDocument/hover', undefined, [ErrorCodes.InvalidParams]],
            ['hover-by-position', 'textDocument/hover', [1, 2], [ErrorCodes.InvalidParams]],
            ['hover-string', 'textDocument/hover', 'x', [ErrorCodes.InvalidParams, ErrorCodes.InternalError]],
            ['hover-no-text-document', 'textDocument/hover', { position: { line: 0, character: 0 } }, [ErrorCodes.InvalidParams, ErrorCodes.InternalError]],
            ['symbols-null', 'textDocument/documentSymbol', null, [ErrorCodes.InvalidParams, ErrorCodes.InternalError]],
        ];
        for (const [id, method, params, codes] of cases) {
            const response = await rawRequest(lsp, id, method, params);
            expect(response.result, id).toBeUndefined();
            expect(codes, `${id}: ${JSON.stringify(response.error)}`).toContain(response.error?.code);
            expect(response.error?.message, id).not.toMatch(CRASH_TRACE);
        }

        // Positions outside the document are the client's mistake too; they are answered, not fatal.
        for (const position of [{ line: 1e9, character: 1e9 }, { line: -1, character: -5 }]) {
            const at = { textDocument: { uri }, position };
            expect(await lsp.request('textDocument/hover', at)).toBeNull();
            expect(await lsp.request('textDocument/definition', at)).toBeNull();
            expect(await lsp.request('textDocument/completion', at)).toBeTypeOf('object');
        }
        await expectHealthy(lsp);
        expectNoCrashTrace(lsp);
    });

    test.each([
        ['no Content-Length header', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}', /Content-Length/],
        ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}', /Content-Length/],
        ['a header line without a colon', 'Content-Length 17\r\n\r\n{"jsonrpc":"2.0"}', /header/i],
    ])('a message header it cannot read (%s) ends the server with one line on stderr', async (_name, bytes, reason) => {
        const lsp = await startServer();
        // vscode-jsonrpc reports a bad header to its reader's onError, which nothing in the server
        // listens to, and reads on: the body after the header is then read as the start of the
        // next header, and so on, so every later message is lost and the server hangs mute.
        // It exits instead (src/language/main.ts), as an editor's client does on the same error.
        lsp.writeRaw(Buffer.concat([Buffer.from(bytes, 'utf8'), frame(JSON.stringify({ jsonrpc: '2.0', id: 'after-bad-header', method: 'shutdown' }))]));
        expect(await exitWithin(lsp, 10_000)).toEqual({ code: 1, signal: null });
        const lines = lsp.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^journey-language-server: /);
        expect(lines[0]).toMatch(reason);
        expectNoCrashTrace(lsp);
    });
});

describe('journey-language-server --stdio against unknown methods', () => {
    test('an unknown request gets MethodNotFound (-32601), with or without $/', async () => {
        const lsp = await startServer();
        for (const method of ['journey/noSuchRequest', 'textDocument/noSuchRequest', '$/noSuchRequest']) {
            const response = await rawRequest(lsp, method, method, {});
            expect(response.error?.code, method).toBe(ErrorCodes.MethodNotFound);
        }
        await expectHealthy(lsp);
        expectNoCrashTrace(lsp);
    });

    test('unknown notifications, with or without $/, are ignored without a word', async () => {
        const lsp = await startServer();
        const answered = lsp.responses.length;
        lsp.notify('journey/noSuchNotification', { any: 'thing' });
        lsp.notify('$/noSuchNotification', { any: 'thing' });
        lsp.notify('$/noSuchNotification');
        // A cancellation of nothing, and one without params at all, are ignored too.
        lsp.notify('$/cancelRequest', { id: 424242 });
        lsp.notify('$/cancelRequest');
        await expectHealthy(lsp);
        // Only the health check's documentSymbol request was answered; nothing was logged.
        expect(lsp.responses.length).toBe(answered + 1);
        expect(errorLogs(lsp)).toEqual([]);
        expectNoCrashTrace(lsp);
    });
});

describe('journey-language-server --stdio against edits outside the document', () => {
    test('ranges past the end, negative or reversed are clamped like vscode-languageserver-textdocument does; bad changes are ignored', async () => {
        const lsp = await startServer();
        const uri = uriOf('edited.journey');
        const ownerLine = async (version: number, description: string) => {
            const published = await diagnosticsFor(lsp, uri, description, version);
            return published.diagnostics.find(d => d.message === UNRESOLVED_OWNER)?.range.start.line;
        };
        const opened = diagnosticsFor(lsp, uri, 'didOpen', 1);
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: BROKEN_TEXT } });
        expect(messages(await opened)).toEqual([EMOTION_OFF_SCALE, UNRESOLVED_OWNER]);

        // A line past the end is the end of the document: the text is appended.
        const v2 = ownerLine(2, 'after an insertion at line 1e9');
        change(lsp, uri, 2, { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 5 } }, '\npersona Alex');
        expect(await v2).toBe(2);
        expect(await symbolNames(lsp, uri)).toEqual(['ServiceDesk', 'Phone', 'J', 'S', 'T', 'Alex']);

        // A character past the end of a line is the end of that line (before its line break).
        const v3 = ownerLine(3, 'after an insertion at character 1e9 of line 1');
        change(lsp, uri, 3, { start: { line: 1, character: 1e9 }, end: { line: 1, character: 1e9 } }, '\nchannel Chat');
        expect(await v3).toBe(3);
        expect(await symbolNames(lsp, uri)).toEqual(['ServiceDesk', 'Phone', 'Chat', 'J', 'S', 'T', 'Alex']);

        // A start after the end is the same range the right way round: the 7 becomes a 6.
        const journeyLine = BROKEN_TEXT.split('\n')[2];
        const seven = journeyLine.indexOf('emotion 7') + 'emotion '.length;
        const v4 = diagnosticsFor(lsp, uri, 'after a reversed range', 4);
        change(lsp, uri, 4, { start: { line: 3, character: seven + 1 }, end: { line: 3, character: seven } }, '6');
        expect(messages(await v4)).toEqual([emotionOffScale(6), UNRESOLVED_OWNER]);

        // Changes the server cannot apply are dropped whole: no version, no changes, an empty list.
        lsp.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'journey Lost {' }] });
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 90 } });
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 91 }, contentChanges: [] });
        // And a change to a document that was never opened changes nothing.
        const neverOpened = uriOf('never-opened.journey');
        change(lsp, neverOpened, 7, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'journey Half {');

        // Negative positions are the start of the document.
        const v5 = ownerLine(5, 'after an insertion at line -1, character -1');
        change(lsp, uri, 5, { start: { line: -1, character: -1 }, end: { line: -1, character: -1 } }, '// hostile\n');
        expect(await v5).toBe(4);

        // An end past the end of the document replaces everything up to the end.
        const v6 = ownerLine(6, 'after a replacement up to line 1e9');
        change(lsp, uri, 6, { start: { line: 5, character: 0 }, end: { line: 1e9, character: 1e9 } }, 'persona Sam');
        expect(await v6).toBe(4);
        expect(await symbolNames(lsp, uri)).toEqual(['ServiceDesk', 'Phone', 'Chat', 'J', 'S', 'T', 'Sam']);

        // A version that goes backwards is taken as the client says it, and so published.
        const dsk = journeyLine.indexOf('ServiceDsk');
        const back = diagnosticsFor(lsp, uri, 'after a change with an older version', 3);
        change(lsp, uri, 3, { start: { line: 4, character: dsk }, end: { line: 4, character: dsk + 'ServiceDsk'.length } }, 'ServiceDesk');
        expect(messages(await back)).toEqual([emotionOffScale(6)]);
        expect((await back).diagnostics[0].range.start.line).toBe(4);

        // The changes without a version or without contentChanges were logged as errors (not
        // crashes); the empty list and the change to a never-opened document silently dropped.
        expect(errorLogs(lsp)).toEqual([
            `Notification handler 'textDocument/didChange' failed with message: Received document change event for ${uri} without valid version identifier`,
            "Notification handler 'textDocument/didChange' failed with message: Cannot read properties of undefined (reading 'length')",
        ]);
        expect(lsp.notifications.filter(n => (n.params as { uri?: string } | undefined)?.uri === neverOpened)).toEqual([]);
        // Opened now, the never-opened document holds what the client sends, not the lost edit.
        const late = diagnosticsFor(lsp, neverOpened, 'didOpen of the document changed before it was opened', 1);
        lsp.notify('textDocument/didOpen', { textDocument: { uri: neverOpened, languageId: 'journey', version: 1, text: 'persona Late\n' } });
        expect((await late).diagnostics).toEqual([]);
        expect(await symbolNames(lsp, neverOpened)).toEqual(['Late']);
        await expectHealthy(lsp);
        expectNoCrashTrace(lsp);
    });
});

describe('journey-language-server --stdio under 500 rapid edits', () => {
    test('500 changes sent without waiting end in the diagnostics and outline of the final text', async () => {
        const lsp = await startServer();
        const uri = uriOf('typed.journey');
        // Over 4,000 characters, so that edits inside a touchpoint take the incremental reparse.
        const lines = [
            'stakeholder ServiceDesk "Service desk manager" influence high',
            'channel Phone',
            'journey J {',
            '  stage S {',
            ...Array.from({ length: 60 }, (_, i) => `    touchpoint T${i} "Step number ${i} of the journey" { channel Phone owner ServiceDesk emotion 3 }`),
            '  }',
            '}',
        ];
        const at = (name: string) => lines.findIndex(line => line.includes(`touchpoint ${name} `));
        expect(lines.join('\n').length).toBeGreaterThan(4_000);
        const opened = diagnosticsFor(lsp, uri, 'didOpen', 1);
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: lines.join('\n') } });
        expect((await opened).diagnostics).toEqual([]);
        const publishedBefore = lsp.notifications.length;

        let version = 1;
        // Each edit is applied to `lines` too, so the test knows the final text.
        const edit = (line: number, start: number, end: number, text: string) => {
            change(lsp, uri, ++version, { start: { line, character: start }, end: { line, character: end } }, text);
            lines[line] = lines[line].slice(0, start) + text + lines[line].slice(end);
        };
        const typed = at('T30');
        const nameEnd = lines[typed].indexOf('T30') + 'T30'.length;
        const syntaxErrors: Record<number, () => void> = {
            // Delete a touchpoint's opening brace, then put it back.
            100: () => { const line = at('T10'), brace = lines[line].indexOf('{'); edit(line, brace, brace + 1, ''); },
            101: () => { const line = at('T10'), quote = lines[line].lastIndexOf('"'); edit(line, quote + 1, quote + 1, ' {'); },
            // An unterminated string (a lexer error), then gone again.
            200: () => { const line = at('T20'); edit(line, lines[line].length - 1, lines[line].length - 1, '"'); },
            201: () => { const line = at('T20'); edit(line, lines[line].length - 2, lines[line].length - 1, ''); },
            // A stray closing brace that ends the stage early, then gone again.
            300: () => { const line = at('T40'); edit(line, 0, 0, '}'); },
            301: () => { const line = at('T40'); edit(line, 0, 1, ''); },
        };
        let letters = 0;
        for (let n = 0; n < 499; n++) {
            if (syntaxErrors[n]) {
                syntaxErrors[n]();
            } else {
                // Typing one character at a time at the end of T30's name.
                const column = nameEnd + letters;
                edit(typed, column, column, 'abcdefghijklmnopqrstuvwxyz'[letters++ % 26]);
            }
        }
        // The 500th: one mistake the final text keeps, the owner of T50 misspelled.
        const misspelled = at('T50');
        const owner = lines[misspelled].indexOf('ServiceDesk');
        edit(misspelled, owner + 'ServiceD'.length, owner + 'ServiceDe'.length, '');
        expect(version).toBe(501);

        const final = await diagnosticsFor(lsp, uri, 'the diagnostics of the 500th change', 501);
        expect(final.diagnostics).toHaveLength(1);
        expect(final.diagnostics[0].message).toBe(UNRESOLVED_OWNER);
        expect(final.diagnostics[0].range).toEqual({
            start: { line: misspelled, character: owner },
            end: { line: misspelled, character: owner + 'ServiceDsk'.length },
        });
        const typedName = lines[typed].slice(lines[typed].indexOf('T30'), nameEnd + letters);
        expect(typedName).toHaveLength('T30'.length + 493);
        // The outline is of the final text: every touchpoint, T30 with its full typed name.
        const names = await symbolNames(lsp, uri);
        expect(names).toContain(typedName);
        expect(names.filter(name => /^T\d/.test(name))).toHaveLength(60);

        // Nothing older was published after the final diagnostics.
        const publishes = lsp.notifications.slice(publishedBefore)
            .filter(n => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri)
            .map(n => n.params as PublishDiagnosticsParams);
        const last = publishes.findIndex(p => p.version === 501);
        expect(publishes.slice(last + 1).filter(p => p.version !== 501)).toEqual([]);
        expect(errorLogs(lsp)).toEqual([]);
        expectNoCrashTrace(lsp);
    }, 90_000);
});

describe('journey-language-server --stdio with cancellation and shutdown', () => {
    test('a request cancelled right after it was sent is still answered; shutdown then exit ends with code 0', async () => {
        const lsp = await startServer();
        const uri = uriOf('cancelled.journey');
        const opened = diagnosticsFor(lsp, uri, 'didOpen');
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: BROKEN_TEXT } });
        await opened;

        const ids = ['cancel-symbols', 'cancel-hover', 'cancel-completion'];
        const responses = ids.map(id => lsp.waitForResponse(id));
        const position = { line: 2, character: BROKEN_TEXT.split('\n')[2].indexOf('ServiceDsk') };
        lsp.writeRaw(Buffer.concat([
            frame(JSON.stringify({ jsonrpc: '2.0', id: ids[0], method: 'textDocument/documentSymbol', params: { textDocument: { uri } } })),
            frame(JSON.stringify({ jsonrpc: '2.0', id: ids[1], method: 'textDocument/hover', params: { textDocument: { uri }, position } })),
            frame(JSON.stringify({ jsonrpc: '2.0', id: ids[2], method: 'textDocument/completion', params: { textDocument: { uri }, position } })),
            ...ids.map(id => frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } }))),
        ]));
        // The protocol wants an answer to every request, cancelled or not: a result, or RequestCancelled.
        for (const response of await Promise.all(responses)) {
            if (response.error) expect(response.error.code, JSON.stringify(response.error)).toBe(ErrorCodes.RequestCancelled);
            else expect(response).toHaveProperty('result');
        }
        // Cancelling what was already answered is ignored.
        lsp.notify('$/cancelRequest', { id: ids[0] });
        await expectHealthy(lsp);

        expect(await lsp.request('shutdown')).toBeNull();
        lsp.notify('exit');
        expect(await exitWithin(lsp, 5_000)).toEqual({ code: 0, signal: null });
        expectNoCrashTrace(lsp);
    });
});
