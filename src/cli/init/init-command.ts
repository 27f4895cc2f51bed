import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError, ExitCode } from '../cli-error.js';
import { collectJourneyFiles } from '../collect-files.js';
import { displayPath } from '../diagnostic-report.js';
import { findGitRoot } from './find-git-root.js';
import { configFile, extensionsFile, workflowFile, workflowPathProblem } from './project-files.js';
import { isTemplateName, TEMPLATE_NAMES, templatesFor, type JourneyTemplate } from './templates/index.js';
import { workflowChecksFolder } from './workflow-coverage.js';
import { inspectOverwrite, writeAllOrNothing, type Overwritable, type WriteHooks } from './write-all-or-nothing.js';

export interface InitOptions {
    template: string;
    /** Overwrite the folder's files that exist (never the workflow). */
    force?: boolean;
}

interface Target {
    file: string;
    content: string;
}

/** How many other maps the warning after `--force` names. */
const OTHER_MAPS_SHOWN = 3;

/**
 * `journey init`: writes a first map (people, an actual journey, its ideal), journey.config.json
 * and .vscode/extensions.json into the folder, all or nothing: without --force, if any of these
 * exists nothing is written. The GitHub workflow goes to the root of the git repository holding
 * the folder (GitHub runs workflows from there only), or outside a repository into the folder.
 * Every map folder of a repository shares it, so it is written only when there is none: an
 * existing one is kept, even with --force, and the output says whether it checks this folder.
 */
export async function runInit(folderArgument: string | undefined, options: InitOptions, cwd = process.cwd(), hooks: WriteHooks = {}): Promise<{ exitCode: number; output: string }> {
    if (!isTemplateName(options.template)) {
        throw new CliError(`unknown template '${options.template}': expected one of ${TEMPLATE_NAMES.join(', ')}`);
    }
    const template = templatesFor('en')[options.template];
    const shownFolder = folderArgument ?? '.';
    const folder = path.resolve(cwd, shownFolder);
    await checkFolder(folder, shownFolder);
    const show = (file: string) => displayPath(file, cwd);

    const workflowRoot = await findGitRoot(folder) ?? folder;
    const checked = path.relative(workflowRoot, folder).split(path.sep).join('/') || '.';
    const own = folderFiles(template, folder);
    const existing: string[] = [];
    for (const { file } of own) if (await exists(file, show)) existing.push(file);
    if (existing.length > 0 && !options.force) {
        throw new CliError(`nothing written: ${existing.map(show).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} (--force overwrites)`);
    }
    const workflow = path.join(workflowRoot, '.github', 'workflows', 'journey.yml');
    // Refused even when the workflow exists: the folder could not be added to its paths: input.
    const problem = workflowPathProblem(checked);
    if (problem) throw new CliError(`${shownFolder}: ${problem}`);
    const keepWorkflow = await exists(workflow, show);
    // Every refusal comes before the first write; the old content is kept to undo a failed run.
    const overwrites = new Map<string, Overwritable>();
    for (const file of existing) overwrites.set(file, await inspectOverwrite(file, show));

    await writeAllOrNothing([
        ...own.map(target => ({ ...target, previous: overwrites.get(target.file)?.previous })),
        ...keepWorkflow ? [] : [{ file: workflow, content: workflowFile(checked) }],
    ], show, hooks);

    const lines = own.map(({ file }) => {
        const overwritten = overwrites.get(file);
        if (!overwritten) return `created ${show(file)}`;
        return `overwrote ${show(file)}${overwritten.linkTo ? ` (a link to ${show(overwritten.linkTo)})` : ''}`;
    });
    lines.push(keepWorkflow ? `kept ${show(workflow)} ${await keptWorkflowNote(workflow, checked)}` : `created ${show(workflow)}`);
    const shownFolderPath = path.relative(cwd, folder) === '' ? '.' : show(folder);
    const people = own[0];
    const previousPeople = overwrites.get(people.file);
    if (previousPeople && !previousPeople.previous.equals(Buffer.from(people.content))) {
        const written = new Set([...own.map(t => t.file), previousPeople.linkTo]);
        const others = (await otherMaps(folder)).filter(file => !written.has(file));
        if (others.length > 0) lines.push(otherMapsWarning(others.map(show), shownFolderPath));
    }
    return { exitCode: ExitCode.Ok, output: [...lines, '', lessons(template), '', ...nextSteps(shownFolderPath, show(path.join(folder, `${template.baseName}.journey`)))].join('\n') + '\n' };
}

