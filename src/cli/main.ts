// The `journey` command line.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VIEWS } from '../render/render-svg.js';
import { OUTPUT_FORMATS, runCheck, type OutputFormat } from './check-command.js';
import { DIFF_FORMATS, runDiff, type DiffOptions } from './diff-command.js';
import { runFmt, type FmtOptions } from './fmt-command.js';
import { initHelpText, runInit, type InitOptions } from './init/init-command.js';
import { TEMPLATE_NAMES } from './init/templates/index.js';
import { runExportJson, type ExportJsonOptions } from './export-json-command.js';
import { runExportMermaid, runImportMermaid, type ExportMermaidOptions, type ImportMermaidOptions } from './mermaid-commands.js';
import { runPlayground } from './playground-command.js';
import { runMcp, type McpCommandOptions } from './mcp-command.js';
import { runPreview } from './preview-server.js';
import { RENDER_FORMATS, runRender, type RenderCommandOptions } from './render-command.js';
import { runSite, SITE_THEMES, type SiteCommandOptions } from './site-command.js';
import { PDF_PAGES } from './pdf-page.js';
import { CliError, ExitCode } from './cli-error.js';
import { completionScript, SHELLS, type Shell } from './completion-command.js';
import { exitStatusHelp } from './exit-status-help.js';
import { InterruptedError } from './interrupt-during-write.js';
import { paintFor } from './terminal-colour.js';
import { watchAndRerun } from './watch.js';
import { reportUsageErrorsInOneLine } from './usage-error.js';
import { VERSION } from './version.js';
import { LOCALES } from '../i18n/locales.js';
import { localeOption } from './locale-option.js';
import { writeOutput } from './write-document.js';

function parseScale(value: string): number {
    const scale = Number(value);
    if (!Number.isFinite(scale) || scale <= 0 || scale > 8) throw new InvalidArgumentError('expected a number above 0, at most 8');
    return scale;
}

function parseCount(value: string): number {
    const count = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(count)) throw new InvalidArgumentError('expected a whole number of 0 or more');
    return count;
}

