// The GitHub Action without GitHub: its entry point (out/action/main.cjs, as action.yml runs it)
// in a temporary git repository, with a simulated event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// and a fake GitHub REST API on 127.0.0.1 that keeps the pull request's comments and records calls.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const entry = path.join(root, 'out', 'action', 'main.cjs');
const MARKER = '<!-- journey-maps:diff -->';

interface ApiCall { method: string; url: string; authorization?: string; body?: { body?: string } }
interface StoredComment { id: number; body: string; html_url: string; user: { login: string } }
const BOT = { login: 'github-actions[bot]' };

/** Issue comments of pull request 7 of acme/maps, as the REST API serves them. */
class FakeGitHub {
    calls: ApiCall[] = [];
    comments: StoredComment[] = [];
    refuseWrites = false;
    private nextId = 100;
    private server = http.createServer((request, response) => {
        let text = '';
        request.on('data', chunk => { text += chunk; });
        request.on('end', () => {
            const body = text ? JSON.parse(text) : undefined;
            this.calls.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, body });
            const reply = (status: number, data: unknown) => {
                response.writeHead(status, { 'content-type': 'application/json' });
                response.end(JSON.stringify(data));
            };
            const url = new URL(request.url!, 'http://localhost');
            // As for GITHUB_TOKEN, which is an app's installation token: no user of its own.
            if (request.method === 'GET' && url.pathname === '/user') return reply(403, { message: 'Resource not accessible by integration' });
            if (request.method === 'GET' && url.pathname === '/repos/acme/maps/issues/7/comments') {
                const page = Number(url.searchParams.get('page') ?? 1);
                const perPage = Number(url.searchParams.get('per_page') ?? 30);
                return reply(200, this.comments.slice((page - 1) * perPage, page * perPage));
            }
            if (this.refuseWrites) return reply(403, { message: 'Resource not accessible by integration' });
            if (request.method === 'POST' && url.pathname === '/repos/acme/maps/issues/7/comments') {
                const comment = { id: this.nextId++, body: body.body, html_url: `https://github.test/acme/maps/pull/7#issuecomment-${this.nextId}`, user: BOT };
                this.comments.push(comment);
                return reply(201, comment);
            }
            const patch = /^\/repos\/acme\/maps\/issues\/comments\/(\d+)$/.exec(url.pathname);
            if (request.method === 'PATCH' && patch) {
                const comment = this.comments.find(c => c.id === Number(patch[1]));
                if (!comment) return reply(404, { message: 'Not Found' });
                comment.body = body.body;
                return reply(200, comment);
            }
            reply(404, { message: 'Not Found' });
        });
    });
    url = '';
    async start(): Promise<void> {
        await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    }
    stop(): Promise<void> {
        return new Promise(resolve => this.server.close(() => resolve()));
    }
    writes(): ApiCall[] {
        return this.calls.filter(c => c.method !== 'GET');
    }
}

const api = new FakeGitHub();
const tempDirs: string[] = [];
function tempDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    tempDirs.push(dir);
    return dir;
}
function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
}

/** A repository whose main holds the examples; returns it and the base commit. */
function repositoryWithExamples(): { repo: string; base: string } {
    const repo = tempDir('journey-action-repo-');
    fs.cpSync(path.join(root, 'examples'), path.join(repo, 'maps'), { recursive: true, filter: src => src !== path.join(root, 'examples', 'ci') });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'maps');
    return { repo, base: git(repo, 'rev-parse', 'HEAD') };
}

function edit(repo: string, file: string, from: string | RegExp, to: string): void {
    const full = path.join(repo, file);
    const text = fs.readFileSync(full, 'utf8');
    const changed = text.replace(from, to);
    expect(changed, `edit of ${file}`).not.toBe(text);
    fs.writeFileSync(full, changed);
}

interface ActionRun { status: number | null; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }

function parseOutputs(text: string): Record<string, string> {
    const outputs: Record<string, string> = {};
    const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
    for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3];
    return outputs;
}

