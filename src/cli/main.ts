// The `journey` command line.
import '../language/polyfills.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VIEWS } from '../render/render-svg.js';
import { OUTPUT_FORMATS, runCheck, type OutputFormat } from './check-command.js';
import { DIFF_FORMATS, runDiff, type DiffOptions } from './diff-command.js';
import { runFmt, type FmtOptions } from './fmt-command.js';
import { runExportMermaid, runImportMermaid, type ExportMermaidOptions } from './mermaid-commands.js';
import { runPreview } from './preview-server.js';
import { RENDER_FORMATS, runRender, type RenderCommandOptions } from './render-command.js';
import { CliError, ExitCode } from './cli-error.js';
import { VERSION } from './version.js';
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
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(`journey: ${text.replace(/^error: /, '')}`) })
        .showHelpAfterError('(run journey --help for usage)');

    program.command('check')
        .description('Check .journey files and report what is wrong, with file:line:col. Folders are searched recursively.')
        .argument('<paths...>', '.journey files, folders, quoted globs (\'maps/**/*.journey\'), or - for standard input')
        .addOption(new Option('-f, --format <format>', 'output format: text, json (with a gaps section), sarif (code scanning) or github (workflow annotations)').choices([...OUTPUT_FORMATS]).default('text'))
        .option('--stdin-filename <path>', 'the path standard input stands for: names it in reports, and its folder supplies shared declarations')
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json in this folder or above)')
        .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
        .option('--docs-url <url>', 'where docs/rules/ is published, for the help links in SARIF')
        .action(async (paths: string[], options: { format: OutputFormat; config?: string; maxWarnings?: number; docsUrl?: string; stdinFilename?: string }) => {
            const result = await runCheck(paths, options);
            await writeOutput(result.output);
            exitCode = result.exitCode;
        });

    program.command('render')
        .description('Draw the journey map of a .journey file (SVG, HTML, PNG) or summarise it (Markdown), with the same renderer as the editor preview.')
        .argument('<file>', 'the .journey file (its neighbours supply shared declarations), or - for standard input')
        .option('--stdin-filename <path>', 'the path standard input stands for (its folder supplies shared declarations)')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...RENDER_FORMATS]).default('svg'))
        .option('-o, --output <file>', 'write to this file (atomically); - or nothing: standard output')
        .option('--scale <n>', 'PNG pixels per SVG unit', parseScale, 1)
        .option('-j, --journey <name>', 'the journey to draw (default: the first actual journey of the file)')
        .addOption(new Option('--view <view>', 'what to draw').choices([...VIEWS]).default('map'))
        .addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark', 'high-contrast']).default('light'))
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .action(async (file: string, options: RenderCommandOptions) => {
            exitCode = await runRender(file, options);
        });

    program.command('fmt')
        .description('Rewrite .journey files in the canonical layout, the same as the editor\'s Format Document. Comments are kept; each file is written atomically, and only if it changes.')
        .argument('<paths...>', '.journey files, folders, quoted globs, or - to format standard input to standard output')
        .option('--check', 'write nothing: list the files that are not formatted on stdout, and exit 1 if there are any')
        .option('--stdin-filename <name>', 'the name standard input is reported under')
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
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .action(async (paths: string[], options: DiffOptions) => {
            exitCode = await runDiff(paths, options);
        });

    program.command('preview')
        .description('Serve a live preview of a .journey file on 127.0.0.1; the page follows every save.')
        .argument('<file>', 'the .journey file')
        .option('-p, --port <port>', 'port to listen on (the next free one is used if it is taken)', '4173')
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json)')
        .action(async (file: string, options: { port: string; config?: string }) => {
            const port = Number(options.port);
            if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port: '${options.port}' is not a port number`);
            exitCode = await runPreview(file, { port, config: options.config });
        });

    program.command('export')
        .description('Convert a journey to another tool\'s format (journey export mermaid <file>).')
        .command('mermaid')
        .description('Write a journey as a Mermaid journey diagram: its title, a section per stage, a task per touchpoint scored by its emotion (none: 3), with the persona and the owner as actors. '
            + 'Everything Mermaid cannot show is kept in %% journey-maps: comments, which Mermaid ignores, so that `journey import mermaid` gives the journey back.')
        .argument('<file>', 'the .journey file (its neighbours supply shared declarations), or - for standard input')
        .option('--stdin-filename <path>', 'the path standard input stands for (its folder supplies shared declarations)')
        .option('-j, --journey <name>', 'the journey to export (default: the first actual journey of the file)')
        .option('-o, --output <file>', 'write to this file (atomically); - or nothing: standard output')
        .option('--no-metadata', 'leave out the %% journey-maps: comments: a plain diagram for people to read')
        .action(async (file: string, options: ExportMermaidOptions) => {
            exitCode = await runExportMermaid(file, options);
        });

    program.command('import')
        .description('Convert another tool\'s diagram to a .journey file (journey import mermaid <file>).')
        .command('mermaid')
        .description('Read a Mermaid journey diagram and write it as a .journey file. With the %% journey-maps: comments of `journey export mermaid` the journey comes back as it was; '
            + 'without, the file declares the persona and owners it needs. Warnings (file:line:col) say where Mermaid shows something else than was written; they leave the exit status at 0.')
        .argument('<file>', 'the Mermaid file (.mmd), or - for standard input')
        .option('-o, --output <file>', 'write the .journey text to this file (atomically); - or nothing: standard output')
        .action(async (file: string, options: { output?: string }) => {
            exitCode = await runImportMermaid(file, options);
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrIo;
        }
        if (error instanceof CliError) {
            process.stderr.write(`journey: ${error.message}\n`);
            return ExitCode.UsageOrIo;
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
