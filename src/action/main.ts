// The GitHub Action's entry point (action.yml runs it with node): check the maps, write SARIF or
// annotations, compare with the pull request's base, keep one diff comment up to date, fill the
// job summary and the step outputs, and fail as `fail-on` asks.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCheck } from '../cli/check-command.js';
import { CliError, ExitCode } from '../cli/cli-error.js';
import { formatText } from '../cli/diagnostic-report.js';
import { buildDiffReport, type DiffReport } from '../cli/diff-command.js';
import { formatGithub } from '../cli/format-github.js';
import { formatSarif } from '../cli/format-sarif.js';
import { writeFileAtomic } from '../cli/write-file-atomic.js';
import { readInputs, type ActionInputs } from './action-inputs.js';
import { readEvent, type EventContext } from './github-event.js';
import { countSeverities, jobSummary, type Verdict } from './job-summary.js';
import { upsertComment, type CommentResult } from './pull-request-comment.js';
import { appendSummary, writeOutputs } from './workflow-files.js';

const git = promisify(execFile);

function warn(message: string): void {
    process.stdout.write(`::warning title=Journey Maps::${message.replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}\n`);
}

/** The pull request's base must be in the clone to compare with; a shallow checkout lacks it. */
async function ensureCommit(sha: string): Promise<boolean> {
    try {
        await git('git', ['cat-file', '-e', `${sha}^{commit}`]);
        return true;
    } catch {
        try {
            await git('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { timeout: 120_000 });
            return true;
        } catch (error) {
            warn(`could not fetch the base commit ${sha.slice(0, 7)} to compare with (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); use actions/checkout with fetch-depth: 0`);
            return false;
        }
    }
}

async function compareWithBase(inputs: ActionInputs, event: EventContext): Promise<DiffReport | undefined> {
    if (!event.baseSha || !(await ensureCommit(event.baseSha))) return undefined;
    try {
        return await buildDiffReport(inputs.paths, { git: event.baseSha, config: inputs.config, labels: { base: event.baseLabel, head: event.pullRequest ? `pull request #${event.pullRequest}` : undefined } });
    } catch (error) {
        if (!(error instanceof CliError)) throw error;
        warn(`no journey diff: ${error.message}`);
        return undefined;
    }
}

function judge(failOn: ActionInputs['failOn'], counts: ReturnType<typeof countSeverities>, diff: DiffReport | undefined): Verdict {
    const errors = `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`;
    switch (failOn) {
        case 'never':
            return { failed: false, reason: 'fail-on: never.' };
        case 'warnings':
            return counts.error + counts.warning > 0
                ? { failed: true, reason: `Failed: ${errors} and ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'} (fail-on: warnings).` }
                : { failed: false, reason: 'No errors or warnings.' };
        case 'new-gaps': {
            if (counts.error > 0) return { failed: true, reason: `Failed: ${errors} (fail-on: new-gaps fails on errors too).` };
            if (!diff) return { failed: false, reason: 'No base to compare with, so no new gaps to fail on; no errors.' };
            return diff.newGaps > 0
                ? { failed: true, reason: `Failed: ${diff.newGaps} new ${diff.newGaps === 1 ? 'gap' : 'gaps'} since the base (fail-on: new-gaps).` }
                : { failed: false, reason: 'No new gaps since the base.' };
        }
        default:
            return counts.error > 0 ? { failed: true, reason: `Failed: ${errors} (fail-on: errors).` } : { failed: false, reason: 'No errors.' };
    }
}

export async function runAction(env: NodeJS.ProcessEnv): Promise<number> {
    const inputs = readInputs(env);
    const event = readEvent(env);
    if (env.GITHUB_WORKSPACE) process.chdir(env.GITHUB_WORKSPACE);

    const check = await runCheck(inputs.paths, { format: 'json', config: inputs.config, docsUrl: inputs.docsUrl });
    const { diagnostics } = check;
    const { fileCount } = check;
    process.stdout.write(formatText(diagnostics, fileCount));

    let sarifFile = '';
    if (inputs.sarif) {
        sarifFile = path.join(env.RUNNER_TEMP || process.cwd(), 'journey-maps.sarif');
        await writeFileAtomic(sarifFile, formatSarif(diagnostics, inputs.docsUrl));
    } else {
        process.stdout.write(formatGithub(diagnostics));
    }

    const diff = await compareWithBase(inputs, event);
    const counts = countSeverities(diagnostics);
    const verdict = judge(inputs.failOn, counts, diff);

    let comment: CommentResult = { action: 'skipped' };
    if (inputs.comment && event.pullRequest !== undefined && diff) {
        const repository = env.GITHUB_REPOSITORY;
        if (!inputs.token || !repository) {
            warn('no pull-request comment: the token input or GITHUB_REPOSITORY is empty');
        } else {
            const changed = diff.diff.journeys.some(j => j.change !== 'unchanged') || diff.diff.gaps.introduced.length + diff.diff.gaps.resolved.length > 0;
            try {
                comment = await upsertComment({ apiUrl: env.GITHUB_API_URL || 'https://api.github.com', repository, pullRequest: event.pullRequest, token: inputs.token }, diff.markdown, !changed);
                if (comment.action !== 'skipped') process.stdout.write(`journey: pull-request comment ${comment.action}${comment.url ? `: ${comment.url}` : ''}\n`);
            } catch (error) {
                // Pull requests from forks get a read-only token: the checks still count.
                warn(`the pull-request comment could not be written (${error instanceof Error ? error.message : String(error)}); a pull request from a fork gets a read-only token`);
            }
        }
    }

    if (inputs.summary) appendSummary(env.GITHUB_STEP_SUMMARY, jobSummary(diagnostics, fileCount, verdict, diff?.markdown));
    writeOutputs(env.GITHUB_OUTPUT, {
        errors: counts.error, warnings: counts.warning, notes: counts.info + counts.hint,
        'new-gaps': diff?.newGaps ?? '', 'resolved-gaps': diff?.diff.gaps.resolved.length ?? '',
        'sarif-file': sarifFile, 'comment-url': comment.url ?? '', result: verdict.failed ? 'failure' : 'success',
    });
    if (verdict.failed) process.stdout.write(`::error title=Journey Maps::${verdict.reason}\n`);
    return verdict.failed ? ExitCode.Errors : ExitCode.Ok;
}

process.stdout.on('error', () => {});
runAction(process.env).then(code => { process.exitCode = code; }, error => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stdout.write(`::error title=Journey Maps::${error instanceof CliError ? reason : `internal error: ${reason}`}\n`);
    process.exitCode = ExitCode.UsageOrIo;
});