/** Runs the entry point as the runner would, for an event (its payload written to a file). */
async function runAction(repo: string, event: { name: string; payload: unknown }, inputs: Record<string, string> = {}, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
    const runner = tempDir('journey-action-runner-');
    const eventFile = path.join(runner, 'event.json');
    fs.writeFileSync(eventFile, JSON.stringify(event.payload));
    const outputFile = path.join(runner, 'output');
    const summaryFile = path.join(runner, 'summary.md');
    fs.writeFileSync(outputFile, '');
    fs.writeFileSync(summaryFile, '');
    const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH, HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: 'acme/maps', GITHUB_API_URL: api.url, GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: runner,
        'INPUT_PATHS': '.', 'INPUT_FAIL-ON': 'errors', 'INPUT_SARIF': 'true', 'INPUT_COMMENT': 'true', 'INPUT_SUMMARY': 'true',
        'INPUT_CONFIG': '', 'INPUT_DOCS-URL': '', 'INPUT_CATEGORY': 'journey-maps', 'INPUT_TOKEN': 'test-token',
        ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
        ...extraEnv,
    };
    // Asynchronously: the fake API answers from this process while the action runs.
    const child = spawn(process.execPath, [entry], { cwd: runner, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    const status = await new Promise<number | null>(resolve => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('exit', code => { clearTimeout(timer); resolve(code); });
    });
    return { status, stdout, stderr, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8') };
}

const pullRequest = (base: string) => ({ name: 'pull_request', payload: { number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' } } } });

beforeAll(async () => {
    expect(fs.existsSync(entry), 'npm run build has run').toBe(true);
    await api.start();
});
afterAll(async () => {
    await api.stop();
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
    api.calls = [];
    api.comments = [];
    api.refuseWrites = false;
});

describe('action.yml', () => {
    const action = parseYaml(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));

    test('is a composite action whose check step hands every input to the entry point', () => {
        expect(action.runs.using).toBe('composite');
        const step = action.runs.steps.find((s: { id?: string }) => s.id === 'journey');
        expect(step.run).toBe('node "$GITHUB_ACTION_PATH/out/action/main.cjs"');
        for (const name of Object.keys(action.inputs)) {
            expect(step.env[`INPUT_${name.toUpperCase()}`], name).toBe(`\${{ inputs.${name} }}`);
        }
        expect(Object.keys(action.inputs).sort()).toEqual(['category', 'comment', 'config', 'docs-url', 'fail-on', 'paths', 'sarif', 'summary', 'token']);
    });

    test('uploads the SARIF file to code scanning, also after a failed check', () => {
        const upload = action.runs.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
        expect(upload.with).toEqual({ sarif_file: '${{ steps.journey.outputs.sarif-file }}', category: '${{ inputs.category }}' });
        expect(upload.if).toContain('!cancelled()');
        // Where code scanning cannot be written (a fork, a private repository without it), the verdict stays fail-on's.
        expect(upload['continue-on-error']).toBe(true);
    });

    test('builds itself from source when the ref carries no build, and the set-up script exists', () => {
        expect(action.runs.steps[0].run).toBe('bash "$GITHUB_ACTION_PATH/scripts/action-setup.sh"');
        expect(fs.existsSync(path.join(root, 'scripts', 'action-setup.sh'))).toBe(true);
    });

    test('every output is one the entry point writes', async () => {
        const { repo, base } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest(base));
        expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(action.outputs).sort());
    });
});

describe('on a pull request', () => {
    test('posts the journey diff as one comment, then edits that comment on the next push', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');

        const first = await runAction(repo, pullRequest(base));
        expect(first.status, first.stdout + first.stderr).toBe(0);
        expect(api.writes().map(c => `${c.method} ${c.url}`)).toEqual(['POST /repos/acme/maps/issues/7/comments']);
        expect(api.calls.every(c => c.authorization === 'Bearer test-token')).toBe(true);
        expect(api.comments).toHaveLength(1);
        const [comment] = api.comments;
        expect(comment.body.startsWith(`${MARKER}\n## Journey map changes`)).toBe(true);
        expect(comment.body).toContain('Comparing main (');
        expect(comment.body).toContain('→ pull request \\#7');
        expect(comment.body).toMatch(/\| 1 frustrated \| 3 calm \| ⬆️ \+2 \|/);
        expect(first.outputs['comment-url']).toBe(comment.html_url);
        expect(first.stdout).toContain(`journey: pull-request comment created: ${comment.html_url}`);

        edit(repo, 'maps/password-reset.journey', /emotion 3 calm/, 'emotion 4 relieved');
        api.calls = [];
        const second = await runAction(repo, pullRequest(base));
        expect(second.status).toBe(0);
        expect(api.writes().map(c => `${c.method} ${c.url}`)).toEqual([`PATCH /repos/acme/maps/issues/comments/${comment.id}`]);
        expect(api.comments).toHaveLength(1);
        expect(api.comments[0].body).toMatch(/\| 1 frustrated \| 4 relieved \| ⬆️ \+3 \|/);

        api.calls = [];
        const third = await runAction(repo, pullRequest(base));
        expect(third.status).toBe(0);
        expect(api.writes()).toEqual([]);
    }, 120_000);

    test('finds its own comment among many others, on a later page', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        api.comments = Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, html_url: `https://github.test/c/${i}`, user: { login: 'someone' } }));
        api.comments.push({ id: 500, body: `${MARKER}\nold report`, html_url: 'https://github.test/c/500', user: BOT });
        const run = await runAction(repo, pullRequest(base));
        expect(run.status).toBe(0);
        expect(api.writes().map(c => `${c.method} ${c.url}`)).toEqual(['PATCH /repos/acme/maps/issues/comments/500']);
    }, 60_000);

    test('posts nothing when no map changed, and writes the check to the job summary', async () => {
        const { repo, base } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest(base));
        expect(run.status).toBe(0);
        expect(api.writes()).toEqual([]);
        expect(run.outputs.result).toBe('success');
        expect(run.summary).toMatch(/^# Journey maps\n\n✅ \*\*0 errors, 35 warnings, 37 notes\*\* in 7 files\. No errors\./);
        expect(run.summary).toContain('| `extra-step` | info | 18 |');
        expect(run.summary).toContain('No change to the customer\'s experience.');
    }, 60_000);

    test('writes SARIF for code scanning and the counts as step outputs', async () => {
        const { repo, base } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest(base));
        expect(run.outputs).toMatchObject({ errors: '0', warnings: '35', notes: '37', 'new-gaps': '0', 'resolved-gaps': '0', result: 'success' });
        const sarif = JSON.parse(fs.readFileSync(run.outputs['sarif-file'], 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0].results).toHaveLength(72);
        expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^maps\//);
        expect(run.stdout).not.toContain('::warning file=');
    }, 60_000);

    test('with sarif: false, annotates the pull request with workflow commands instead', async () => {
        const { repo, base } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest(base), { sarif: 'false' });
        expect(run.outputs['sarif-file']).toBe('');
        expect(run.stdout).toMatch(/^::warning file=maps\/password-reset\.journey,line=\d+,col=\d+,/m);
    }, 60_000);

    test('the summary carries the gap table and the Mermaid map before and after', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        const run = await runAction(repo, pullRequest(base));
        expect(run.summary).toContain('| Rule | Severity | Found |');
        expect(run.summary).toContain('## Journey map changes');
        expect(run.summary.match(/```mermaid\njourney\n/g)).toHaveLength(2);
        expect(run.summary).toContain('### Gaps by rule');
    }, 60_000);

    test('fail-on: new-gaps fails on a gap the base did not have, and says so', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /owner ServiceDesk/, '');
        const run = await runAction(repo, pullRequest(base), { 'fail-on': 'new-gaps' });
        expect(run.status).toBe(1);
        expect(run.outputs.result).toBe('failure');
        expect(Number(run.outputs['new-gaps'])).toBeGreaterThan(0);
        expect(run.stdout).toMatch(/^::error title=Journey Maps::Failed: \d+ new gaps? since the base \(fail-on: new-gaps\)\.$/m);
        expect(run.summary).toContain('❌');
        git(repo, 'commit', '-q', '-am', 'no owner');
        const same = await runAction(repo, pullRequest(git(repo, 'rev-parse', 'HEAD')), { 'fail-on': 'new-gaps' });
        expect(same.status, 'against a base that has the same gaps').toBe(0);
    }, 60_000);

    test('fail-on: errors fails on an error in a map, and the comment is still written', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /owner ServiceDesk/, 'owner ServiceDsk');
        const run = await runAction(repo, pullRequest(base));
        expect(run.status).toBe(1);
        expect(run.outputs.result).toBe('failure');
        expect(run.stdout).toContain('error [unresolved-reference]');
        expect(api.comments).toHaveLength(1);
    }, 60_000);

    test('fail-on: warnings fails on warnings; never never fails', async () => {
        const { repo, base } = repositoryWithExamples();
        expect((await runAction(repo, pullRequest(base), { 'fail-on': 'warnings' })).status).toBe(1);
        edit(repo, 'maps/password-reset.journey', /owner ServiceDesk/, 'owner ServiceDsk');
        expect((await runAction(repo, pullRequest(base), { 'fail-on': 'never' })).status).toBe(0);
    }, 60_000);

    test('a read-only token (a pull request from a fork) warns, and the check still counts', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        api.refuseWrites = true;
        const run = await runAction(repo, pullRequest(base));
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^::warning title=Journey Maps::the pull-request comment could not be written \(POST \/repos\/acme\/maps\/issues\/7\/comments: 403 Resource not accessible by integration\)/m);
        expect(run.outputs.result).toBe('success');
    }, 60_000);

    test('a comment that merely starts with the marker, written by someone else, is not taken over', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        api.comments = [{ id: 9, body: `${MARKER}\nplanted`, html_url: 'https://github.test/c/9', user: { login: 'mallory' } }];
        const run = await runAction(repo, pullRequest(base));
        expect(run.status).toBe(0);
        expect(api.writes().map(c => `${c.method} ${c.url}`)).toEqual(['POST /repos/acme/maps/issues/7/comments']);
        expect(api.comments[0].body).toBe(`${MARKER}\nplanted`);
    }, 60_000);

    test('compares with the merge commit\'s first parent, not a base.sha that lags behind it', async () => {
        const { repo, base } = repositoryWithExamples();
        git(repo, 'checkout', '-q', '-b', 'feature');
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        git(repo, 'commit', '-q', '-am', 'calmer');
        git(repo, 'checkout', '-q', 'main');
        edit(repo, 'maps/password-reset.journey', /emotion 2 confused/, 'emotion 4 curious');
        git(repo, 'commit', '-q', '-am', 'main moved on');
        // What actions/checkout checks out for a pull request: the merge into the base as it is now.
        git(repo, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
        const merge = git(repo, 'rev-parse', 'HEAD');
        const run = await runAction(repo, pullRequest(base), {}, { GITHUB_SHA: merge });
        expect(run.status, run.stdout).toBe(0);
        expect(api.comments[0].body).toMatch(/\| 1 frustrated \| 3 calm \|/);
        expect(api.comments[0].body, 'main\'s own change is not the pull request\'s').not.toContain('curious');
    }, 60_000);

    test('fail-on: new-gaps fails a pull request it cannot compare', async () => {
        const { repo } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest('1'.repeat(40)), { 'fail-on': 'new-gaps' });
        expect(run.status).toBe(1);
        expect(run.outputs.result).toBe('failure');
        expect(run.stdout).toMatch(/^::warning title=Journey Maps::could not fetch the base commit 1111111 to compare with \(.+\); check out with fetch-depth: 0$/m);
        expect(run.stdout).toMatch(/^::error title=Journey Maps::Failed: the pull request could not be compared with its base/m);
    }, 60_000);

    test('the maps\' own text cannot forge workflow commands in the log', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /metric Abandonment "[^"]*"/, 'metric Abandonment "Wait\\n::error file=README.md,line=1::SPOOFED\\n::stop-commands::zzz"');
        fs.writeFileSync(path.join(repo, 'maps', '::notice::forged.journey'), 'journey Forged { stage S { touchpoint T { emotion 9 } } }\n');
        for (const sarif of ['true', 'false']) {
            const run = await runAction(repo, pullRequest(base), { sarif });
            expect(run.stdout, 'the title reaches the log').toContain('SPOOFED');
            // The runner's reading: a line starting with :: is a command unless commands are stopped.
            let stoppedBy: string | undefined;
            const commands: string[] = [];
            for (const line of run.stdout.split('\n')) {
                if (stoppedBy) {
                    if (line === `::${stoppedBy}::`) stoppedBy = undefined;
                    continue;
                }
                const stop = /^::stop-commands::(.+)$/.exec(line);
                if (stop) stoppedBy = stop[1];
                else if (line.startsWith('::')) commands.push(line);
            }
            expect(stoppedBy, 'commands resume').toBeUndefined();
            expect(commands.filter(c => !/^::(error|warning|notice) (title=Journey Maps|file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=journey [\w-]+)::/.test(c))).toEqual([]);
            expect(commands.some(c => c.startsWith('::error title=Journey Maps::Failed: 1 error'))).toBe(true);
            if (sarif === 'false') expect(commands.some(c => c.startsWith('::error file=maps/%3A%3Anotice%3A%3Aforged.journey,line=1'))).toBe(true);
        }
    }, 120_000);

    test('in a shallow clone, fetches the base commit to compare with', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        git(repo, 'commit', '-q', '-am', 'calmer');
        const clone = tempDir('journey-action-shallow-');
        git(clone, 'clone', '-q', '--depth=1', `file://${repo}`, '.');
        expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
        const run = await runAction(clone, pullRequest(base));
        expect(run.status, run.stdout).toBe(0);
        expect(api.comments).toHaveLength(1);
        expect(api.comments[0].body).toMatch(/\| 1 frustrated \| 3 calm \|/);
    }, 60_000);
});

