import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ProgressLine } from '../../src/cli/progress-line.js';
import { repoRoot, tempFolder } from './journey-cli.js';

/** A stream that records what is written, and a clock the test moves. */
function fake(isTTY: boolean) {
    const writes: string[] = [];
    let time = 0;
    return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes, tick: (ms: number) => (time += ms), now: () => time };
}

describe('ProgressLine', () => {
    test('a large run is shown at once, redrawn in place at most every 100 ms, always at the end, then erased', () => {
        const { stream, writes, tick, now } = fake(true);
        const progress = new ProgressLine(stream, 'checking', { now });
        progress.update(0, 1000);
        progress.update(1, 1000); // too soon after the last redraw
        tick(100);
        progress.update(240, 1000);
        progress.update(1000, 1000); // the last one is drawn however soon
        progress.clear();
        expect(writes).toEqual(['\r\u001b[Kchecking 0/1000 files…', '\r\u001b[Kchecking 240/1000 files…', '\r\u001b[Kchecking 1000/1000 files…', '\r\u001b[K']);
    });

    test('a small run is shown only once it has taken 500 ms', () => {
        const { stream, writes, tick, now } = fake(true);
        const progress = new ProgressLine(stream, 'checking', { now });
        progress.update(0, 20);
        tick(499);
        progress.update(3, 20);
        expect(writes).toEqual([]);
        tick(1);
        progress.update(4, 20);
        expect(writes).toEqual(['\r\u001b[Kchecking 4/20 files…']);
    });

    test('nothing at all when the stream is not a terminal, and nothing to erase when nothing was drawn', () => {
        const { stream, writes, tick, now } = fake(false);
        const progress = new ProgressLine(stream, 'checking', { now });
        progress.update(0, 1000);
        tick(10_000);
        progress.update(999, 1000);
        progress.clear();
        expect(writes).toEqual([]);
        const small = fake(true);
        new ProgressLine(small.stream, 'checking', { now: small.now }).clear();
        expect(small.writes).toEqual([]);
    });
});

describe('journey check of many files', () => {
    const files: Record<string, string> = { 'journey.config.json': JSON.stringify({ rules: { '*': 'off' } }) };
    for (let i = 0; i < 210; i++) files[`m${i}.journey`] = `journey J${i} { }\n`;
    const dir = tempFolder(files);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (command: string[]) => spawnSync(command[0], command.slice(1), { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    const check = [process.execPath, path.join(repoRoot, 'bin', 'journey.cjs'), 'check', '.'];

    test('shows its progress on a terminal (a pseudo-terminal from script), and erases it before the report', () => {
        const result = run(['script', '-qec', check.join(' '), '/dev/null']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('\r\u001b[Kchecking 0/210 files…');
        expect(result.stdout).toContain('\r\u001b[Kchecking 210/210 files…\r\u001b[K✓ 0 errors, 0 warnings in 210 files');
    });

    test('writes no progress when stderr is not a terminal', () => {
        const result = run(check);
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('✓ 0 errors, 0 warnings in 210 files\n');
    });
});
