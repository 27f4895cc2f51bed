/**
 * The example GitHub Actions workflow: it uses the action at the repository root (tested on its
 * own in test/action/action.test.ts), and its journey commands run for real after the action's
 * set-up step has put `journey` on the PATH.
 */
import { spawnSync } from 'node:child_process';
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
    const action = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const uses = steps.find(s => s.uses?.startsWith('journey-maps/journey-maps@'));

    test('runs on pull requests and pushes that touch maps, with the permissions it needs', () => {
        expect(workflow.on.pull_request.paths).toContain('**/*.journey');
        expect(workflow.permissions).toMatchObject({ contents: 'read', actions: 'read', 'security-events': 'write', 'pull-requests': 'write' });
        expect(steps[0].uses).toBe('actions/checkout@v5');
    });

    test('uses the action at the root of this repository, with inputs it has', () => {
        expect(uses?.uses).toBe('journey-maps/journey-maps@v0');
        for (const input of Object.keys(uses!.with!)) expect(Object.keys(action.inputs), input).toContain(input);
        expect(uses?.with).toMatchObject({ paths: '.', 'fail-on': 'errors', sarif: true, comment: true });
    });

    test('its journey command works after the action, with journey on the PATH', () => {
        expect(runs).toEqual(['journey fmt --check .']);
        const work = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-ci-'));
        fs.cpSync(path.join(root, 'examples'), path.join(work, 'maps'), { recursive: true });
        // What scripts/action-setup.sh appends to GITHUB_PATH: a folder with `journey` in it.
        const githubPath = path.join(work, 'github-path');
        const runnerTemp = path.join(work, 'runner-temp');
        const setup = spawnSync('bash', [path.join(root, 'scripts', 'action-setup.sh')], { env: { ...process.env, GITHUB_PATH: githubPath, RUNNER_TEMP: runnerTemp }, encoding: 'utf8' });
        expect(setup.status, setup.stderr).toBe(0);
        const bin = fs.readFileSync(githubPath, 'utf8').trim();
        expect(bin).toBe(path.join(runnerTemp, 'journey-maps-bin'));
        const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
        for (const command of runs) {
            const result = spawnSync('sh', ['-c', command], { cwd: work, env, encoding: 'utf8' });
            expect({ command, status: result.status, stderr: result.stderr }).toEqual({ command, status: 0, stderr: '' });
        }
    });
});