describe('on a push', () => {
    test('compares with the previous head in the summary, and comments nowhere', async () => {
        const { repo, base } = repositoryWithExamples();
        edit(repo, 'maps/password-reset.journey', /emotion 1 frustrated/, 'emotion 3 calm');
        const run = await runAction(repo, { name: 'push', payload: { before: base, after: 'f'.repeat(40) } });
        expect(run.status).toBe(0);
        expect(api.calls).toEqual([]);
        expect(run.summary).toMatch(/\| 1 frustrated \| 3 calm \| ⬆️ \+2 \|/);
    }, 60_000);

    test('the first push of a branch has nothing to compare with', async () => {
        const { repo } = repositoryWithExamples();
        const run = await runAction(repo, { name: 'push', payload: { before: '0'.repeat(40) } });
        expect(run.status).toBe(0);
        expect(run.summary).not.toContain('## Journey map changes');
        expect(run.outputs['new-gaps']).toBe('');
    }, 60_000);
});

describe('paths', () => {
    test('one a line, and a folder name may hold spaces', async () => {
        const { repo, base } = repositoryWithExamples();
        fs.renameSync(path.join(repo, 'maps'), path.join(repo, 'service desk'));
        const run = await runAction(repo, pullRequest(base), { paths: 'service desk/password-reset.journey\nservice desk/password-reset-ideal.journey\n' });
        expect(run.status, run.stdout).toBe(0);
        const files = new Set([...run.stdout.matchAll(/^(.+?\.journey):\d+:\d+: /gm)].map(m => m[1]));
        expect([...files].sort()).toEqual(['service desk/password-reset-ideal.journey', 'service desk/password-reset.journey']);
    }, 60_000);
});

describe('bad input', () => {
    test('an unknown fail-on value is one error line, exit 2', async () => {
        const { repo, base } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest(base), { 'fail-on': 'sometimes' });
        expect(run.status).toBe(2);
        expect(run.stdout.trim()).toBe("::error title=Journey Maps::input fail-on: 'sometimes' is not one of errors, warnings, new-gaps, never");
        expect(run.stderr).toBe('');
    }, 60_000);

    test('paths with no maps is one error line, exit 2', async () => {
        const { repo, base } = repositoryWithExamples();
        const run = await runAction(repo, pullRequest(base), { paths: 'nowhere' });
        expect(run.status).toBe(2);
        expect(run.stdout).toMatch(/^::error title=Journey Maps::nowhere: /m);
        expect(run.stdout).not.toMatch(/at .*\.cjs:\d+/);
    }, 60_000);
});
