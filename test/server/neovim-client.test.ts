// A second, independent LSP client: headless Neovim (>= 0.7) runs scripts/nvim-lsp-diag.lua,
// which starts the language server over stdio, opens a broken file and prints the diagnostics.
// Skipped (and reported as skipped) when `nvim` is not on PATH.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BROKEN_TEXT, EMOTION_OFF_SCALE, repoRoot, serverBin, serverBundle, UNRESOLVED_OWNER } from './fixtures.js';

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
const script = join(repoRoot, 'scripts', 'nvim-lsp-diag.lua');
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

describe('Neovim as an LSP client', () => {
    test.skipIf(!nvim)(`headless nvim shows both diagnostics of a broken .journey file${skipReason}`, async () => {
        expect(existsSync(serverBundle), `${serverBundle} is missing: run \`npm run build\` first`).toBe(true);
        const dir = mkdtempSync(join(tmpdir(), 'journey-nvim-'));
        tempDirs.push(dir);
        const file = join(dir, 'broken.journey');
        writeFileSync(file, BROKEN_TEXT);
        // The language's own errors are under test here, not the gap rules.
        writeFileSync(join(dir, 'journey.config.json'), '{ "rules": { "*": "off" } }\n');
        // Keep Neovim's logs and state out of the real home folder.
        const xdg = join(dir, '.xdg');
        mkdirSync(xdg);

        const command = [process.execPath, serverBin, '--stdio'];
        const env: NodeJS.ProcessEnv = {
            ...process.env,
            // The script splits LSP_CMD on whitespace; a JSON array keeps paths with spaces whole.
            LSP_CMD: command.some(part => /\s/.test(part)) ? JSON.stringify(command) : command.join(' '),
            LSP_TIMEOUT_MS: '20000',
            XDG_CACHE_HOME: join(xdg, 'cache'),
            XDG_STATE_HOME: join(xdg, 'state'),
            XDG_DATA_HOME: join(xdg, 'data'),
            XDG_CONFIG_HOME: join(xdg, 'config'),
        };
        const result = await run(nvim!, ['--headless', '--clean', '-c', `luafile ${script}`, file], { cwd: dir, env, timeout: 40_000 });
        const report = `nvim exit code ${result.code}, signal ${result.signal}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

        expect(result.killed, `nvim hung and was killed by the timeout.\n${report}`).toBe(false);
        expect(result.code, report).toBe(0);
        const lines = result.stdout.split(/\r?\n/).filter(line => /^\d+:\d+: /.test(line));
        expect(lines.sort(), report).toEqual([
            `3:${'journey J { stage S { touchpoint T { channel Phone owner '.length + 1}: error: ${UNRESOLVED_OWNER}`,
            `3:${'journey J { stage S { touchpoint T { channel Phone owner ServiceDsk emotion '.length + 1}: error: ${EMOTION_OFF_SCALE}`,
        ].sort());
    }, 60_000);
});
