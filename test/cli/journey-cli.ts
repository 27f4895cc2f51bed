import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'bin', 'journey.cjs');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `journey` command (npm run build makes it) as a user would; `input` is its standard input. */
export function journey(args: string[], cwd = repoRoot, input?: string | Buffer): CliRun {
    if (!fs.existsSync(path.join(repoRoot, 'out', 'cli', 'main.cjs'))) {
        throw new Error('out/cli/main.cjs is missing: run npm run build before the CLI tests');
    }
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000, input: input ?? '', env: plainEnv() });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The environment without the colour switches a developer's shell may set: reports are compared as plain text. */
export function plainEnv(): NodeJS.ProcessEnv {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    return env;
}

export function tempFolder(files: Record<string, string>): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cli-'));
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), text);
    }
    return folder;
}
