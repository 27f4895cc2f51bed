import { CliError } from '../cli/cli-error.js';

export type FailOn = 'errors' | 'warnings' | 'new-gaps' | 'never';
export const FAIL_ON: readonly FailOn[] = ['errors', 'warnings', 'new-gaps', 'never'];

/** The action's inputs (action.yml), as the runner hands them over: INPUT_<NAME> variables. */
export interface ActionInputs {
    paths: string[];
    failOn: FailOn;
    sarif: boolean;
    comment: boolean;
    summary: boolean;
    config?: string;
    token?: string;
    docsUrl?: string;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
    const input = (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    // One path a line, as actions/upload-artifact takes them: a folder name may hold spaces.
    const paths = input('paths').split(/\r?\n/).map(p => p.trim()).filter(Boolean);
    const failOn = (input('fail-on') || 'errors') as FailOn;
    if (!FAIL_ON.includes(failOn)) throw new CliError(`input fail-on: '${failOn}' is not one of ${FAIL_ON.join(', ')}`);
    return {
        paths: paths.length > 0 ? paths : ['.'],
        failOn,
        sarif: flag(input('sarif'), 'sarif', true),
        comment: flag(input('comment'), 'comment', true),
        summary: flag(input('summary'), 'summary', true),
        config: input('config') || undefined,
        token: input('token') || undefined,
        docsUrl: input('docs-url') || undefined,
    };
}

// The YAML 1.2 core schema's booleans, which is what GitHub's own actions accept.
function flag(value: string, name: string, fallback: boolean): boolean {
    if (value === '') return fallback;
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    throw new CliError(`input ${name}: '${value}' is not true or false`);
}
