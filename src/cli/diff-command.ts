import path from 'node:path';
import { URI } from 'langium';
import { isDynamicPattern } from 'tinyglobby';
import { exportMermaid } from '../interop/mermaid-export.js';
import { JourneyFileSystem } from '../language/journey-file-system.js';
import { createJourneyServices } from '../language/journey-module.js';
import type { GapSettings } from '../model/gap-settings.js';
import { diffWorkspaces, type DiffSide, type WorkspaceDiff } from '../model/journey-diff.js';
import type { Locale } from '../i18n/locales.js';
import { workspaceLocale } from '../model/journey-language.js';
import { localeOption } from './locale-option.js';
import { cliText } from './cli-messages.js';
import { diffMarkdown } from '../render/journey-diff-markdown.js';
import { CliError, ExitCode } from './cli-error.js';
import { collectJourneyFiles } from './collect-files.js';
import { compareReported, displayPath, toReported, type ReportedDiagnostic } from './diagnostic-report.js';
import { journeyFilesAtRevision } from './git-revision.js';
import { loadConfig } from './load-config.js';
import { loadWorkspace } from './load-workspace.js';
import { refuseOverwritingInput } from './refuse-own-input.js';
import { writeDocument } from './write-document.js';

export type DiffFormat = 'md' | 'json';
export const DIFF_FORMATS: readonly DiffFormat[] = ['md', 'json'];

export interface DiffOptions {
    /** Compare the working tree's maps with this revision. */
    git?: string;
    format: DiffFormat;
    output?: string;
    /** Exit 1 when the head has gaps the base did not (hints aside). */
    failOnNewGaps?: boolean;
    /** The language of the Markdown report's headings and fixed words (a code of LOCALES); English when left out. */
    locale?: string;
    config?: string;
}

interface LoadedSide extends DiffSide {
    label: string;
    /** Errors in its maps (syntax, unresolved names), sorted, shown as notes once the report's locale is known. */
    errors: ReportedDiagnostic[];
}

/**
 * The working tree's side of `--git`: each path as on the command line, except that a path
 * gone since the revision (a deleted map) is not an error when the revision has it.
 */
async function workingTreeFiles(paths: string[], atRevision: Map<string, string>): Promise<{ targets: string[]; workspace: string[] }> {
    const targets = new Set<string>();
    const workspace = new Set<string>();
    for (const input of paths) {
        try {
            const files = await collectJourneyFiles([input]);
            files.targets.forEach(file => targets.add(file));
            files.workspace.forEach(file => workspace.add(file));
        } catch (error) {
            const resolved = path.resolve(input);
            const known = [...atRevision.keys()].some(file => file === resolved || file.startsWith(resolved + path.sep));
            const gone = error instanceof CliError && (known || (isDynamicPattern(input) && atRevision.size > 0));
            if (!gone) throw error;
        }
    }
    return { targets: [...targets], workspace: [...workspace] };
}

/** A diff with everything a surface needs: the data, the two renderings, and what the gate looks at. */
export interface DiffReport {
    diff: WorkspaceDiff;
    /** The report as a pull-request comment; rendered when asked for (it draws the Mermaid diagrams). */
    markdown(): string;
    json(): string;
    /** Gaps the head has that the base had not, hints aside. */
    newGaps: number;
    /** Errors in the head's maps (syntax, unresolved names): a head that cannot be read fully could hide gaps. */
    headErrors: number;
    /** The files on disk that were read, which `-o` must not replace. */
    read: string[];
    /** The report's language, also that of the terminal's lines about it. */
    locale: Locale;
}

/**
 * What changed for the customer between two versions of the maps: either two files or folders,
 * or `git` and the paths of the working tree to compare with that revision. Maps with errors
 * are compared as far as they could be read, with the errors on stderr.
 */
