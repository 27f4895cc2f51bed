import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, describeIoError, ExitCode } from '../cli-error.js';
import { displayPath } from '../diagnostic-report.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { findGitRoot } from './find-git-root.js';
import { configFile, extensionsFile, workflowFile } from './project-files.js';
import { isTemplateName, TEMPLATE_NAMES, templatesFor, type JourneyTemplate } from './templates/index.js';

export interface InitOptions {
    template: string;
    /** Overwrite files that exist. */
    force?: boolean;
}

interface Target {
    file: string;
    content: string;
}

/**
 * `journey init`: writes a first map (people, an actual journey, its ideal), journey.config.json,
 * .vscode/extensions.json and the GitHub workflow. All or nothing: without --force, if any of
 * these files exists nothing is written. The workflow goes to the root of the git repository
 * holding the folder (GitHub runs workflows from there only) and checks just this folder;
 * outside a repository it goes into the folder, ready for when it becomes one.
 */
export async function runInit(folderArgument: string | undefined, options: InitOptions, cwd = process.cwd()): Promise<{ exitCode: number; output: string }> {
    if (!isTemplateName(options.template)) {
        throw new CliError(`unknown template '${options.template}': expected one of ${TEMPLATE_NAMES.join(', ')}`);
    }
    const template = templatesFor('en')[options.template];
    const shownFolder = folderArgument ?? '.';
    const folder = path.resolve(cwd, shownFolder);
    await checkFolder(folder, shownFolder);

    const gitRoot = await findGitRoot(folder);
    const targets = planFiles(template, folder, gitRoot);
    const existing = await existingFiles(targets);
    const show = (file: string) => displayPath(file, cwd);
    if (existing.length > 0 && !options.force) {
        throw new CliError(`nothing written: ${existing.map(show).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} (--force overwrites)`);
    }
    await writeAll(targets, existing, show);

    const lines = targets.map(t => `${existing.includes(t.file) ? 'overwrote' : 'created'} ${show(t.file)}`);
    return { exitCode: ExitCode.Ok, output: [...lines, '', lessons(template), '', ...nextSteps(path.relative(cwd, folder) === '' ? '.' : show(folder), show(path.join(folder, `${template.baseName}.journey`)))].join('\n') + '\n' };
}

async function checkFolder(folder: string, shown: string): Promise<void> {
    const stat = await fs.stat(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw new CliError(`${shown}: ${describeIoError(error)}`);
    });
    if (stat && !stat.isDirectory()) throw new CliError(`${shown}: is a file, not a folder`);
}

function planFiles(template: JourneyTemplate, folder: string, gitRoot: string | undefined): Target[] {
    const workflowRoot = gitRoot ?? folder;
    const paths = path.relative(workflowRoot, folder).split(path.sep).join('/') || '.';
    return [
        { file: path.join(folder, 'people.journey'), content: template.people },
        { file: path.join(folder, `${template.baseName}.journey`), content: template.actual },
        { file: path.join(folder, `${template.baseName}-ideal.journey`), content: template.ideal },
        { file: path.join(folder, 'journey.config.json'), content: configFile() },
        { file: path.join(folder, '.vscode', 'extensions.json'), content: extensionsFile() },
        { file: path.join(workflowRoot, '.github', 'workflows', 'journey.yml'), content: workflowFile(paths) },
    ];
}

async function existingFiles(targets: Target[]): Promise<string[]> {
    const found = await Promise.all(targets.map(t => fs.lstat(t.file).then(() => t.file, () => undefined)));
    return found.filter((file): file is string => file !== undefined);
}

/** Writes every target; if one fails, removes the files and folders this run created, so nothing is half set up. */
async function writeAll(targets: Target[], existing: string[], show: (file: string) => string): Promise<void> {
    const created: string[] = [];
    const createdFolders: string[] = [];
    try {
        for (const { file, content } of targets) {
            const folder = path.dirname(file);
            const first = await fs.mkdir(folder, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
                throw new CliError(`${show(folder)}: cannot create the folder: ${describeIoError(error)}`);
            });
            // mkdir names the first folder it made; the ones from there down to `folder` are new too.
            for (let made = folder; first && made.length >= first.length; made = path.dirname(made)) createdFolders.push(made);
            if (existing.includes(file) && await fs.stat(file).then(s => s.isDirectory(), () => false)) {
                throw new CliError(`${show(file)}: is a folder, cannot overwrite it`);
            }
            await writeFileAtomic(file, content);
            if (!existing.includes(file)) created.push(file);
        }
    } catch (error) {
        await Promise.all(created.map(file => fs.rm(file, { force: true })));
        // Deepest first; rmdir leaves a folder that is not empty.
        for (const folder of [...new Set(createdFolders)].sort((a, b) => b.length - a.length)) await fs.rmdir(folder).catch(() => {});
        throw error;
    }
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
        [`code ${shellWord(folder)}`, 'opens it in VS Code, which offers the Journey Maps extension'],
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
        'repository, into the folder itself.',
        '',
        'All or nothing: if any of these files exists, nothing is written and init exits 2, naming',
        'them; --force overwrites them.',
    ].join('\n');
}
