import type { Command } from 'commander';

/**
 * A usage error as one line, as every other error of `journey` is: commander's wording made
 * plain ("--scale: '0' is invalid: expected …", "unknown command 'chek' (did you mean check?)")
 * and the help to read named for the command at hand.
 */
export function usageErrorLine(text: string, command: string): string {
    const message = text.trim().replace(/^error: /, '')
        .replace(/\n\(Did you mean (.+)\?\)$/, ' (did you mean $1?)')
        .replace(/^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/, (_m, value: string, name: string, choices: string) => `${name}: '${value}' is not one of ${choices}`)
        .replace(/^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. (.*)$/s, (_m, option: string, value: string, why: string) => `${option}: '${value}' is invalid: ${why.charAt(0).toLowerCase()}${why.slice(1).replace(/\.$/, '')}`)
        .replace(/\n+/g, ' ');
    return `journey: ${message} (see ${command} --help)\n`;
}

/** Every command, its subcommands too, reports usage errors with usageErrorLine. */
export function reportUsageErrorsInOneLine(program: Command): void {
    const visit = (command: Command, path: string) => {
        command.showHelpAfterError(false).configureOutput({ outputError: (text, write) => write(usageErrorLine(text, path)) });
        for (const sub of command.commands) visit(sub, `${path} ${sub.name()}`);
    };
    visit(program, program.name());
}