export async function main(argv: string[]): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    const program = new Command()
        .name('journey')
        .description('Journey Maps as Code: check, draw and preview customer journey maps written as .journey files.')
        .version(VERSION, '-v, --version')
        .exitOverride();

    program.command('init')
        .description('Start a journey map: a shared people file, a first journey and its ideal, journey.config.json, a VS Code extension recommendation and a GitHub workflow (kept if the repository has one). '
            + 'Writes nothing if any of the folder\'s files exists (exit 2), unless --force.')
        .argument('[folder]', 'where to write the map (created if missing)', '.')
        .addOption(new Option('-t, --template <name>', 'the map to start from').choices([...TEMPLATE_NAMES]).default('blank'))
        .option('--force', 'overwrite the folder\'s files that exist (never the workflow)')
        .addHelpText('after', initHelpText())
        .addHelpText('after', exitStatusHelp({ 0: 'written', 2: 'usage error, a file that exists (without --force), or a file that cannot be written' }))
        .action(async (folder: string, options: InitOptions) => {
            const result = await runInit(folder, options);
            await writeOutput(result.output);
            exitCode = result.exitCode;
        });

    program.command('check')
        .description('Check .journey files and report what is wrong, with file:line:col. Folders are searched recursively.')
        .argument('<paths...>', '.journey files, folders, quoted globs (\'maps/**/*.journey\'), or - for standard input')
        .addOption(new Option('-f, --format <format>', 'output format: text, json (with a gaps section), sarif (code scanning) or github (workflow annotations)').choices([...OUTPUT_FORMATS]).default('text'))
        .option('--stdin-filename <path>', 'the path standard input stands for: names it in reports, and its folder supplies shared declarations')
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json in this folder or above)')
        .addOption(new Option('--locale <code>', 'language of the gap messages (default: the locale of journey.config.json, else en)').choices([...LOCALES]))
        .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
        .option('--docs-url <url>', 'where docs/rules/ is published, for the help links in SARIF')
        .option('-w, --watch', 'keep running: check again after each change to the maps, their folders or journey.config.json (Ctrl+C to stop)')
        .option('--color', 'colour the text report even when standard output is not a terminal (as FORCE_COLOR=1 does)')
        .option('--no-color', 'never colour the text report (as NO_COLOR=1 does)')
        .addHelpText('after', exitStatusHelp({
            0: 'no errors (warnings alone do not fail the check); with --watch: stopped with Ctrl+C',
            1: 'errors, or more warnings than --max-warnings',
            2: 'usage error, or a file or journey.config.json that cannot be read',
        }))
        .action(async (paths: string[], options: { format: OutputFormat; config?: string; maxWarnings?: number; docsUrl?: string; stdinFilename?: string; watch?: boolean; color?: boolean; locale?: string }) => {
            const paint = paintFor({ flag: options.color });
            const once = async () => {
                const result = await runCheck(paths, { ...options, paint });
                await writeOutput(result.output);
                return result.exitCode;
            };
            exitCode = options.watch ? await watchAndRerun({ inputs: paths, config: options.config, done: 're-checked', run: once }) : await once();
        });

    program.command('render')
        .description('Draw the journey map of a .journey file (SVG, HTML, PNG, PDF) or summarise it (Markdown), with the same renderer as the editor preview.')
        .argument('<file>', 'the .journey file (its neighbours supply shared declarations), or - for standard input')
        .option('--stdin-filename <path>', 'the path standard input stands for (its folder supplies shared declarations)')
        .addOption(new Option('-f, --format <format>', 'output format (default: the -o file\'s extension: .svg, .html, .htm, .png, .pdf, .md; svg on standard output)').choices([...RENDER_FORMATS]))
        .option('-o, --output <file>', 'write to this file (atomically); - or nothing: standard output')
        .option('--scale <n>', 'PNG pixels per SVG unit', parseScale, 1)
        .addOption(new Option('--page <size>', 'PDF paper: the map is fitted on one page, landscape unless it is taller than wide (default: a4)').choices([...PDF_PAGES]))
        .option('--open', 'then open the file in the default app (without -o: a temporary file, whose path goes to stderr)')
        .option('-j, --journey <name>', 'the journey to draw: any journey of the file\'s folder (default: the first actual journey of the file)')
        .addOption(new Option('--view <view>', 'what to draw').choices([...VIEWS]).default('map'))
        .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark', 'high-contrast']).default('light'))
        .addOption(new Option('--locale <code>', 'language of the drawing\'s and the Markdown\'s fixed words (default: en)').choices([...LOCALES]))
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .option('-w, --watch', 'keep running: draw again to the -o file after each change to the map, its neighbours or journey.config.json (Ctrl+C to stop)')
        .addHelpText('after', exitStatusHelp({
            0: 'drawn; with --watch: stopped with Ctrl+C',
            1: 'drawn from what could be read, but the map has errors (listed on stderr)',
            2: 'usage error (no such journey, --watch without -o), or a file that cannot be read or written',
        }))
        .action(async (file: string, options: RenderCommandOptions & { watch?: boolean }) => {
            if (!options.watch) {
                exitCode = await runRender(file, options);
                return;
            }
            if (!options.output || options.output === '-') throw new CliError('--watch needs -o <file>: each new drawing replaces that file');
            // --open opens the file once; the app shows each new drawing when it reloads.
            let runs = 0;
            const firstRun = () => runs++ === 0;
            exitCode = await watchAndRerun({ inputs: [file], config: options.config, done: `re-rendered ${options.output}`, ignore: [options.output], run: () => runRender(file, { ...options, open: options.open && firstRun() }) });
        });

    program.command('fmt')
        .description('Rewrite .journey files in the canonical layout, the same as the editor\'s Format Document. Comments are kept; each file is written atomically, and only if it changes.')
        .argument('<paths...>', '.journey files, folders, quoted globs, or - to format standard input to standard output')
        .option('--check', 'write nothing: list the files that are not formatted on stdout, and exit 1 if there are any')
        .option('--stdin-filename <name>', 'the name standard input is reported under')
        .addHelpText('after', exitStatusHelp({
            0: 'every file is formatted (or, with --check, already was)',
            1: 'a file has a syntax error and was left as it is; with --check: files that are not formatted',
            2: 'usage error, or a file that cannot be read or written',
        }))
        .action(async (paths: string[], options: FmtOptions) => {
            const result = await runFmt(paths, options);
            await writeOutput(result.output);
            exitCode = result.exitCode;
        });

    program.command('diff')
        .description('What changed for the customer between two versions of the maps: touchpoints added, removed and moved, owners, emotions, improvements, gaps, and the map before and after as Mermaid. Markdown for a pull-request comment, or JSON.')
        .argument('[paths...]', 'base and head (.journey files or folders); with --git, the working-tree paths to compare (default: .)')
        .option('--git <revision>', 'compare the working tree with this git revision, e.g. origin/main')
        .addOption(new Option('-f, --format <format>', 'md (a pull-request comment) or json').choices([...DIFF_FORMATS]).default('md'))
        .option('-o, --output <file>', 'write to this file (atomically); - or nothing: standard output')
        .option('--fail-on-new-gaps', 'exit 1 when the head has gaps the base did not have (hints aside)')
        .addOption(new Option('--locale <code>', 'language of the report\'s headings and fixed words (default: en)').choices([...LOCALES]))
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .addHelpText('after', exitStatusHelp({
            0: 'compared (whatever changed)',
            1: 'with --fail-on-new-gaps: the head has gaps the base did not have, or errors',
            2: 'usage error, a file that cannot be read or written, or a git revision that cannot be read',
        }))
        .action(async (paths: string[], options: DiffOptions) => {
            exitCode = await runDiff(paths, options);
        });

    program.command('preview')
        .description('Serve a live preview of a .journey file on 127.0.0.1; the page follows every save, and a save with errors lists them here, as journey check does.')
        .argument('<file>', 'the .journey file')
        .addHelpText('after', exitStatusHelp({
            0: 'stopped with Ctrl+C (a map with errors is still served, with its errors on the page)',
            2: 'usage error, a file that cannot be read, or no free port',
        }))
        .option('-p, --port <port>', 'port to listen on (the next free one is used if it is taken)', '4173')
        .option('--host <address>', 'address to listen on; another than loopback serves the map to the network (in a container: --host 0.0.0.0)', '127.0.0.1')
        .option('--allow-host <name>', 'also answer requests for this host name (a proxy\'s or a forwarded port\'s); repeat for more. Only loopback names are answered otherwise, against DNS rebinding', (name: string, names: string[]) => [...names, name], [] as string[])
        .option('--open', 'open the preview in the default browser')
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .addOption(new Option('--locale <code>', 'language of the page and the drawing, for a map that does not name its own (default: the locale of journey.config.json, else en)').choices([...LOCALES]))
        .action(async (file: string, options: { port: string; host: string; allowHost: string[]; open?: boolean; config?: string; locale?: string }) => {
            const port = Number(options.port);
            if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port: '${options.port}' is not a port number`);
            exitCode = await runPreview(file, { port, host: options.host, allowHosts: options.allowHost, open: options.open, config: options.config, locale: localeOption(options.locale) });
        });

    program.command('playground')
        .description('Serve the playground on 127.0.0.1: an editor for a .journey map beside its live map, in the browser, with diagnostics and completion. '
            + 'The page is out/playground/index.html, which also works opened as a file; nothing typed in it leaves the browser.')
        .addHelpText('after', exitStatusHelp({
            0: 'stopped with Ctrl+C',
            2: 'usage error, the playground not built, or no free port',
        }))
        .option('-p, --port <port>', 'port to listen on (the next free one is used if it is taken)', '4174')
        .option('--host <address>', 'address to listen on; another than loopback serves the page to the network', '127.0.0.1')
        .option('--allow-host <name>', 'also answer requests for this host name (a proxy\'s or a forwarded port\'s); repeat for more. Only loopback names are answered otherwise, against DNS rebinding', (name: string, names: string[]) => [...names, name], [] as string[])
        .option('--no-open', 'do not open the playground in the default browser')
        .action(async (options: { port: string; host: string; allowHost: string[]; open: boolean }) => {
            const port = Number(options.port);
            if (!/^\d+$/.test(options.port) || port > 65535) throw new CliError(`--port: '${options.port}' is not a port number`);
            exitCode = await runPlayground({ port, host: options.host, allowHosts: options.allowHost, open: options.open });
        });

    const exportCommand = program.command('export')
        .description('Convert journeys to another tool\'s format (journey export mermaid <file>) or to data (journey export json).');
    exportCommand.command('mermaid')
        .description('Write a journey as a Mermaid journey diagram: its title, a section per stage, a task per touchpoint scored by its emotion (none: 3), with the persona and the owner as actors. '
            + 'Everything Mermaid cannot show is kept in %% journey-maps: comments, which Mermaid ignores, so that `journey import mermaid` gives the journey back.')
        .argument('<file>', 'the .journey file (its neighbours supply shared declarations), or - for standard input')
        .option('--stdin-filename <path>', 'the path standard input stands for (its folder supplies shared declarations)')
        .option('-j, --journey <name>', 'the journey to export: any journey of the file\'s folder (default: the first actual journey of the file)')
        .option('-o, --output <file>', 'write to this file (atomically); - or nothing: standard output')
        .option('--no-metadata', 'leave out the %% journey-maps: comments: a plain diagram for people to read')
        .addHelpText('after', exitStatusHelp({
            0: 'exported',
            1: 'exported from what could be read, but the map has errors (listed on stderr)',
            2: 'usage error (no such journey), or a file that cannot be read or written',
        }))
        .action(async (file: string, options: ExportMermaidOptions) => {
            exitCode = await runExportMermaid(file, options);
        });
    exportCommand.command('json')
        .description('Write the journey model of the maps as JSON: personas, stakeholders, channels and journeys as plain data, with the gaps found, '
            + 'valid against the published, versioned schemas/journey-model.v1.schema.json (named in its $schema). The stable interface for other tools: dashboards, BI, scripts. '
            + 'Positions are 0-based (LSP); paths are relative to the current folder.')
        .argument('[inputs...]', '.journey files, folders or globs (default: the current folder); - reads standard input')
        .option('-o, --output <file>', 'write to this file (atomically); - or nothing: standard output')
        .option('--no-gaps', 'leave out the gaps: the model alone')
        .option('--compact', 'one line instead of indented JSON')
        .addOption(new Option('--locale <code>', 'language of the gap messages (default: the locale of journey.config.json, else en)').choices([...LOCALES]))
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .option('--stdin-filename <path>', 'the path standard input stands for (its folder supplies shared declarations)')
        .addHelpText('after', exitStatusHelp({
            0: 'exported',
            1: 'exported from what could be read, but the maps have errors (listed on stderr)',
            2: 'usage error, or a file that cannot be read or written',
        }))
        .action(async (inputs: string[], options: ExportJsonOptions) => {
            exitCode = await runExportJson(inputs, options);
        });

    program.command('import')
        .description('Convert another tool\'s diagram to a .journey file (journey import mermaid <file>).')
        .command('mermaid')
        .description('Read a Mermaid journey diagram and write it as a .journey file. With the %% journey-maps: comments of `journey export mermaid` the journey comes back as it was, '
            + 'with the persona, stakeholders and channels it uses declared at the top, except those the other .journey files of the -o folder already declare; '
            + 'without the comments, the file declares the persona and owners it needs. Warnings (file:line:col) say where Mermaid shows something else than was written; they leave the exit status at 0.')
        .argument('<file>', 'the Mermaid file (.mmd), or - for standard input')
        .option('-o, --output <file>', 'write the .journey text to this file (atomically); - or nothing: standard output')
        .option('--no-declarations', 'leave out the persona, stakeholders and channels that were declared in other files when the journey was exported (with -o, those the folder already declares are always left out)')
        .addHelpText('after', exitStatusHelp({
            0: 'converted (warnings leave it at 0)',
            1: 'the input is not a Mermaid journey diagram',
            2: 'usage error, or a file that cannot be read or written',
        }))
        .action(async (file: string, options: ImportMermaidOptions) => {
            exitCode = await runImportMermaid(file, options);
        });

    program.command('mcp')
        .description('Serve the folder\'s maps to AI assistants over the Model Context Protocol, on standard input and output: tools to list the journeys, read one, list the gaps, '
            + 'explain a rule and draw a map. The files are read again whenever they change. Add it to an MCP client\'s settings as the command `journey mcp <folder>`.')
        .argument('[folder]', 'the folder whose .journey files are served (searched recursively)', '.')
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .addOption(new Option('--locale <code>', 'language of the gap messages (default: the locale of journey.config.json, else en)').choices([...LOCALES]))
        .addHelpText('after', exitStatusHelp({
            0: 'the client closed the connection',
            2: 'usage error, or a folder or journey.config.json that cannot be read',
        }))
        .action(async (folder: string, options: McpCommandOptions) => {
            exitCode = await runMcp(folder, options);
        });

    program.command('site')
        .description('Publish a folder of maps as a static web site: an index of every journey (persona, outcome, gaps by severity), a page per journey with its map, '
            + 'its comparison with its ideal journey and its gap report, a page per persona, channel and stakeholder saying where they appear, and a search box. '
            + 'The pages work opened as files and on any static host, and load nothing from the network.')
        .argument('<folder>', 'the folder of .journey files (searched recursively), or one .journey file and its neighbours')
        .requiredOption('-o, --output <folder>', 'the folder to write the site into (created if missing; a folder with other files is refused unless --force)')
        .addOption(new Option('--theme <theme>', 'colours').choices([...SITE_THEMES]).default('light'))
        .addOption(new Option('--locale <code>', 'language of the index and the other workspace pages (default: the language all journeys share, else the locale of journey.config.json, else en); each journey\'s page is in the journey\'s language').choices([...LOCALES]))
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .option('--force', 'write into a folder that has other files (same-named files are replaced, the others kept)')
        .addHelpText('after', exitStatusHelp({
            0: 'written',
            1: 'written from what could be read, but the maps have errors (listed on stderr)',
            2: 'usage error (-o is the maps\' folder, a file, or a folder with other files), or a file that cannot be read or written',
        }))
        .action(async (folder: string, options: SiteCommandOptions) => {
            exitCode = await runSite(folder, options);
        });

    program.command('completion')
        .description('Print a completion script for the shell: commands, options, their values and .journey files.')
        .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices([...SHELLS]))
        .addHelpText('after', `
Install:
  bash  journey completion bash > ~/.local/share/bash-completion/completions/journey
        (or, in ~/.bashrc: source <(journey completion bash))
  zsh   journey completion zsh > "\${fpath[1]}/_journey"   (any folder on $fpath; then restart zsh)
  fish  journey completion fish > ~/.config/fish/completions/journey.fish
${exitStatusHelp({ 0: 'printed', 2: 'usage error (a shell other than bash, zsh or fish)' })}`)
        .action(async (shell: Shell, _options: unknown, command: Command) => {
            await writeOutput(completionScript(shell, command.parent ?? program));
        });

    program.addHelpText('after', exitStatusHelp({
        0: 'success',
        1: 'the maps have problems (errors, or what a command\'s options make fail; see each command\'s --help)',
        2: 'usage error, or a file that cannot be read or written',
    }));

    reportUsageErrorsInOneLine(program);
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrIo;
        }
        if (error instanceof CliError) {
            process.stderr.write(`journey: ${error.message}\n`);
            return error instanceof InterruptedError ? error.exitCode : ExitCode.UsageOrIo;
        }
        const reason = error instanceof Error ? error.message : String(error);
        process.stderr.write(`journey: internal error: ${reason}\n`);
        return ExitCode.UsageOrIo;
    }
}

// A failed write is also emitted as an 'error' event; writeOutput (write-document.ts) reports it, and without a
// listener Node would throw it again as an uncaught exception with a stack trace.
process.stdout.on('error', () => {});

main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
