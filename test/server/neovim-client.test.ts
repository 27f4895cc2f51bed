// A second, independent LSP client: headless Neovim (>= 0.7) runs scripts/nvim-lsp-client.lua,
// which starts the language server over stdio, opens a file, prints the diagnostics and then the
// replies to requests sent through Neovim's own LSP client (completion, hover, inlay hints, …).
// Skipped (and reported as skipped) when `nvim` is not on PATH.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { BROKEN_TEXT, EMOTION_OFF_SCALE, PAIR_LINE_9_FORMATTED, PAIR_LINES, repoRoot, serverBin, serverBundle, UNRESOLVED_OWNER } from './fixtures.js';

function findOnPath(command: string): string | undefined {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (!dir) {
            continue;
        }
        const candidate = join(dir, command);
        try {
            accessSync(candidate, constants.X_OK);
            if (statSync(candidate).isFile()) {
                return candidate;
            }
        } catch {
            // not here
        }
    }
    return undefined;
}

const nvim = findOnPath('nvim');
const script = join(repoRoot, 'scripts', 'nvim-lsp-client.lua');
const skipReason = nvim ? '' : ' [skipped: `nvim` is not on PATH; install Neovim >= 0.7 to run it]';
if (!nvim) {
    console.warn(`neovim-client.test.ts:${skipReason}`);
}

interface RunResult { code: number | null; signal: string | null; killed: boolean; stdout: string; stderr: string }

function run(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeout: number }): Promise<RunResult> {
    return new Promise(resolve => {
        const child = execFile(file, args, { ...options, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
            const failure = error as (Error & { code?: number | string; signal?: string; killed?: boolean }) | null;
            resolve({
                code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
                signal: failure?.signal ?? null,
                killed: failure?.killed ?? false,
                stdout: String(stdout),
                stderr: String(stderr),
            });
        });
        // Neovim must not wait for input on a pipe.
        child.stdin?.end();
    });
}

const tempDirs: string[] = [];
afterAll(() => {
    for (const dir of tempDirs) {
        rmSync(dir, { recursive: true, force: true });
    }
});

interface NvimRun extends RunResult { report: string; diagnostics: string[]; replies: Reply[] }
interface Reply { method: string; line: number | null; col: number | null; result: unknown; error: unknown }
interface LspRequest { method: string; line?: number; col?: number; params?: Record<string, unknown> }

