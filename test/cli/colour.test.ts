import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatText, type ReportedDiagnostic } from '../../src/cli/diagnostic-report.js';
import { ansi, plain, useColour } from '../../src/cli/terminal-colour.js';
import { repoRoot, tempFolder } from './journey-cli.js';

const bin = path.join(repoRoot, 'bin', 'journey.cjs');
const ESC = '\u001b[';
const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

const dir = tempFolder({
    'journey.config.json': JSON.stringify({ rules: { '*': 'off' } }),
    'broken.journey': 'journey J {\n  stage S {\n    touchpoint T { emotion 7 }\n  }\n}\n',
});
folders.push(dir);

/** `journey check` with exactly these colour variables (the test runner's own are left out). */
function check(args: string[], env: Record<string, string> = {}) {
    const { FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
    const result = spawnSync(process.execPath, [bin, 'check', 'broken.journey', ...args], { cwd: dir, encoding: 'utf8', env: { ...rest, ...env }, timeout: 60_000 });
    expect(result.status).toBe(1);
    return result.stdout;
}

describe('when check colours its report', () => {
    test('not on a pipe by default; FORCE_COLOR or --color turn it on, FORCE_COLOR=0, NO_COLOR or --no-color off', () => {
        const plainReport = check([]);
        expect(plainReport).not.toContain(ESC);
        expect(plainReport).toContain('broken.journey:3:28: error [emotion-out-of-range]');

        const coloured = check([], { FORCE_COLOR: '1' });
        expect(coloured).toContain(`broken.journey:3:28: ${ESC}31merror${ESC}39m ${ESC}2m[emotion-out-of-range]${ESC}22m`);
        // The summary too, and taking the escapes away gives the plain report back.
        expect(coloured).toContain(`${ESC}31m`);
        expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plainReport);

        expect(check(['--color'])).toBe(coloured);
        expect(check(['--color'], { NO_COLOR: '1' })).toBe(coloured);
        expect(check([], { FORCE_COLOR: '0' })).toBe(plainReport);
        expect(check([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(coloured);
        expect(check(['--no-color'], { FORCE_COLOR: '1' })).toBe(plainReport);
        expect(check(['--color', '--no-color'])).toBe(plainReport);
    });

    test('json, sarif and github output are never coloured', () => {
        for (const format of ['json', 'sarif', 'github']) {
            expect(check(['--format', format, '--color'], { FORCE_COLOR: '1' })).not.toContain(ESC);
        }
    });

    test('on a terminal (a pseudo-terminal from util-linux\'s script), colour by default, none with NO_COLOR', () => {
        const { FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
        const onTerminal = (env: Record<string, string>) => spawnSync('script', ['-qec', `${process.execPath} ${bin} check broken.journey`, '/dev/null'],
            { cwd: dir, encoding: 'utf8', env: { ...rest, TERM: 'xterm', ...env }, timeout: 60_000 });
        const coloured = onTerminal({});
        expect(coloured.status).toBe(1);
        expect(coloured.stdout).toContain(`${ESC}31merror${ESC}39m`);
        const uncoloured = onTerminal({ NO_COLOR: '1' });
        expect(uncoloured.stdout).toContain('broken.journey:3:28: error [emotion-out-of-range]');
        expect(uncoloured.stdout).not.toContain(`${ESC}31m`);
    });
});

describe('useColour', () => {
    const tty = { isTTY: true };
    const pipe = { isTTY: false };
    test.each([
        ['a terminal', {}, tty, undefined, true],
        ['a pipe', {}, pipe, undefined, false],
        ['a dumb terminal', { TERM: 'dumb' }, tty, undefined, false],
        ['NO_COLOR on a terminal', { NO_COLOR: '1' }, tty, undefined, false],
        ['an empty NO_COLOR', { NO_COLOR: '' }, tty, undefined, true],
        ['FORCE_COLOR on a pipe', { FORCE_COLOR: '1' }, pipe, undefined, true],
        ['FORCE_COLOR=3', { FORCE_COLOR: '3' }, pipe, undefined, true],
        ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, tty, undefined, false],
        ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, tty, undefined, false],
        ['an empty FORCE_COLOR', { FORCE_COLOR: '' }, pipe, undefined, false],
        ['FORCE_COLOR over NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, pipe, undefined, true],
        ['--color over NO_COLOR', { NO_COLOR: '1' }, pipe, true, true],
        ['--no-color over FORCE_COLOR', { FORCE_COLOR: '1' }, tty, false, false],
    ] as const)('%s', (_name, env, stream, flag, expected) => {
        expect(useColour({ env, stream, flag })).toBe(expected);
    });
});

describe('formatText colours', () => {
    const at = (severity: ReportedDiagnostic['severity']): ReportedDiagnostic =>
        ({ file: 'a.journey', line: 1, column: 2, endLine: 1, endColumn: 3, severity, code: 'c', message: 'm' });

    test('each severity in its colour, the code dimmed, the location plain', () => {
        const text = formatText([at('error'), at('warning'), at('info'), at('hint')], 1, ansi);
        expect(text.split('\n').slice(0, 4)).toEqual([
            `a.journey:1:2: ${ESC}31merror${ESC}39m ${ESC}2m[c]${ESC}22m m`,
            `a.journey:1:2: ${ESC}33mwarning${ESC}39m ${ESC}2m[c]${ESC}22m m`,
            `a.journey:1:2: ${ESC}36minfo${ESC}39m ${ESC}2m[c]${ESC}22m m`,
            `a.journey:1:2: ${ESC}2mhint${ESC}22m ${ESC}2m[c]${ESC}22m m`,
        ]);
    });

    test('the summary: red with errors, yellow with warnings, cyan with notes, green when clean', () => {
        const summary = (diagnostics: ReportedDiagnostic[]) => formatText(diagnostics, 1, ansi).trimEnd().split('\n').pop();
        expect(summary([at('error'), at('warning')])).toBe(`${ESC}1m${ESC}31m1 error, 1 warning in 1 file${ESC}39m${ESC}22m`);
        expect(summary([at('warning')])).toBe(`${ESC}1m${ESC}33m0 errors, 1 warning in 1 file${ESC}39m${ESC}22m`);
        expect(summary([at('hint')])).toBe(`${ESC}1m${ESC}36m0 errors, 0 warnings, 1 note in 1 file${ESC}39m${ESC}22m`);
        expect(summary([])).toBe(`${ESC}1m${ESC}32m✓ 0 errors, 0 warnings in 1 file${ESC}39m${ESC}22m`);
    });

    test('plain is the default, and changes nothing', () => {
        expect(formatText([at('error')], 1)).toBe(formatText([at('error')], 1, plain));
        expect(formatText([at('error')], 1)).toBe('a.journey:1:2: error [c] m\n1 error, 0 warnings in 1 file\n');
    });
});
