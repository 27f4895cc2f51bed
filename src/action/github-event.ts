import { readFileSync } from 'node:fs';
import { CliError } from '../cli/cli-error.js';

/** What the action needs of the event that started the workflow. */
export interface EventContext {
    name: string;
    /** The pull request's number, on pull_request and pull_request_target events. */
    pullRequest?: number;
    /** The commit to compare the maps with: the pull request's base, or a push's previous head. */
    baseSha?: string;
    /** How the base is named in the report. */
    baseLabel?: string;
}

const NO_COMMIT = /^0+$/;

export function readEvent(env: NodeJS.ProcessEnv): EventContext {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH;
    if (!file) return { name };
    let payload: { pull_request?: { number?: number; base?: { sha?: string; ref?: string } }; before?: string };
    try {
        payload = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        throw new CliError(`${file}: the event payload cannot be read (${error instanceof Error ? error.message : String(error)})`);
    }
    if (payload.pull_request?.base?.sha) {
        const ref = payload.pull_request.base.ref;
        return { name, pullRequest: payload.pull_request.number, baseSha: payload.pull_request.base.sha, baseLabel: ref ? `${ref} (${payload.pull_request.base.sha.slice(0, 7)})` : undefined };
    }
    if (name === 'push' && payload.before && !NO_COMMIT.test(payload.before)) {
        return { name, baseSha: payload.before, baseLabel: payload.before.slice(0, 7) };
    }
    return { name };
}
