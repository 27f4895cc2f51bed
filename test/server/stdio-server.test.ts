// The language server as an editor sees it: `node bin/journey-language-server.cjs --stdio`
// started as a child process, spoken to in real LSP (Content-Length framed JSON-RPC).
// Needs the bundle (`npm run build` or `node scripts/build.mjs`).
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROKEN_TEXT, EMOTION_OFF_SCALE, repoRoot, serverBin, serverBundle, UNRESOLVED_OWNER } from './fixtures.js';
import { LspClient } from './lsp-client.js';

interface Position { line: number; character: number }
interface Diagnostic {
    message: string;
    code?: string | number;
    severity?: number;
    range: { start: Position; end: Position };
}
interface PublishDiagnosticsParams { uri: string; version?: number; diagnostics: Diagnostic[] }
interface InitializeResult {
    capabilities: {
        textDocumentSync?: number | { openClose?: boolean; change?: number };
        [capability: string]: unknown;
    };
}

const TextDocumentSyncKind = { None: 0, Full: 1, Incremental: 2 } as const;

const tempDirs: string[] = [];
/**
 * A temporary workspace folder. Most tests here are about the protocol and the language's own
 * checks, so their workspace turns the gap rules off in its journey.config.json (which also
 * shows the server reads that file before its first diagnostics).
 */
function makeWorkspace(name: string, gaps: 'off' | 'on' = 'off'): string {
    const dir = mkdtempSync(join(tmpdir(), `journey-lsp-${name}-`));
    tempDirs.push(dir);
    if (gaps === 'off') writeFileSync(join(dir, 'journey.config.json'), '{ "rules": { "*": "off" } }\n');
    return dir;
}

let client: LspClient | undefined;

/** Starts the server with `workspace` as its only workspace folder; sends initialize + initialized. */
async function startServer(workspace: string): Promise<{ client: LspClient; init: InitializeResult }> {
    const lsp = new LspClient(process.execPath, [serverBin, '--stdio'], { cwd: workspace });
    client = lsp;
    const folder = { uri: pathToFileURL(workspace).href, name: basename(workspace) };
    lsp.workspaceFolders = [folder];
    const init = await lsp.request<InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: 'journey-vitest-lsp-client' },
        rootUri: folder.uri,
        workspaceFolders: [folder],
        capabilities: {
            workspace: { workspaceFolders: true, configuration: true },
            textDocument: {
                synchronization: { dynamicRegistration: false },
                publishDiagnostics: { relatedInformation: true },
            },
        },
    }, 20_000);
    lsp.notify('initialized', {});
    return { client: lsp, init };
}

function syncKind(init: InitializeResult): number | undefined {
    const sync = init.capabilities.textDocumentSync;
    return typeof sync === 'number' ? sync : sync?.change;
}

function diagnosticsFor(lsp: LspClient, uri: string, description: string): Promise<PublishDiagnosticsParams> {
    return lsp.waitForNotification<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics', params => params.uri === uri, { timeoutMs: 15_000, description });
}

