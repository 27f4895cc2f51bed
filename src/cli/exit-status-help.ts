/**
 * The `Exit status:` paragraph at the end of a command's --help, for
 * `command.addHelpText('after', exitStatusHelp({ 0: …, 1: …, 2: … }))`. The numbers are
 * ExitCode's (cli-error.ts): 0 fine, 1 the content has problems, 2 could not run.
 */
export function exitStatusHelp(meanings: Partial<Record<0 | 1 | 2, string>>): string {
    const lines = Object.entries(meanings).map(([code, meaning]) => `  ${code}  ${meaning}`);
    return `\nExit status:\n${lines.join('\n')}`;
}
