/**
 * The example GitHub Actions workflow: its shape, and its journey commands run for real in a
 * pull-request-like checkout (a clone whose origin has the base branch), with the built CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..');
const workflow = parse(fs.readFileSync(path.join(root, 'examples', 'ci', 'journey.yml'), 'utf8')) as {
    on: { pull_request: { paths: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string }[] }>;
};
const steps = workflow.jobs.journeys.steps;
const runs = steps.filter(s => s.run?.startsWith('journey ')).map(s => s.run!);

describe('examples/ci/journey.yml', () => {
    test('runs on pull requests that touch maps, with the permissions it needs', () => {
        expect(workflow.on.pull_request.paths).toContain('**/*.journey');
        expect(workflow.permissions).toMatchObject({ contents: 'read', 'security-events': 'write', 'pull-requests': 'write' });
        expect(steps.find(s => s.uses?.startsWith('actions/checkout'))?.with).toMatchObject({ 'fetch-depth': 0 });
    });

    test('uploads SARIF from journey check, runs fmt --check and comments journey diff --git on the base', () => {
        expect(runs[0]).toMatch(/^journey check \. --format sarif .*> journey\.sarif$/);
        const upload = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif'));
        expect(upload?.with).toMatchObject({ sarif_file: 'journey.sarif' });
        expect(upload?.if).toContain('always()');
        expect(runs).toContain('journey fmt --check .');
        expect(runs).toContain('journey diff --git "origin/${{ github.base_ref }}" > journey-diff.md');
        expect(steps.at(-1)?.run).toContain('gh pr comment "$PR" --body-file journey-diff.md');
    });

    test('its journey commands work in a pull-request checkout', () => {
        const work = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-ci-'));
        const origin = path.join(work, 'origin');
        const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=CI', '-c', 'user.email=ci@example.org', ...args], { cwd, stdio: 'pipe' });
        fs.mkdirSync(path.join(origin, 'maps'), { recursive: true });
        for (const name of ['shared.journey', 'password-reset.journey']) fs.copyFileSync(path.join(root, 'examples', name), path.join(origin, 'maps', name));
        git(origin, 'init', '-q', '-b', 'main');
        git(origin, 'add', '.');
        git(origin, 'commit', '-q', '-m', 'maps');
        const checkout = path.join(work, 'checkout');
        git(work, 'clone', '-q', origin, checkout);
        git(checkout, 'checkout', '-q', '-b', 'feature');
        const file = path.join(checkout, 'maps', 'password-reset.journey');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('emotion 1 frustrated', 'emotion 3 calm'));
        git(checkout, 'commit', '-q', '-am', 'callback works');

        // The CLI as the workflow calls it: `journey` on the PATH.
        const bin = path.join(work, 'bin');
        fs.mkdirSync(bin);
        fs.writeFileSync(path.join(bin, 'journey'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin', 'journey.cjs')}" "$@"\n`, { mode: 0o755 });
        const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
        for (const command of runs) {
            const shell = command.replace('${{ github.base_ref }}', 'main');
            const result = spawnSync('sh', ['-c', shell], { cwd: checkout, env, encoding: 'utf8' });
            expect({ command: shell, status: result.status, stderr: result.stderr }).toEqual({ command: shell, status: 0, stderr: '' });
        }
        const sarif = JSON.parse(fs.readFileSync(path.join(checkout, 'journey.sarif'), 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].results.length).toBeGreaterThan(0);
        const comment = fs.readFileSync(path.join(checkout, 'journey-diff.md'), 'utf8');
        expect(comment).toContain('Comparing origin/main → working tree: 1 journey changed');
        expect(comment).toContain('⬆️ +2');
        expect(comment).toContain('```mermaid');
    });
});