function exitWithin(lsp: LspClient, ms: number) {
    return Promise.race([
        lsp.exited,
        new Promise<never>((_, reject) => setTimeout(
            () => reject(new Error(`The language server did not exit within ${ms} ms after 'exit'.\nstderr:\n${lsp.stderr}`)), ms)),
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
    for (const dir of tempDirs) {
        rmSync(dir, { recursive: true, force: true });
    }
});

describe('journey-language-server --stdio', () => {
    test('initialize returns capabilities including textDocumentSync', async () => {
        const { init } = await startServer(makeWorkspace('init'));
        expect(init.capabilities).toBeTypeOf('object');
        expect(init.capabilities.textDocumentSync).toBeDefined();
        expect([TextDocumentSyncKind.Full, TextDocumentSyncKind.Incremental]).toContain(syncKind(init));
    });

    test('didOpen publishes the two mistakes; a didChange fixing them publishes no diagnostics', async () => {
        const workspace = makeWorkspace('broken');
        const { client: lsp, init } = await startServer(workspace);
        const uri = pathToFileURL(join(workspace, 'broken.journey')).href;

        const opened = diagnosticsFor(lsp, uri, 'after didOpen of the broken document');
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: BROKEN_TEXT } });
        const { diagnostics } = await opened;

        expect(diagnostics.map(d => d.message).sort()).toEqual([EMOTION_OFF_SCALE, UNRESOLVED_OWNER]);
        const owner = diagnostics.find(d => d.message === UNRESOLVED_OWNER)!;
        expect(owner.code).toBe('unresolved-reference');
        expect(owner.range.start.line).toBe(2);
        expect(owner.range.end.line).toBe(2);
        const line2 = BROKEN_TEXT.split('\n')[2];
        expect(owner.range.start.character).toBe(line2.indexOf('ServiceDsk'));
        expect(owner.range.end.character).toBe(line2.indexOf('ServiceDsk') + 'ServiceDsk'.length);
        const emotion = diagnostics.find(d => d.message === EMOTION_OFF_SCALE)!;
        expect(emotion.code).toBe('emotion-out-of-range');
        expect(emotion.range.start.line).toBe(2);

        // Send the change the way the server asked for it in its textDocumentSync capability.
        const fixedText = BROKEN_TEXT.replace('ServiceDsk', 'ServiceDesk').replace('emotion 7', 'emotion 4');
        const kind = syncKind(init);
        let contentChanges: unknown[];
        if (kind === TextDocumentSyncKind.Full) {
            contentChanges = [{ text: fixedText }];
        } else if (kind === TextDocumentSyncKind.Incremental) {
            // Two range edits on line 2, the later one first so the earlier position stays valid.
            const seven = line2.indexOf('emotion 7') + 'emotion '.length;
            const dsk = line2.indexOf('ServiceDsk');
            contentChanges = [
                { range: { start: { line: 2, character: seven }, end: { line: 2, character: seven + 1 } }, text: '4' },
                { range: { start: { line: 2, character: dsk }, end: { line: 2, character: dsk + 'ServiceDsk'.length } }, text: 'ServiceDesk' },
            ];
        } else {
            throw new Error(`The server does not accept document changes (textDocumentSync change kind ${kind}).`);
        }
        const changed = diagnosticsFor(lsp, uri, 'after the didChange that fixes both mistakes');
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges });
        const afterChange = await changed;
        expect(afterChange.diagnostics).toEqual([]);
        // Each publish says which version of the text it is about, so a client can drop stale ones.
        expect((await opened).version).toBe(1);
        expect(afterChange.version).toBe(2);

        // A change without a range replaces the whole document (valid in either sync kind).
        const rebroken = diagnosticsFor(lsp, uri, 'after a whole-document didChange back to the broken text');
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: BROKEN_TEXT }] });
        expect((await rebroken).diagnostics.map(d => d.message).sort()).toEqual([EMOTION_OFF_SCALE, UNRESOLVED_OWNER]);
        expect((await rebroken).version).toBe(3);
    });

    test('declarations in a workspace file on disk resolve references in an opened journey', async () => {
        const workspace = makeWorkspace('cross-file');
        copyFileSync(join(repoRoot, 'examples', 'shared.journey'), join(workspace, 'shared.journey'));
        const { client: lsp } = await startServer(workspace);
        const uri = pathToFileURL(join(workspace, 'reset.journey')).href;
        const text = [
            'journey Reset "Password reset" {',
            '    persona Alex',
            '    stage Call {',
            '        touchpoint CallsDesk { channel Phone owner ServiceDesk emotion 2 }',
            '    }',
            '}',
        ].join('\n');

        const opened = diagnosticsFor(lsp, uri, 'after didOpen of a journey that uses shared.journey');
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });
        // The first diagnostics already count: the server must have loaded shared.journey itself.
        expect((await opened).diagnostics).toEqual([]);
    });

    test('workspace files behind a symbolic link, with a byte-order mark, and maps under out/ are handled like the CLI does', async () => {
        const outside = makeWorkspace('outside');
        const workspace = makeWorkspace('links');
        // shared.journey starts with a BOM and is reached through a link; a stray copy under out/ must not count.
        writeFileSync(join(outside, 'shared.journey'), '\uFEFFpersona Alex\nstakeholder ServiceDesk\nchannel Phone\n');
        symlinkSync(join(outside, 'shared.journey'), join(workspace, 'shared.journey'));
        mkdirSync(join(workspace, 'out'));
        writeFileSync(join(workspace, 'out', 'copy.journey'), 'persona Alex\n');
        const { client: lsp } = await startServer(workspace);
        const uri = pathToFileURL(join(workspace, 'reset.journey')).href;
        const opened = diagnosticsFor(lsp, uri, 'after didOpen of a journey that uses a linked shared file');
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1,
            text: 'journey Reset { persona Alex stage S { touchpoint T { channel Phone owner ServiceDesk } } }' } });
        // No unresolved references (the link was followed) and no duplicate Alex (out/ was skipped).
        expect((await opened).diagnostics).toEqual([]);
    });

    test('gaps span files: using a declaration in one map clears its unused hint in the shared file', async () => {
        const workspace = makeWorkspace('gaps', 'on');
        const { client: lsp } = await startServer(workspace);
        const sharedUri = pathToFileURL(join(workspace, 'shared.journey')).href;
        const journeyUri = pathToFileURL(join(workspace, 'reset.journey')).href;
        const sharedText = 'persona Alex\nstakeholder Desk\nchannel Phone\nchannel Chat\n';
        const journeyText = (...channels: string[]) => `journey Reset {\n  persona Alex\n  outcome "Done"\n  stage S {\n${channels.map((c, i) => `    touchpoint T${i} { channel ${c} owner Desk }\n`).join('')}  }\n}\n`;

        const first = diagnosticsFor(lsp, sharedUri, 'the shared file with an unused channel');
        lsp.notify('textDocument/didOpen', { textDocument: { uri: sharedUri, languageId: 'journey', version: 1, text: sharedText } });
        await first;
        const withJourney = lsp.waitForNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics',
            p => p.uri === sharedUri && p.diagnostics.some(d => d.code === 'unused-declaration'), { timeoutMs: 15_000, description: 'Chat unused' });
        lsp.notify('textDocument/didOpen', { textDocument: { uri: journeyUri, languageId: 'journey', version: 1, text: journeyText('Phone') } });
        expect((await withJourney).diagnostics.map(d => d.message)).toEqual([
            "The channel 'Chat' is declared but no touchpoint uses it. Use it, or remove it if it no longer belongs to the map.",
        ]);

        // Only the journey changes; the shared file's diagnostics must be published again, now clean.
        const cleared = lsp.waitForNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics',
            p => p.uri === sharedUri && p.diagnostics.length === 0, { timeoutMs: 15_000, description: 'the hint to clear after an edit in another file' });
        lsp.notify('textDocument/didChange', { textDocument: { uri: journeyUri, version: 2 }, contentChanges: [{ text: journeyText('Phone', 'Chat') }] });
        await cleared;
    });

    test('journey/gapReport answers with the gaps and the emotions of an actual/ideal pair', async () => {
        const workspace = makeWorkspace('report', 'on');
        writeFileSync(join(workspace, 'people.journey'), 'persona Alex\nstakeholder Desk\nchannel Phone\n');
        writeFileSync(join(workspace, 'now.journey'), 'journey Now { persona Alex outcome "Done" stage S { touchpoint Call { channel Phone owner Desk emotion 1 } } improvement I { addresses Call owner Desk priority P1 } }\n');
        writeFileSync(join(workspace, 'ideal.journey'), 'ideal journey Better improves Now { persona Alex outcome "Done" stage S { touchpoint Call { channel Phone owner Desk emotion 4 } } }\n');
        const { client: lsp } = await startServer(workspace);
        const report = await lsp.request<{ version: number; pairs: { actual: string; ideal: string; counts: Record<string, number>; emotions: unknown[] }[] }>(
            'journey/gapReport', {}, 20_000);
        expect(report.version).toBe(1);
        expect(report.pairs).toEqual([{
            actual: 'Now', ideal: 'Better', counts: { 'emotion-gap': 1 },
            emotions: [{ touchpoint: 'Call', actual: 1, ideal: 4, shortfall: 3 }],
            gaps: [expect.objectContaining({ code: 'emotion-gap', severity: 'warning', journey: 'Now' })],
        }]);
    });

    test('shutdown then exit ends the process with code 0', async () => {
        const { client: lsp } = await startServer(makeWorkspace('shutdown'));
        expect(await lsp.request('shutdown')).toBeNull();
        lsp.notify('exit');
        expect(await exitWithin(lsp, 5_000)).toEqual({ code: 0, signal: null });
    });
});

describe('journey-language-server without a transport argument', () => {
    test('exits with code 2 and prints a usage line on stderr', async () => {
        const failure = await promisify(execFile)(process.execPath, [serverBin], { timeout: 10_000 })
            .then(() => undefined, (error: unknown) => error as { code?: unknown; killed?: boolean; stderr?: string });
        expect(failure, 'the server started without --stdio/--node-ipc/--socket/--pipe should exit non-zero').toBeDefined();
        expect(failure!.killed, 'it should exit by itself, not be killed by the timeout').toBeFalsy();
        expect(failure!.code).toBe(2);
        expect(failure!.stderr).toMatch(/^usage: journey-language-server .*--stdio/m);
    });
});