export async function buildDiffReport(args: string[], options: Pick<DiffOptions, 'git' | 'config' | 'locale'> & { labels?: { base?: string; head?: string } }): Promise<DiffReport> {
    let base: LoadedSide;
    let head: LoadedSide;
    let read: string[];
    let reportLocale: Locale = 'en';
    if (options.git !== undefined) {
        const paths = args.length > 0 ? args : ['.'];
        const settings = withLocale((await loadConfig(options.config, paths)).settings, options.locale);
        reportLocale = settings.locale ?? 'en';
        const old = await journeyFilesAtRevision(options.git, paths);
        const files = await workingTreeFiles(paths, old.targets);
        if (files.targets.length === 0 && old.targets.size === 0) {
            throw new CliError(cliText(reportLocale, 'diff.noFiles', { paths: paths.join(', '), revision: options.git }));
        }
        head = await loadSide('working tree', files.targets, files.workspace, new Map(), settings);
        read = files.workspace;
        const given = new Map([...old.targets, ...old.neighbours]);
        base = await loadSide(options.git, [...old.targets.keys()], [...given.keys()], given, settings, file => `${options.git}:${displayPath(file)}`);
    } else {
        if (args.length !== 2) throw new CliError(cliText(localeOption(options.locale) ?? 'en', `diff.needsTwo.${args.length === 1 ? 'one' : 'other'}`, { count: args.length }));
        const [baseInput, headInput] = args;
        const settings = withLocale((await loadConfig(options.config, [headInput])).settings, options.locale);
        reportLocale = settings.locale ?? 'en';
        const baseFiles = await collectJourneyFiles([baseInput]);
        const headFiles = await collectJourneyFiles([headInput]);
        read = [...baseFiles.workspace, ...headFiles.workspace];
        // Two versions of one map often sit side by side: neither may lend the other its declarations.
        const without = (files: string[], others: string[]) => files.filter(file => !others.includes(file));
        base = await loadSide(displayPath(baseFiles.targets.length === 1 ? baseFiles.targets[0] : baseInput), baseFiles.targets, without(baseFiles.workspace, headFiles.targets), new Map(), settings);
        head = await loadSide(displayPath(headFiles.targets.length === 1 ? headFiles.targets[0] : headInput), headFiles.targets, without(headFiles.workspace, baseFiles.targets), new Map(), settings);
    }
    // --locale, else the language the head's journeys are written in, else journey.config.json's.
    const locale = localeOption(options.locale) ?? workspaceLocale(head.model) ?? reportLocale;
    const loaded = options.git !== undefined ? [head, base] : [base, head];
    for (const error of loaded.flatMap(side => side.errors)) {
        const place = `${error.file}:${error.line}:${error.column}`;
        process.stderr.write(`journey: ${cliText(locale, 'diff.readAsFar', { place, message: error.message })}\n`);
    }
    const diff = diffWorkspaces(base, head, { base: options.labels?.base ?? base.label, head: options.labels?.head ?? head.label });
    const mermaid = (journey: string) => ({ before: diagram(base, journey), after: diagram(head, journey) });
    return {
        diff,
        markdown: () => diffMarkdown(diff, mermaid, { locale }),
        json: () => `${JSON.stringify(withDiagrams(diff, mermaid), null, 2)}\n`,
        newGaps: diff.gaps.introduced.filter(gap => gap.severity !== 'hint').length,
        headErrors: head.errors.length,
        read,
        locale,
    };
}

/** `journey diff`: the report as a Markdown pull-request comment (or JSON), and the --fail-on-new-gaps gate. */
export async function runDiff(args: string[], options: DiffOptions): Promise<number> {
    const { markdown, json, newGaps, headErrors, read, locale } = await buildDiffReport(args, options);
    await refuseOverwritingInput(options.output, read);
    await writeDocument(options.format === 'json' ? json() : markdown(), options.output);
    const form = (count: number) => (count === 1 ? 'one' : 'other');
    if (options.failOnNewGaps && newGaps > 0) process.stderr.write(`journey: ${cliText(locale, `diff.newGaps.${form(newGaps)}`, { count: newGaps })}\n`);
    if (options.failOnNewGaps && headErrors > 0) process.stderr.write(`journey: ${cliText(locale, `diff.headErrors.${form(headErrors)}`, { count: headErrors })}\n`);
    return options.failOnNewGaps && (newGaps > 0 || headErrors > 0) ? ExitCode.Errors : ExitCode.Ok;
}

async function loadSide(label: string, targets: string[], files: string[], given: Map<string, string>, settings: GapSettings, show = displayPath): Promise<LoadedSide> {
    const services = createJourneyServices(JourneyFileSystem);
    services.Journey.gaps.Settings.update(settings);
    const documents = await loadWorkspace(services, [...new Set([...targets, ...files])], new Set(targets), given);
    const uris = new Set<string>();
    const errors: ReportedDiagnostic[] = [];
    for (const file of targets) {
        const document = documents.get(file);
        if (!document) continue;
        uris.add(document.uri.toString());
        errors.push(...(document.diagnostics ?? []).filter(d => d.severity === 1).map(d => toReported(show(file), d)));
    }
    const analysis = services.Journey.gaps.Analysis;
    return { label, model: analysis.getModel(), gaps: analysis.getGaps(), uris, displayPath: uri => show(URI.parse(uri).fsPath), errors: errors.sort(compareReported) };
}

function diagram(side: LoadedSide, journey: string): string | undefined {
    const found = side.model.journeys.find(j => j.name === journey && side.uris.has(j.source.uri));
    return found ? exportMermaid(side.model, journey, { metadata: false }) : undefined;
}

function withDiagrams(diff: WorkspaceDiff, mermaid: (journey: string) => { before?: string; after?: string }) {
    return { ...diff, journeys: diff.journeys.map(journey => ({ ...journey, mermaid: journey.change === 'unchanged' ? {} : mermaid(journey.name) })) };
}

/** --locale over journey.config.json's `locale`, else English: for the gaps and the report alike. */
function withLocale(settings: GapSettings, locale: string | undefined): GapSettings {
    return { ...settings, locale: localeOption(locale) ?? settings.locale ?? 'en' };
}