async function checkFolder(folder: string, shown: string): Promise<void> {
    const stat = await fs.stat(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw new CliError(`${shown}: ${describeIoError(error)}`);
    });
    if (stat && !stat.isDirectory()) throw new CliError(`${shown}: is a file, not a folder`);
}

/** The files that go into the folder, people.journey first. */
function folderFiles(template: JourneyTemplate, folder: string): Target[] {
    return [
        { file: path.join(folder, 'people.journey'), content: template.people },
        { file: path.join(folder, `${template.baseName}.journey`), content: template.actual },
        { file: path.join(folder, `${template.baseName}-ideal.journey`), content: template.ideal },
        { file: path.join(folder, 'journey.config.json'), content: configFile() },
        { file: path.join(folder, '.vscode', 'extensions.json'), content: extensionsFile() },
    ];
}

/** Whether there is anything at `file`, a broken link included; a path through a file is nothing (mkdir says why later). */
async function exists(file: string, show: (file: string) => string): Promise<boolean> {
    return fs.lstat(file).then(() => true, (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return false;
        throw new CliError(`${show(file)}: ${describeIoError(error)}`);
    });
}

/** `(it already checks maps)`, or what to change so that the kept workflow checks the folder too. */
async function keptWorkflowNote(workflow: string, checked: string): Promise<string> {
    const text = await fs.readFile(workflow, 'utf8').catch(() => undefined);
    return text !== undefined && workflowChecksFolder(text, checked)
        ? `(it already checks ${checked})`
        : `(it exists): add ${checked} to its paths: input to check these maps too`;
}

/** The maps `journey check <folder>` would check. */
async function otherMaps(folder: string): Promise<string[]> {
    return collectJourneyFiles([folder]).then(set => set.targets, () => []);
}

function otherMapsWarning(others: string[], folder: string): string {
    const named = others.length > OTHER_MAPS_SHOWN ? `${others.slice(0, OTHER_MAPS_SHOWN).join(', ')} and ${others.length - OTHER_MAPS_SHOWN} more` : others.join(', ');
    return `warning: the other maps in ${folder} (${named}) may use names the new people.journey no longer declares: run journey check ${shellWord(folder)}`;
}

function lessons(template: JourneyTemplate): string {
    const entries = Object.entries(template.teaches);
    const total = entries.reduce((sum, [, count]) => sum + count, 0);
    const codes = entries.map(([code, count]) => count > 1 ? `${code} (${count})` : code).join(', ');
    return `This map has ${total} ${total === 1 ? 'gap' : 'gaps'} to fix, left in on purpose to show the method: ${codes}.`;
}

function nextSteps(folder: string, journeyFile: string): string[] {
    const steps: [string, string][] = [
        [`journey check ${shellWord(folder)}`, 'lists the gaps, with file:line:col'],
        [`journey preview ${shellWord(journeyFile)}`, 'draws the map in the browser, live as you edit'],
        [`code ${shellWord(folder)}`, "opens it in VS Code; .vscode/extensions.json recommends the Journey Maps extension (install its .vsix: see the README's Install)"],
    ];
    const width = Math.max(...steps.map(([command]) => command.length));
    return ['Next:', ...steps.map(([command, what]) => `  ${command.padEnd(width)}   ${what}`)];
}

/** A path as one shell word: as it is when that is safe, else in single quotes. */
function shellWord(text: string): string {
    return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The end of `journey init --help`: the templates, and where the files go. */
export function initHelpText(): string {
    const templates = templatesFor('en');
    const width = Math.max(...TEMPLATE_NAMES.map(name => name.length));
    return [
        '',
        'Templates (each map has a few gaps on purpose, to show the method; init names them):',
        ...TEMPLATE_NAMES.map(name => `  ${name.padEnd(width)}  ${templates[name].summary}`),
        '',
        'Files: people.journey, <name>.journey and <name>-ideal.journey, journey.config.json and',
        '.vscode/extensions.json go into the folder. .github/workflows/journey.yml goes to the root',
        'of the git repository that holds the folder, checking just this folder; outside a git',
        'repository, into the folder itself. Every map folder of a repository shares that workflow:',
        'when it exists, init keeps it, even with --force, and says whether it already checks the',
        'folder or that the folder should be added to its paths: input.',
        '',
        "All or nothing: if any of the folder's files exists, nothing is written and init exits 2,",
        'naming them; --force overwrites them, and puts their content back if a later write fails.',
    ].join('\n');
}
