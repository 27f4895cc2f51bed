import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { EventContext } from './github-event.js';

const run = promisify(execFile);
// No prompt for credentials, ever: a CI job has nobody to answer it.
const ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0' };

async function git(args: string[], timeout = 30_000): Promise<string> {
    return (await run('git', args, { env: ENV, timeout })).stdout.trim();
}

export interface Base {
    sha: string;
    label?: string;
}

/**
 * The commit to compare the working tree with. On a pull request, actions/checkout checks out
 * GITHUB_SHA, the merge of the pull request into its base as the base was at that moment: the
 * merge's first parent is that base, which is what the pull request changes. The payload's
 * base.sha can lag behind it (the base moved on after the event was made), and comparing with it
 * would count the base's newer commits as the pull request's changes. A checkout of another
 * commit (the head, as pull_request_target workflows do) is compared with base.sha.
 */
export async function baseCommit(event: EventContext, githubSha: string | undefined): Promise<Base | undefined> {
    if (!event.baseSha) return undefined;
    if (event.pullRequest !== undefined && githubSha) {
        try {
            const head = await git(['rev-parse', 'HEAD']);
            if (head === githubSha) {
                // cat-file reads the parents from the commit itself, so it works in a depth-1 clone.
                const parents = (await git(['cat-file', '-p', 'HEAD'])).split('\n').filter(l => l.startsWith('parent ')).map(l => l.slice(7));
                if (parents.length === 2) return { sha: parents[0], label: event.baseLabel?.replace(/\([0-9a-f]{7}\)$/, `(${parents[0].slice(0, 7)})`) };
            }
        } catch {
            // Not a git checkout: the comparison says so itself.
        }
    }
    return { sha: event.baseSha, label: event.baseLabel };
}

/** Makes sure the commit is in the clone, fetching only it (a shallow checkout lacks it). Returns why not, or undefined. */
export async function ensureCommit(sha: string): Promise<string | undefined> {
    try {
        await git(['cat-file', '-e', `${sha}^{commit}`]);
        return undefined;
    } catch {
        // A complete clone stays complete: --depth only where the clone is shallow already.
        const shallow = await git(['rev-parse', '--is-shallow-repository']).catch(() => 'false');
        try {
            await git(['fetch', '--no-tags', ...(shallow === 'true' ? ['--depth=1'] : []), 'origin', sha], 120_000);
            return undefined;
        } catch (error) {
            const failure = error as { stderr?: string; killed?: boolean; message?: string };
            if (failure.killed) return 'git fetch took more than 2 minutes';
            const reason = (failure.stderr ?? '').trim().split('\n').filter(Boolean).at(-1) ?? failure.message?.split('\n')[0] ?? String(error);
            return reason;
        }
    }
}
