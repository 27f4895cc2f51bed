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

interface IssueComment { id: number; body?: string; html_url?: string; user?: { login?: string } | null }

/** Who comments with the workflow's own token (GITHUB_TOKEN cannot ask GET /user). */
const ACTIONS_BOT = 'github-actions[bot]';

export class GitHubApiError extends Error {
    constructor(readonly status: number, message: string) {
        super(message);
    }
}

export function commentBody(markdown: string): string {
    const body = `${COMMENT_MARKER}\n${markdown}`;
    if (body.length <= MAX_BODY) return body;
    const note = '\n\n*The report is longer than a GitHub comment can hold: the full report is in the job summary.*\n';
    // Cut at a line, and close what the cut leaves open, so that the note is not swallowed by a
    // code block or a folded section.
    const lines = body.slice(0, MAX_BODY - note.length - 40).split('\n');
    lines.pop();
    let fenced = false;
    let folded = 0;
    for (const line of lines) {
        if (/^\s*```/.test(line)) fenced = !fenced;
        else if (!fenced) folded += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    }
    if (fenced) lines.push('```');
    for (let i = 0; i < folded; i++) lines.push('', '</details>');
    return lines.join('\n') + note;
}

/**
 * Creates the comment, or updates the one posted before. `onlyIfExists`: a pull request whose
 * maps did not change gets no new comment, but an earlier one is brought up to date.
 */
export async function upsertComment(target: CommentTarget, markdown: string, onlyIfExists: boolean): Promise<CommentResult> {
    const body = commentBody(markdown);
    const existing = await findComment(target, await commenter(target));
    if (existing) {
        if (existing.body === body) return { action: 'unchanged', url: existing.html_url };
        const updated = await call<IssueComment>(target, 'PATCH', `/repos/${target.repository}/issues/comments/${existing.id}`, { body });
        return { action: 'updated', url: updated.html_url };
    }
    if (onlyIfExists) return { action: 'skipped' };
    const created = await call<IssueComment>(target, 'POST', `/repos/${target.repository}/issues/${target.pullRequest}/comments`, { body });
    return { action: 'created', url: created.html_url };
}

/** The login the token comments as: a personal token's own, else the Actions bot's. */
async function commenter(target: CommentTarget): Promise<string> {
    try {
        return (await call<{ login?: string }>(target, 'GET', '/user')).login ?? ACTIONS_BOT;
    } catch {
        return ACTIONS_BOT;
    }
}

/** Our comment: the marker, written by the token's own account (anyone can type the marker). */
async function findComment(target: CommentTarget, login: string): Promise<IssueComment | undefined> {
    for (let page = 1; page <= 50; page++) {
        const comments = await call<IssueComment[]>(target, 'GET', `/repos/${target.repository}/issues/${target.pullRequest}/comments?per_page=100&page=${page}`);
        const found = comments.find(c => c.body?.startsWith(COMMENT_MARKER) && c.user?.login === login);
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
