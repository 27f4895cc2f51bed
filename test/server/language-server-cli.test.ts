// `journey-language-server` as a command: --help and --version answer and exit 0, like any
// command-line tool; anything it does not know is a usage error (exit 2) with the usage.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, serverBin } from './fixtures.js';

function server(args: string[]) {
    const result = spawnSync(process.execPath, [serverBin, ...args], { encoding: 'utf8', timeout: 10_000, input: '' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

describe('journey-language-server on the command line', () => {
    test('--help and -h print the usage, with every transport, on stdout and exit 0', () => {
        for (const flag of ['--help', '-h']) {
            const run = server([flag]);
            expect([flag, run.status, run.stderr]).toEqual([flag, 0, '']);
            expect(run.stdout).toMatch(/^usage: journey-language-server --stdio \| --node-ipc \| --socket=<port> \| --pipe=<name>\n/);
            for (const option of ['  --stdio ', '  --node-ipc ', '  --socket=<port> ', '  --pipe=<name> ', '  -h, --help ', '  -v, --version ']) expect(run.stdout).toContain(option);
        }
    });

    test('--version and -v print the version of the package and exit 0', () => {
        for (const flag of ['--version', '-v']) {
            expect(server([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
        }
    });

    test('an unknown option, even beside a transport, exits 2 with its name and the usage on stderr', () => {
        for (const args of [['--bogus'], ['--stdio', '--bogus'], ['--clientProcessId', '12', 'stdio']]) {
            const run = server(args);
            expect([args, run.status, run.stdout]).toEqual([args, 2, '']);
            expect(run.stderr).toMatch(new RegExp(`^journey-language-server: unknown option '${args.at(-1)}'\\nusage: journey-language-server --stdio`));
        }
    });

    test('no transport at all: exit 2 with the usage', () => {
        const run = server([]);
        expect([run.status, run.stdout]).toEqual([2, '']);
        expect(run.stderr).toMatch(/^usage: journey-language-server --stdio/);
    });
});
