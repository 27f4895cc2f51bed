import { promises as fs } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { formatJourneyText } from '../language/formatting/format-journey.js';
import { createJourneyServices } from '../language/journey-module.js';
import { ExitCode } from './cli-error.js';
import { collectJourneyFiles } from './collect-files.js';
import { displayPath } from './diagnostic-report.js';
import { readSource } from './load-workspace.js';
import { readStdin, STDIN_NAME } from './read-stdin.js';
import { withStackGuard } from './stack-guard.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { oneLine } from './terminal-text.js';

export interface FmtOptions {
    /** Report the files that are not canonical (exit 1) instead of rewriting them. */
    check?: boolean;
    /** The name standard input is reported under. */
    stdinFilename?: string;
}

/**
 * `journey fmt`: rewrites maps in the canonical layout (the editor's Format Document), each
 * file atomically and only if it changes. With --check nothing is written: the files that
 * would change are listed on stdout and the exit status is 1. `-` formats standard input to
 * standard output. A file with a syntax error is left as it is and reported (exit 1).
 */
export async function runFmt(inputs: string[], options: FmtOptions): Promise<{ exitCode: number; output: string }> {
    const { Journey } = createJourneyServices(EmptyFileSystem);
    const files = inputs.filter(input => input !== '-');
    const targets = files.length > 0 ? (await collectJourneyFiles(files)).targets : [];
    let output = '';
    let failed = 0;
    let changed = 0;
    const format = (name: string, text: string) => {
        const outcome = withStackGuard(name, () => formatJourneyText(Journey, text));
        if (outcome.ok) return outcome.text;
        process.stderr.write(`${name}:${outcome.blocker.line}:${outcome.blocker.column}: error: cannot format: ${oneLine(outcome.blocker.message)}\n`);
        failed++;
        return undefined;
    };
    if (inputs.includes('-')) {
        const name = options.stdinFilename ?? STDIN_NAME;
        const text = await readStdin(name);
        const formatted = format(name, text);
        if (formatted !== undefined && formatted !== text) changed++;
        if (options.check) {
            if (formatted !== undefined && formatted !== text) output += `${name}\n`;
        } else {
            // A map that cannot be formatted is passed through unchanged, so a pipe never loses it.
            output += formatted ?? text;
        }
    }
    for (const file of targets) {
        const text = await readSource(file);
        const formatted = format(displayPath(file), text);
        if (formatted === undefined || formatted === text) continue;
        changed++;
        if (options.check) output += `${displayPath(file)}\n`;
        else await writeFileAtomic(file, (await startsWithBom(file)) ? `\uFEFF${formatted}` : formatted);
    }
    const total = targets.length + (inputs.includes('-') ? 1 : 0);
    if (options.check && changed > 0) {
        process.stderr.write(`journey: ${changed} of ${total} ${total === 1 ? 'file is' : 'files are'} not formatted; run journey fmt on ${changed === 1 ? 'it' : 'them'}\n`);
    } else if (!options.check && targets.length > 0) {
        process.stderr.write(`journey: formatted ${changed} of ${targets.length} ${targets.length === 1 ? 'file' : 'files'}\n`);
    }
    const exitCode = failed > 0 || (options.check && changed > 0) ? ExitCode.Errors : ExitCode.Ok;
    return { exitCode, output };
}

/** A byte-order mark is not part of the text the formatter sees, but the file keeps it. */
async function startsWithBom(file: string): Promise<boolean> {
    const bytes = await fs.readFile(file);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
