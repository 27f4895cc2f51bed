import type { Argument, Command, Option } from 'commander';

/** What a value on the command line can be completed with. */
export type ValueCompletion =
    | { kind: 'choices'; choices: string[] }
    /** Files; `extension` (without the dot) narrows them, folders are always offered to go into. */
    | { kind: 'files'; extension?: string }
    | { kind: 'folders' }
    /** Something to type (a number, a name, a URL): nothing to offer. */
    | { kind: 'free' };

export interface OptionSpec {
    /** `-f`, `--format`. */
    names: string[];
    description: string;
    /** Undefined for a switch (`--check`); what its value can be otherwise. */
    value?: ValueCompletion;
}

export interface ArgumentSpec {
    name: string;
    variadic: boolean;
    value: ValueCompletion;
}

export interface CommandSpec {
    /** The words that lead to it: [] for `journey` itself, ['export', 'mermaid']. */
    path: string[];
    name: string;
    description: string;
    subcommands: CommandSpec[];
    options: OptionSpec[];
    arguments: ArgumentSpec[];
}

/**
 * The program's commands, options and arguments as the shells' completions need them, read from
 * the commander definition itself so that completion never drifts from the real command line.
 * A value is completed with files when its placeholder says `<file>`/`<path>` (an option) or
 * its name does (an argument), with folders for `<folder>`; an argument whose description names an extension
 * (`.journey`, `(.mmd)`) is completed with files of that extension.
 */
export function commandSpec(command: Command, path: string[] = []): CommandSpec {
    const help = command.createHelp();
    const subcommands = help.visibleCommands(command).map(sub => {
        const spec = commandSpec(sub, [...path, sub.name()]);
        // The built-in `help [command]` takes the name of one of its siblings.
        if (sub.name() === 'help' && !command.commands.includes(sub)) {
            spec.arguments = [{ name: 'command', variadic: false, value: { kind: 'choices', choices: command.commands.map(c => c.name()) } }];
        }
        return spec;
    });
    return {
        path,
        name: command.name(),
        description: firstSentence(command.description()),
        subcommands,
        options: help.visibleOptions(command).map(optionSpec),
        arguments: command.registeredArguments.map(argumentSpec),
    };
}

/** Every command, depth first, starting with the program. */
export function allCommands(spec: CommandSpec): CommandSpec[] {
    return [spec, ...spec.subcommands.flatMap(allCommands)];
}

function optionSpec(option: Option): OptionSpec {
    const names = [option.short, option.long].filter((name): name is string => name !== undefined);
    const description = firstSentence(option.description);
    if (!option.required && !option.optional) return { names, description };
    if (option.argChoices) return { names, description, value: { kind: 'choices', choices: [...option.argChoices] } };
    const placeholder = /[<[]([\w-]+)(?:\.\.\.)?[>\]]/.exec(option.flags)?.[1] ?? '';
    const value: ValueCompletion = /^folders?$/.test(placeholder) ? { kind: 'folders' } : /^(file|path)s?$/.test(placeholder) ? { kind: 'files' } : { kind: 'free' };
    return { names, description, value };
}

function argumentSpec(argument: Argument): ArgumentSpec {
    const name = argument.name();
    const base = { name, variadic: argument.variadic };
    if (argument.argChoices) return { ...base, value: { kind: 'choices', choices: [...argument.argChoices] } };
    if (/^folders?$/.test(name)) return { ...base, value: { kind: 'folders' } };
    if (!/^(file|path)s?$/.test(name)) return { ...base, value: { kind: 'free' } };
    const extension = /(?:^|[\s(])\.([a-z][a-z0-9]*)\b/i.exec(argument.description)?.[1];
    return { ...base, value: { kind: 'files', extension } };
}

/** Help texts run long; a completion menu wants one line: up to the first `. ` or `; ` outside brackets. */
function firstSentence(text: string): string {
    let depth = 0;
    let end = text.length;
    for (let i = 0; i < text.length - 1 && end === text.length; i++) {
        const char = text[i];
        if (char === '(' || char === '[') depth++;
        else if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
        else if (depth === 0 && /\s/.test(text[i + 1]) && (char === ';' || (char === '.' && /[A-Z]/.test(text[i + 2] ?? '')))) end = i;
    }
    const sentence = text.slice(0, end).replace(/\.$/, '');
    return sentence.length > 90 ? `${sentence.slice(0, 89).trimEnd()}…` : sentence;
}
