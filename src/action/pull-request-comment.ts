/**
 * The pull request's journey diff comment, kept as one comment: found by a hidden marker and
 * edited in place on every push, rather than posted again. Talks to the GitHub REST API
 * (GITHUB_API_URL, so GitHub Enterprise Server works too) with the workflow's token.
 */
export const COMMENT_MARKER = '<!-- journey-maps:diff -->';
// GitHub refuses comment bodies over 65,536 characters.
const MAX_BODY = 65_000;

export interface CommentTarget {
    apiUrl: string;
    repository: string;
    pullRequest: number;
    token: string;
}

export interface CommentResult {
    action: 'created' | 'updated' | 'unchanged' | 'skipped';
    url?: string;
}

interface IssueComment { id: number; body?: string; html_url?: string }

export class GitHubApiError extends Error {
    constructor(readonly status: number, message: string) {
        super(message);
    }
}

export function commentBody(markdown: string): string {
    const body = `${COMMENT_MARKER}\n${markdown}`;
    if (body.length <= MAX_BODY) return body;
    const note = '\n\n*The report is longer than a GitHub comment can hold: the full report is in the job summary.*\n';
    return body.slice(0, MAX_BODY - note.length) + note;
}

/**
 * Creates the comment, or updates the one posted before. `onlyIfExists`: a pull request whose
 * maps did not change gets no new comment, but an earlier one is brought up to date.
 */
export async function upsertComment(target: CommentTarget, markdown: string, onlyIfExists: boolean): Promise<CommentResult> {
    const body = commentBody(markdown);
    const existing = await findComment(target);
    if (existing) {
        if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
        const updated = await call<IssueComment>(target, 'PATCH', `/repos/${target.repository}/issues/comments/${existing.id}`, { body });
        return { action: 'updated', url: updated.html_url };
    }
    if (onlyIfExists) return { action: 'skipped' };
    const created = await call<IssueComment>(target, 'POST', `/repos/${target.repository}/issues/${target.pullRequest}/comments`, { body });
    return { action: 'created', url: created.html_url };
}

async function findComment(target: CommentTarget): Promise<IssueComment | undefined> {
    for (let page = 1; page <= 50; page++) {
        const comments = await call<IssueComment[]>(target, 'GET', `/repos/${target.repository}/issues/${target.pullRequest}/comments?per_page=100&page=${page}`);
        const found = comments.find(c => c.body?.startsWith(COMMENT_MARKER));
        if (found) return found;
        if (comments.length < 100) return undefined;
    }
    return undefined;
}

async function call<T>(target: CommentTarget, method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${target.apiUrl.replace(/\/$/, '')}${route}`, {
        method,
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${target.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'journey-maps-action',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
        const text = await response.text().catch(() => '');
        const reason = (() => { try { return (JSON.parse(text) as { message?: string }).message; } catch { return undefined; } })();
        throw new GitHubApiError(response.status, `${method} ${route.split('?')[0]}: ${response.status} ${reason ?? response.statusText}`);
    }
    return await response.json() as T;
}
