import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspaceLocale } from '../model/journey-language.js';
import { buildSite } from '../site/build-site.js';
import { countedSite, saySiteIn } from '../site/site-messages.js';
import { INDEX_PAGE } from '../site/site-plan.js';
import type { SiteTheme } from '../site/site-style.js';
import { writeSite } from '../site/write-site.js';
import { reportedDiagnostics } from './check-command.js';
import { CliError, describeIoError, ExitCode } from './cli-error.js';
import { displayPath, formatText } from './diagnostic-report.js';
import { localeOption } from './locale-option.js';
import { openWorkspace } from './open-workspace.js';
import { VERSION } from './version.js';
import { writeOutput } from './write-document.js';

export { SITE_THEMES } from '../site/site-style.js';

export interface SiteCommandOptions {
    output: string;
    theme: SiteTheme;
    /** The language of the index and the other pages about the whole workspace; each journey's page is in its own. */
    locale?: string;
    config?: string;
    force?: boolean;
}

/**
 * `journey site <folder> -o <out>`: a static site of every map in the folder, written into
 * <out>. As with render, maps with errors are still published from what could be read, the
 * errors go to stderr, and the exit status is 1.
 */
export async function runSite(input: string, options: SiteCommandOptions): Promise<number> {
    if (input === '-') throw new CliError('journey site reads a folder of maps, not standard input');
    await refuseOutputOverInput(input, options.output);
    const workspace = await openWorkspace([input], options.config, undefined, undefined, localeOption(options.locale));
    const analysis = workspace.services.Journey.gaps.Analysis;
    const model = analysis.getModel();
    const base = await fs.stat(input).then(stat => (stat.isDirectory() ? path.resolve(input) : path.dirname(path.resolve(input))), () => path.resolve(input));
    const fileOf = (uri: string) => {
        const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
        const relative = path.relative(base, file);
        return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : displayPath(file);
    };
    // --locale, else the language all the journeys share, else journey.config.json's, else English.
    const locale = localeOption(options.locale) ?? workspaceLocale(model) ?? workspace.locale;
    const files = buildSite(model, analysis.getGaps(), { locale, theme: options.theme, version: VERSION, files: workspace.files.workspace.length, fileOf });
    const errors = reportedDiagnostics(workspace).filter(d => d.severity === 'error');
    if (errors.length > 0) process.stderr.write(formatText(errors, 1, undefined, workspace.locale));
    await writeSite(options.output, files, { force: options.force });
    const pages = [...files.keys()].filter(file => file.endsWith('.html')).length;
    const say = saySiteIn(workspace.locale);
    await writeOutput(`${say('summary.written', { pages: countedSite(say, pages, 'summary.pages'), folder: displayPath(path.resolve(options.output)), index: displayPath(path.resolve(options.output, INDEX_PAGE)) })}\n`);
    return errors.length > 0 ? ExitCode.Errors : ExitCode.Ok;
}

/** The site may not be written over the maps: not into their folder, nor into a folder that holds it. */
async function refuseOutputOverInput(input: string, output: string): Promise<void> {
    const inputPath = await fs.realpath(input).catch((error: NodeJS.ErrnoException) => { throw new CliError(`${input}: ${describeIoError(error)}`); });
    const inputFolder = (await fs.stat(inputPath)).isDirectory() ? inputPath : path.dirname(inputPath);
    const outputPath = await realpathOfNew(output);
    const relative = path.relative(outputPath, inputFolder);
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
        throw new CliError(`${output}: is ${relative === '' ? 'the folder of the maps' : 'a folder that holds the maps'}; the site would be mixed with them (choose another -o folder, for example ${displayPath(path.join(inputFolder, 'site'))})`);
    }
}

/** The real path of a folder that may not exist yet: its nearest existing parent's, resolved, and the rest. */
async function realpathOfNew(folder: string): Promise<string> {
    const absolute = path.resolve(folder);
    const rest: string[] = [];
    let current = absolute;
    for (;;) {
        const real = await fs.realpath(current).catch(() => undefined);
        if (real) return path.join(real, ...rest.reverse());
        const parent = path.dirname(current);
        if (parent === current) return absolute;
        rest.push(path.basename(current));
        current = parent;
    }
}
