import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const bin = path.join(repoRoot, 'bin', 'journey.cjs');
const GAPS_OFF = JSON.stringify({ rules: { '*': 'off' } });
const SHARED = 'stakeholder Desk "Service desk" influence high\nchannel Phone\n';
const MAP = (owner: string, title = 'Reset') => `journey J "${title}" {\n  stage S {\n    touchpoint T { channel Phone owner ${owner} }\n  }\n}\n`;

const folders: string[] = [];
const running: ChildProcess[] = [];
afterEach(() => running.splice(0).forEach(child => child.exitCode === null && child.kill('SIGKILL')));
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
    const f = tempFolder({ 'journey.config.json': GAPS_OFF, ...files });
    folders.push(f);
    return f;
}

/** A `journey … --watch` running in the background, with what it has written so far. */
function watching(args: string[], cwd: string) {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    const seen = { stdout: '', stderr: '' };
    child.stdout!.on('data', chunk => (seen.stdout += chunk));
    child.stderr!.on('data', chunk => (seen.stderr += chunk));
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    /** Waits (at most 20 s) until the output shows what `ready` looks for. */
    const until = async (what: string, ready: () => boolean) => {
        for (let waited = 0; !ready(); waited += 50) {
            if (waited > 20_000 || child.exitCode !== null) throw new Error(`gave up waiting for ${what}\nstdout: ${seen.stdout}\nstderr: ${seen.stderr}`);
            await new Promise(resolve => setTimeout(resolve, 50));
        }
    };
    const count = (text: string, part: string) => text.split(part).length - 1;
    return {
        seen,
        /** Waits for the `n`th time `part` is on stdout. */
        stdout: (part: string, n = 1) => until(`${n}× ${part}`, () => count(seen.stdout, part) >= n),
        stderr: (part: string, n = 1) => until(`${n}× ${part} on stderr`, () => count(seen.stderr, part) >= n),
        stop: async (signal: NodeJS.Signals) => {
            child.kill(signal);
            return exited;
        },
    };
}

describe('check --watch', () => {
    test('checks again after each save, a new or deleted file and a settings change; Ctrl+C ends it with 0', async () => {
        const dir = folder({ 'shared.journey': SHARED, 'reset.journey': MAP('Desk') });
        const run = watching(['check', '.', '--watch'], dir);
        await run.stdout('✓ 0 errors, 0 warnings in 2 files');
        await run.stderr('watching for changes');

        fs.writeFileSync(path.join(dir, 'reset.journey'), MAP('Dsk'));
        await run.stdout("reset.journey:3:40: error [unresolved-reference] No stakeholder named 'Dsk'");
        await run.stderr('journey: re-checked after change to reset.journey');

        // A folder check follows new folders and files, and deleted ones.
        fs.mkdirSync(path.join(dir, 'more'));
        fs.writeFileSync(path.join(dir, 'more', 'other.journey'), 'journey Other { }\n');
        await run.stdout('1 error, 0 warnings in 3 files');
        fs.rmSync(path.join(dir, 'more'), { recursive: true });
        await run.stdout('1 error, 0 warnings in 2 files', 2);

        // A broken settings file is reported, and watching goes on.
        fs.writeFileSync(path.join(dir, 'journey.config.json'), '{ "rules": ');
        await run.stderr('journey: journey.config.json:1:');
        fs.writeFileSync(path.join(dir, 'journey.config.json'), GAPS_OFF);
        await run.stderr('re-checked after change to journey.config.json', 2);

        // Editors that save through a temporary file and a rename are followed too.
        fs.writeFileSync(path.join(dir, '.reset.journey.swp'), MAP('Desk'));
        fs.renameSync(path.join(dir, '.reset.journey.swp'), path.join(dir, 'reset.journey'));
        await run.stdout('✓ 0 errors, 0 warnings in 2 files', 2);

        expect(await run.stop('SIGINT')).toBe(0);
        expect(run.seen.stderr).not.toContain('internal error');
    }, 90_000);

    test('a named file: its neighbours count; a syntax error or a deleted file is reported and watching goes on', async () => {
        const dir = folder({ 'shared.journey': SHARED, 'reset.journey': MAP('Desk'), 'notes.txt': 'x' });
        const run = watching(['check', 'reset.journey', '--watch'], dir);
        await run.stdout('✓ 0 errors, 0 warnings in 1 file');

        fs.writeFileSync(path.join(dir, 'shared.journey'), 'channel Phone\n');
        await run.stdout("No stakeholder named 'Desk'");
        await run.stderr('re-checked after change to shared.journey');

        fs.writeFileSync(path.join(dir, 'reset.journey'), 'journey J {');
        await run.stdout('reset.journey:1:12: error');

        fs.rmSync(path.join(dir, 'reset.journey'));
        await run.stderr('journey: reset.journey: no such file or folder');

        fs.writeFileSync(path.join(dir, 'shared.journey'), SHARED);
        fs.writeFileSync(path.join(dir, 'reset.journey'), MAP('Desk'));
        await run.stdout('✓ 0 errors, 0 warnings in 1 file', 2);

        expect(await run.stop('SIGTERM')).toBe(0);
    }, 90_000);

    test('standard input cannot be watched (exit 2)', () => {
        const run = journey(['check', '-', '--watch'], repoRoot, 'journey J { }');
        expect(run.stderr).toBe('journey: --watch cannot watch standard input (-): name the files or folders\n');
        expect(run.status).toBe(2);
    });
});

describe('render --watch', () => {
    test('rewrites the -o file after each change, atomically, and leaves no temporary file', async () => {
        const dir = folder({ 'shared.journey': SHARED, 'reset.journey': MAP('Desk', 'First title') });
        const output = path.join(dir, 'map.svg');
        const run = watching(['render', 'reset.journey', '--watch', '-o', 'map.svg'], dir);
        await run.stderr('watching for changes');
        expect(fs.readFileSync(output, 'utf8')).toContain('First title');

        fs.writeFileSync(path.join(dir, 'reset.journey'), MAP('Desk', 'Second title'));
        await run.stderr('journey: re-rendered map.svg after change to reset.journey');
        expect(fs.readFileSync(output, 'utf8')).toContain('Second title');
        expect(fs.readFileSync(output, 'utf8')).not.toContain('First title');

        // Writing map.svg is not a change of the user's: no run follows it by itself (else it would loop).
        await new Promise(resolve => setTimeout(resolve, 1000));
        expect(run.seen.stderr.match(/re-rendered/g)).toHaveLength(1);
        expect(await run.stop('SIGINT')).toBe(0);
        expect(fs.readdirSync(dir).sort()).toEqual(['journey.config.json', 'map.svg', 'reset.journey', 'shared.journey']);
        expect(run.seen.stdout).toBe('');
    }, 60_000);

    test('to standard output it is refused: a usage error (exit 2)', () => {
        const dir = folder({ 'reset.journey': MAP('Desk') });
        for (const args of [['render', 'reset.journey', '--watch'], ['render', 'reset.journey', '--watch', '-o', '-']]) {
            const run = journey(args, dir);
            expect(run.stderr).toBe('journey: --watch needs -o <file>: each new drawing replaces that file\n');
            expect(run.stdout).toBe('');
            expect(run.status).toBe(2);
        }
    });
});
