// The `journey` command line.
import '../language/polyfills.js';
import { Command, CommanderError, Option } from 'commander';
import { runCheck, type OutputFormat } from './check-command.js';
import { CliError, ExitCode } from './cli-error.js';
import { VERSION } from './version.js';

export async function main(argv: string[]): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    const program = new Command()
        .name('journey')
        .description('Journey Maps as Code: check customer journey maps written as .journey files.')
        .version(VERSION, '-v, --version')
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(`journey: ${text.replace(/^error: /, '')}`) })
        .showHelpAfterError('(run journey --help for usage)');

    program.command('check')
        .description('Check .journey files and report what is wrong, with file:line:col. Folders are searched recursively.')
        .argument('<paths...>', '.journey files or folders')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('-c, --config <file>', 'settings file (default: the nearest journey.config.json in this folder or above)')
        .action(async (paths: string[], options: { format: OutputFormat; config?: string }) => {
            const result = await runCheck(paths, options);
            await writeOutput(result.output);
            exitCode = result.exitCode;
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

/** Writes to stdout; a reader that went away (`| head`) ends the run quietly. */
async function writeOutput(text: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
        process.stdout.write(text, error => (error ? reject(error) : resolve()));
    }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') return;
        throw new CliError(`cannot write the report: ${error.message}`);
    });
}

// A failed write is also emitted as an 'error' event; writeOutput reports it, and without a
// listener Node would throw it again as an uncaught exception with a stack trace.
process.stdout.on('error', () => {});

main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
