// The GitHub Action's entry point (action.yml runs it with node): check the maps, write SARIF or
// annotations, compare with the pull request's base, keep one diff comment up to date, fill the
// job summary and the step outputs, and fail as `fail-on` asks.
import path from 'node:path';
import { runCheck } from '../cli/check-command.js';
import { CliError, ExitCode } from '../cli/cli-error.js';
import { buildDiffReport, type DiffReport } from '../cli/diff-command.js';
import { formatGithub } from '../cli/format-github.js';
import { formatSarif } from '../cli/format-sarif.js';
import { writeFileAtomic } from '../cli/write-file-atomic.js';
import { readInputs, type ActionInputs } from './action-inputs.js';
import { baseCommit, ensureCommit } from './base-commit.js';
import { readEvent, type EventContext } from './github-event.js';
import { countSeverities, jobSummary, type Verdict } from './job-summary.js';
import { GitHubApiError, upsertComment, type CommentResult } from './pull-request-comment.js';
import { WorkflowLog } from './workflow-log.js';
import { appendSummary, writeOutputs } from './workflow-files.js';
import { plural } from '../render/plural.js';

interface Comparison {
    diff?: DiffReport;
    /** Why there is no diff where one was expected. */
    missing?: string;
}

async function compareWithBase(inputs: ActionInputs, event: EventContext, env: NodeJS.ProcessEnv): Promise<Comparison> {
    const base = await baseCommit(event, env.GITHUB_SHA);
    if (!base) return {};
    const fetchFailure = await ensureCommit(base.sha);
    if (fetchFailure) return { missing: `could not fetch the base commit ${base.sha.slice(0, 7)} to compare with (${fetchFailure}); check out with fetch-depth: 0` };
    const head = event.pullRequest !== undefined ? `pull request #${event.pullRequest}` : env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : undefined;
    try {
        return { diff: await buildDiffReport(inputs.paths, { git: base.sha, config: inputs.config, labels: { base: base.label, head } }) };
    } catch (error) {
        if (!(error instanceof CliError)) throw error;
        return { missing: `no journey diff: ${error.message}` };
    }
}

function judge(failOn: ActionInputs['failOn'], counts: ReturnType<typeof countSeverities>, comparison: Comparison, event: EventContext): Verdict {
    const errors = plural(counts.error, 'error');
    switch (failOn) {
        case 'never':
            return { failed: false, reason: 'fail-on: never.' };
        case 'warnings':
            return counts.error + counts.warning > 0
                ? { failed: true, reason: `Failed: ${errors} and ${plural(counts.warning, 'warning')} (fail-on: warnings).` }
                : { failed: false, reason: 'No errors or warnings.' };
        case 'new-gaps': {
            if (counts.error > 0) return { failed: true, reason: `Failed: ${errors} (fail-on: new-gaps fails on errors too).` };
            const { diff } = comparison;
            if (!diff) {
                // A pull request must be compared to pass this gate; a branch's first push has nothing to compare with.
                return event.pullRequest !== undefined
                    ? { failed: true, reason: `Failed: the pull request could not be compared with its base, so new gaps cannot be ruled out (fail-on: new-gaps): ${comparison.missing ?? 'no base'}.` }
                    : { failed: false, reason: 'No base to compare with, so no new gaps to fail on; no errors.' };
            }
            return diff.newGaps > 0
                ? { failed: true, reason: `Failed: ${plural(diff.newGaps, 'new gap')} since the base (fail-on: new-gaps).` }
                : { failed: false, reason: 'No new gaps since the base.' };
        }
        default:
            return counts.error > 0 ? { failed: true, reason: `Failed: ${errors} (fail-on: errors).` } : { failed: false, reason: 'No errors.' };
    }
}

export async function runAction(env: NodeJS.ProcessEnv, log: WorkflowLog): Promise<number> {
    const inputs = readInputs(env);
    const event = readEvent(env);
    if (env.GITHUB_WORKSPACE) process.chdir(env.GITHUB_WORKSPACE);
    log.pause();

    const check = await runCheck(inputs.paths, { format: 'text', config: inputs.config, docsUrl: inputs.docsUrl });
    const { diagnostics, fileCount } = check;
    log.print(check.output);

    let sarifFile = '';
    if (inputs.sarif) {
        sarifFile = path.join(env.RUNNER_TEMP || process.cwd(), 'journey-maps.sarif');
        await writeFileAtomic(sarifFile, formatSarif(diagnostics, inputs.docsUrl));
        // At once: whatever fails later, the findings still reach code scanning.
        writeOutputs(env.GITHUB_OUTPUT, { 'sarif-file': sarifFile });
    } else {
        log.commands(formatGithub(diagnostics));
    }

    const comparison = await compareWithBase(inputs, event, env);
    const { diff } = comparison;
    const report = diff?.markdown();
    if (comparison.missing) log.annotate('warning', comparison.missing);
    const counts = countSeverities(diagnostics);
    const verdict = judge(inputs.failOn, counts, comparison, event);

    let comment: CommentResult = { action: 'skipped' };
    if (inputs.comment && event.pullRequest !== undefined && diff && report !== undefined) {
        const repository = env.GITHUB_REPOSITORY;
        if (!inputs.token || !repository) {
            log.annotate('warning', 'no pull-request comment: the token input or GITHUB_REPOSITORY is empty');
        } else {
            const changed = diff.diff.journeys.some(j => j.change !== 'unchanged') || diff.diff.gaps.introduced.length + diff.diff.gaps.resolved.length > 0;
            try {
                comment = await upsertComment({ apiUrl: env.GITHUB_API_URL || 'https://api.github.com', repository, pullRequest: event.pullRequest, token: inputs.token }, report, !changed);
                if (comment.action !== 'skipped') log.print(`journey: pull-request comment ${comment.action}${comment.url ? `: ${comment.url}` : ''}\n`);
            } catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                // Pull requests from forks get a read-only token: the checks still count.
                const hint = error instanceof GitHubApiError && error.status === 403 ? '; a pull request from a fork gets a read-only token, and the workflow needs pull-requests: write' : '';
                log.annotate('warning', `the pull-request comment could not be written (${reason})${hint}`);
            }
        }
    }

    if (inputs.summary) appendSummary(env.GITHUB_STEP_SUMMARY, jobSummary(diagnostics, fileCount, verdict, report));
    writeOutputs(env.GITHUB_OUTPUT, {
        errors: counts.error, warnings: counts.warning, notes: counts.info + counts.hint,
        'new-gaps': diff?.newGaps ?? '', 'resolved-gaps': diff ? diff.diff.gaps.resolved.filter(gap => gap.severity !== 'hint').length : '',
        'sarif-file': sarifFile, 'comment-url': comment.url ?? '', result: verdict.failed ? 'failure' : 'success',
    });
    if (verdict.failed) log.annotate('error', verdict.reason);
    return verdict.failed ? ExitCode.Errors : ExitCode.Ok;
}

const log = new WorkflowLog();
process.stdout.on('error', () => {});
runAction(process.env, log).then(code => { process.exitCode = code; }, (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    log.annotate('error', error instanceof CliError ? reason : `internal error: ${reason}`);
    process.exitCode = ExitCode.UsageOrIo;
}).finally(() => log.finish());