/** Opens `file` (in a fresh folder, with `files` beside it) in headless Neovim attached to the server. */
async function runNvim(files: Record<string, string>, open: string, requests: LspRequest[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<NvimRun> {
    expect(existsSync(serverBundle), `${serverBundle} is missing: run \`npm run build\` first`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'journey-nvim-'));
    tempDirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(dir, name), text);
    }
    // Keep Neovim's logs and state out of the real home folder.
    const xdg = join(dir, '.xdg');
    mkdirSync(xdg);
    const command = [process.execPath, serverBin, '--stdio'];
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        // The script splits LSP_CMD on whitespace; a JSON array keeps paths with spaces whole.
        LSP_CMD: command.some(part => /\s/.test(part)) ? JSON.stringify(command) : command.join(' '),
        LSP_TIMEOUT_MS: '20000',
        LSP_REQUESTS: JSON.stringify(requests),
        XDG_CACHE_HOME: join(xdg, 'cache'),
        XDG_STATE_HOME: join(xdg, 'state'),
        XDG_DATA_HOME: join(xdg, 'data'),
        XDG_CONFIG_HOME: join(xdg, 'config'),
        ...extraEnv,
    };
    const result = await run(nvim!, ['--headless', '--clean', '-c', `luafile ${script}`, join(dir, open)], { cwd: dir, env, timeout: 50_000 });
    const report = `nvim exit code ${result.code}, signal ${result.signal}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
    expect(result.killed, `nvim hung and was killed by the timeout.\n${report}`).toBe(false);
    expect(result.code, report).toBe(0);
    const lines = result.stdout.split(/\r?\n/);
    return {
        ...result,
        report,
        diagnostics: lines.filter(line => /^\d+:\d+: /.test(line)),
        replies: lines.filter(line => line.startsWith('@@ ')).map(line => JSON.parse(line.slice(3)) as Reply),
    };
}

/** Applies LSP text edits (non-overlapping, as the protocol requires) to `text`. */
function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') lineStarts.push(i + 1);
    }
    const offset = (p: { line: number; character: number }) => lineStarts[p.line] + p.character;
    return [...edits]
        .sort((a, b) => offset(b.range.start) - offset(a.range.start))
        .reduce((out, edit) => out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end)), text);
}

function hoverText(reply: Reply): string {
    const contents = (reply.result as { contents?: { value?: string } } | null)?.contents;
    return contents?.value ?? '';
}

describe('Neovim as an LSP client', () => {
    test.skipIf(!nvim)(`headless nvim shows both diagnostics of a broken .journey file${skipReason}`, async () => {
        // The language's own errors are under test here, not the gap rules.
        const result = await runNvim({ 'broken.journey': BROKEN_TEXT, 'journey.config.json': '{ "rules": { "*": "off" } }\n' }, 'broken.journey');
        expect(result.diagnostics.sort(), result.report).toEqual([
            `3:${'journey J { stage S { touchpoint T { channel Phone owner '.length + 1}: error: ${UNRESOLVED_OWNER}`,
            `3:${'journey J { stage S { touchpoint T { channel Phone owner ServiceDsk emotion '.length + 1}: error: ${EMOTION_OFF_SCALE}`,
        ].sort());
    }, 60_000);

    test.skipIf(!nvim)(`headless nvim gets gap diagnostics, completion, hover, definition, inlay hints and formatting${skipReason}`, async () => {
        const text = PAIR_LINES.join('\n') + '\n';
        const ownerAt = PAIR_LINES[8].indexOf('owner ') + 'owner '.length + 1;
        const callsDeskAt = PAIR_LINES[7].indexOf('CallsDesk') + 1;
        const result = await runNvim({ 'pair.journey': text }, 'pair.journey', [
            { method: 'textDocument/completion', line: 9, col: ownerAt },
            { method: 'textDocument/completion', line: 9, col: PAIR_LINES[8].indexOf('channel ') + 'channel '.length + 1 },
            { method: 'textDocument/hover', line: 8, col: callsDeskAt },
            { method: 'textDocument/hover', line: 1, col: 'stakeholder '.length + 1 },
            { method: 'textDocument/hover', line: 10, col: 1 },
            { method: 'textDocument/definition', line: 9, col: ownerAt + 2 },
            { method: 'textDocument/inlayHint', params: { range: { start: { line: 0, character: 0 }, end: { line: PAIR_LINES.length, character: 0 } } } },
            { method: 'textDocument/formatting', params: { options: { tabSize: 4, insertSpaces: true } } },
        ]);
        const { report, replies } = result;
        expect(replies.map(reply => reply.method), report).toEqual([
            'textDocument/completion', 'textDocument/completion', 'textDocument/hover', 'textDocument/hover',
            'textDocument/hover', 'textDocument/definition', 'textDocument/inlayHint', 'textDocument/formatting',
        ]);
        for (const reply of replies) {
            expect(reply.error, `${reply.method} failed\n${report}`).toBeNull();
        }
        const [ownerCompletion, channelCompletion, touchpointHover, stakeholderHover, blankHover, definition, inlayHints, formatting] = replies;

        // A gap diagnostic from the shared rules, as the editor and CLI show it.
        expect(result.diagnostics, report).toContain(
            `8:${callsDeskAt}: warning: Touchpoint 'CallsDesk' ("Calls the desk") is a low point (emotion 1 (frustrated)) and no improvement addresses it. Add an improvement with 'addresses CallsDesk'.`);

        expect(result.diagnostics.some(line => /^9:\d+: warning: At 'CallsDesk' .* 3 points worse than in the ideal journey/.test(line)), report).toBe(true);

        // After `owner`: the declared stakeholders and nothing else (no keywords, no channels).
        const labels = (reply: Reply) => {
            const result = reply.result as CompletionList | CompletionItem[];
            return (Array.isArray(result) ? result : result.items).map(item => item.label);
        };
        expect(labels(ownerCompletion).sort(), report).toEqual(['KnowledgeManager', 'ServiceDesk']);
        expect(labels(channelCompletion), report).toEqual(['Phone']);

        const touchpoint = hoverText(touchpointHover);
        expect(touchpoint, report).toContain('**Touchpoint** `CallsDesk`');
        expect(touchpoint, report).toContain('stage `Seek`');
        expect(touchpoint, report).toContain('Channel: `Phone`');
        expect(touchpoint, report).toContain('Owner: `ServiceDesk`');
        expect(touchpoint, report).toContain('Emotion: 1 (very negative) "frustrated"');
        expect(touchpoint, report).toMatch(/Ideal emotion \(Tomorrow\): 4/);
        expect(touchpoint, report).toContain('`unaddressed-pain`');
        const stakeholder = hoverText(stakeholderHover);
        expect(stakeholder, report).toContain('Influence: high');
        expect(stakeholder, report).toContain('Owns touchpoints: `CallsDesk` (Today)');
        // Nothing to say about a closing brace.
        expect(blankHover.result, report).toBeNull();

        const targets = definition.result as Array<{ targetUri: string; targetSelectionRange: { start: { line: number; character: number } } }>;
        expect(targets.map(target => [target.targetUri.endsWith('/pair.journey'), target.targetSelectionRange.start]), report)
            .toEqual([[true, { line: 0, character: 'stakeholder '.length }]]);

        const hints = (inlayHints.result as Array<{ position: { line: number }; label: string | Array<{ value: string }> }>)
            .map(hint => [hint.position.line + 1, typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('')]);
        expect(hints, report).toEqual([[9, 'ideal 4'], [18, 'actual 1']]);

        const edits = formatting.result as Parameters<typeof applyEdits>[1];
        const expected = [...PAIR_LINES];
        expected[8] = PAIR_LINE_9_FORMATTED;
        expect(applyEdits(text, edits), report).toBe(expected.join('\n') + '\n');
    }, 90_000);

    // Neovim 0.7 does not offer workspace/configuration, so settings travel the two other ways
    // LSP has: a didChangeConfiguration (as nvim-lspconfig sends) or initializationOptions (Helix's `config`).
    for (const [how, variable] of [['workspace/didChangeConfiguration', 'LSP_SETTINGS'], ['initializationOptions', 'LSP_INIT_OPTIONS']] as const) {
        test.skipIf(!nvim)(`headless nvim passes journey.* settings through ${how}${skipReason}`, async () => {
            const settings = { journey: { rules: { 'unaddressed-pain': 'off', 'emotion-gap': 'error' }, inlayHints: { enabled: false } } };
            const range = { start: { line: 0, character: 0 }, end: { line: PAIR_LINES.length, character: 0 } };
            const result = await runNvim({ 'pair.journey': PAIR_LINES.join('\n') + '\n' }, 'pair.journey',
                [{ method: 'textDocument/inlayHint', params: { range } }],
                // The settings may land after a first build: give the rebuilt diagnostics time to replace it.
                { [variable]: JSON.stringify(settings), LSP_SETTLE_MS: '1500' });
            const { report, diagnostics, replies } = result;
            expect(diagnostics.filter(line => line.includes('no improvement addresses it')), report).toEqual([]);
            expect(diagnostics.filter(line => /^9:\d+: error: At 'CallsDesk' .* 3 points worse/.test(line)), report).toHaveLength(1);
            expect(replies.map(reply => [reply.method, reply.result, reply.error]), report).toEqual([['textDocument/inlayHint', [], null]]);
        }, 60_000);
    }
});
