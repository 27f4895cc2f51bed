import { describe, expect, test } from 'vitest';
import { journey } from './journey-cli.js';

/** The commands `journey --help` lists, and the subcommands of those that have some. */
function allCommands(): string[][] {
    const names = (args: string[]) => {
        const help = journey([...args, '--help']).stdout;
        const section = help.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
        return section.split('\n').map(line => /^ {2}([a-z-]+)/.exec(line)?.[1]).filter((name): name is string => !!name && name !== 'help');
    };
    return names([]).flatMap(name => {
        const subcommands = names([name]);
        return subcommands.length > 0 ? subcommands.map(sub => [name, sub]) : [[name]];
    });
}

/** The `Exit status:` list at the end of a --help, as { code: meaning }. */
function exitStatuses(args: string[]): Record<string, string> {
    const run = journey([...args, '--help']);
    expect(run.status).toBe(0);
    const section = run.stdout.split('\nExit status:\n')[1];
    expect(section, `${args.join(' ')} --help has no Exit status section`).toBeDefined();
    return Object.fromEntries(section.trimEnd().split('\n').map(line => {
        const [, code, meaning] = /^ {2}(\d) {2}(.+)$/.exec(line) ?? [];
        expect(code, `a line of ${args.join(' ')} --help: ${line}`).toBeDefined();
        return [code, meaning];
    }));
}

describe('--help lists the exit statuses', () => {
    test('of journey itself', () => {
        expect(Object.keys(exitStatuses([]))).toEqual(['0', '1', '2']);
    });

    test('of every command, 0 and 2 always', () => {
        const commands = allCommands();
        expect(commands).toEqual(expect.arrayContaining([['check'], ['render'], ['fmt'], ['diff'], ['preview'], ['playground'], ['export', 'mermaid'], ['import', 'mermaid'], ['completion']]));
        for (const command of commands) {
            const codes = Object.keys(exitStatuses(command));
            expect(codes, command.join(' ')).toContain('0');
            expect(codes, command.join(' ')).toContain('2');
        }
    });

    test('as each command behaves', () => {
        expect(exitStatuses(['check'])).toEqual({
            0: 'no errors (warnings alone do not fail the check); with --watch: stopped with Ctrl+C',
            1: 'errors, or more warnings than --max-warnings',
            2: 'usage error, or a file or journey.config.json that cannot be read',
        });
        expect(exitStatuses(['render'])[1]).toMatch(/errors/);
        expect(exitStatuses(['fmt'])[1]).toMatch(/syntax error.*--check/);
        expect(exitStatuses(['diff'])[1]).toMatch(/--fail-on-new-gaps/);
        expect(exitStatuses(['import', 'mermaid'])[1]).toMatch(/not a Mermaid journey/);
        // preview, playground and completion have no exit status 1: nothing in a map makes them fail.
        expect(Object.keys(exitStatuses(['preview']))).toEqual(['0', '2']);
        expect(Object.keys(exitStatuses(['playground']))).toEqual(['0', '2']);
        expect(Object.keys(exitStatuses(['completion']))).toEqual(['0', '2']);
    });

    test('a shell that completion has no script for is a usage error (exit 2)', () => {
        const run = journey(['completion', 'powershell']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("journey: shell: 'powershell' is not one of bash, zsh, fish (see journey completion --help)\n");
    });
});

describe('usage errors', () => {
    test.each([
        [['chek'], "journey: unknown command 'chek' (did you mean check?) (see journey --help)"],
        [['check', '--frmat', 'json', '.'], "journey: unknown option '--frmat' (did you mean --format?) (see journey check --help)"],
        [['render', 'x.journey', '--scale', '0'], "journey: --scale: '0' is invalid: expected a number above 0, at most 8 (see journey render --help)"],
        [['export', 'mermaid'], "journey: missing required argument 'file' (see journey export mermaid --help)"],
    ])('journey %j: one line, naming the help to read, exit 2', (args, line) => {
        const run = journey(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe(`${line}\n`);
    });
});
