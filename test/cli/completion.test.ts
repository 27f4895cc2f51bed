import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Argument, Command, Option } from 'commander';
import { afterAll, describe, expect, test } from 'vitest';
import { completionScript } from '../../src/cli/completion-command.js';
import { commandSpec } from '../../src/cli/completion-spec.js';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const bin = path.join(repoRoot, 'bin', 'journey.cjs');
// Files to complete: maps, a Mermaid diagram, other files and a folder.
const dir = tempFolder({ 'reset.journey': '', 'diagram.mmd': '', 'notes.txt': '', 'maps/onboarding.journey': '' });
const scripts = tempFolder({});
afterAll(() => [dir, scripts].forEach(f => fs.rmSync(f, { recursive: true, force: true })));

function script(shell: string): string {
    const run = journey(['completion', shell]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.stdout;
}

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
// zsh and fish are installed on CI's machine (scripts/install-test-deps.sh): there they must be tested.
const skipWithout = (shell: string) => !has(shell) && !process.env.CI;

describe('journey completion bash', () => {
    const file = path.join(scripts, 'journey.bash');
    fs.writeFileSync(file, script('bash'));
    /** What bash offers for these words, the last being the one under the cursor. */
    function offered(...words: string[]): string[] {
        const program = [
            `source ${JSON.stringify(file)}`,
            'COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()',
            "$(complete -p journey | sed -E 's/.*-F ([^ ]+) journey/\\1/')",
            'printf "%s\\n" "${COMPREPLY[@]}"',
        ].join('\n');
        const run = spawnSync('bash', ['-c', program, 'bash', ...words], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
        expect(run.stderr).toBe('');
        return run.stdout.split('\n').filter(Boolean).sort();
    }

    test('loads, and registers itself for journey', () => {
        const run = spawnSync('bash', ['-c', `source <(${process.execPath} ${bin} completion bash) && complete -p journey`], { encoding: 'utf8', timeout: 20_000 });
        expect(run.stdout).toBe('complete -F _journey_complete journey\n');
        expect(run.status).toBe(0);
    });

    test('the commands, and the subcommands of export and import', () => {
        expect(offered('journey', '')).toEqual(expect.arrayContaining(['check', 'completion', 'diff', 'export', 'fmt', 'help', 'import', 'playground', 'preview', 'render']));
        expect(offered('journey', 'ch')).toEqual(['check']);
        expect(offered('journey', 'export', '')).toEqual(['help', 'json', 'mermaid']);
        expect(offered('journey', 'help', 're')).toEqual(['render']);
    });

    test('option values from their choices, also after --format= and after other options', () => {
        expect(offered('journey', 'check', '--format', '')).toEqual(['github', 'json', 'sarif', 'text']);
        expect(offered('journey', 'check', '-f', 'j')).toEqual(['json']);
        expect(offered('journey', 'check', '--format', '=', 's')).toEqual(['sarif']);
        expect(offered('journey', 'check', '--format', '=')).toEqual(['github', 'json', 'sarif', 'text']);
        expect(offered('journey', 'render', 'reset.journey', '-o', 'map.svg', '--view', '')).toEqual(['compare', 'map', 'stakeholders']);
        expect(offered('journey', 'render', '--theme', '')).toEqual(['dark', 'high-contrast', 'light']);
        expect(offered('journey', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
        expect(offered('journey', 'render', '--scale', '')).toEqual([]);
    });

    test('the options of the command being typed', () => {
        expect(offered('journey', 'check', '--w')).toEqual(['--watch']);
        expect(offered('journey', 'check', '--format', 'json', '--')).toEqual(expect.arrayContaining(['--color', '--config', '--max-warnings', '--no-color', '--watch']));
        expect(offered('journey', 'export', 'mermaid', '--no')).toEqual(['--no-metadata']);
        expect(offered('journey', 'playground', '--')).toEqual(expect.arrayContaining(['--allow-host', '--help', '--host', '--no-open', '--port']));
        expect(offered('journey', '-')).toEqual(['--help', '--version', '-h', '-v']);
    });

    test('.journey files and folders for maps, .mmd for import, any file for -o', () => {
        expect(offered('journey', 'check', '')).toEqual(['maps', 'reset.journey']);
        // The value of --format is not taken for the command's argument.
        expect(offered('journey', 'check', '--format', 'json', 'r')).toEqual(['reset.journey']);
        expect(offered('journey', 'import', 'mermaid', '')).toEqual(['diagram.mmd', 'maps']);
        expect(offered('journey', 'render', 'reset.journey', '-o', '')).toEqual(['diagram.mmd', 'maps', 'notes.txt', 'reset.journey']);
    });
});

describe('completion scripts are made from the program definition', () => {
    const program = new Command().name('tool');
    program.command('draw')
        .description('Draw it. More words.')
        .argument('<file>', 'the .plan file')
        .addOption(new Option('--shape <shape>', 'which shape').choices(['circle', 'square']))
        .option('-o, --output <file>', 'where to write');
    program.command('pick').addArgument(new Argument('<colour>').choices(['red', 'blue']));

    test('commands, options, choices and file extensions', () => {
        const spec = commandSpec(program);
        const draw = spec.subcommands.find(c => c.name === 'draw')!;
        expect(draw.description).toBe('Draw it');
        expect(draw.options.map(o => o.names)).toEqual([['--shape'], ['-o', '--output'], ['-h', '--help']]);
        expect(draw.options[0].value).toEqual({ kind: 'choices', choices: ['circle', 'square'] });
        expect(draw.options[1].value).toEqual({ kind: 'files' });
        expect(draw.arguments).toEqual([{ name: 'file', variadic: false, value: { kind: 'files', extension: 'plan' } }]);
        expect(spec.subcommands.find(c => c.name === 'pick')!.arguments[0].value).toEqual({ kind: 'choices', choices: ['red', 'blue'] });
        expect(spec.subcommands.map(c => c.name)).toEqual(['draw', 'pick', 'help']);
    });

    test('a new option shows up in every shell\'s script', () => {
        const files = { bash: "_tool_complete_files 'plan'", zsh: '_files -g "*.plan"', fish: '__fish_complete_suffix .plan' };
        for (const shell of ['bash', 'zsh', 'fish'] as const) {
            const text = completionScript(shell, program);
            expect(text).toContain('circle square');
            expect(text).toContain('-shape');
            expect(text).toContain(files[shell]);
        }
    });
});

describe.skipIf(skipWithout('zsh'))('journey completion zsh', () => {
    test('loads after compinit and registers _journey', () => {
        const run = spawnSync('zsh', ['-fc', `autoload -Uz compinit; compinit -u -D; source <(${process.execPath} ${bin} completion zsh); print -r -- $_comps[journey]; whence -w _journey_check`],
            { encoding: 'utf8', timeout: 20_000 });
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('_journey\n_journey_check: function\n');
    });

    test('completes a command and --format values in an interactive zsh (zpty)', () => {
        const file = path.join(scripts, '_journey');
        fs.writeFileSync(file, script('zsh'));
        // Type into an interactive zsh on a pseudo-terminal, press Tab, and read the screen until
        // it shows the pattern (at most 15 s), without the terminal's escapes.
        const driver = `
zmodload zsh/zpty
zpty z 'zsh -f -i'
zpty -w z "PS1='>'; autoload -Uz compinit; compinit -u -D; source ${file}; print RE''ADY"
zpty -r -m z out '*READY*'
screen() {
    local all='' chunk clean i
    for ((i = 0; i < 150; i++)); do
        while zpty -r -t z chunk; do all+=$chunk; done
        clean=\${all//$'\\e'\\[[0-9;?]#[a-zA-Z]/}
        [[ $clean == $~1 ]] && break
        sleep 0.1
    done
    print -r -- $clean
}
zpty -n -w z $'journey ch\\t'
print -r -- "== command"; screen '*journey check*'
zpty -n -w z $'\\C-u'
zpty -n -w z $'journey check --format \\t'
print -r -- "== format"; screen '*github*text*'
zpty -d z
`;
        const run = spawnSync('zsh', ['-f', '-c', driver], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        const [, command, format] = run.stdout.replace(/\r/g, '').split(/== command|== format/);
        expect(command).toContain('journey check');
        expect(format).toMatch(/github\s+json\s+sarif\s+text/);
    });
});

describe.skipIf(skipWithout('fish'))('journey completion fish', () => {
    const complete = (line: string) => {
        const run = spawnSync('fish', ['-c', `${process.execPath} ${bin} completion fish | source; complete -C ${JSON.stringify(line)}`], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
        expect(run.stderr).toBe('');
        return run.stdout.split('\n').filter(Boolean).map(entry => entry.split('\t')[0]).sort();
    };

    test('commands, option values and files', () => {
        expect(complete('journey ch')).toEqual(['check']);
        expect(complete('journey check --format ')).toEqual(['github', 'json', 'sarif', 'text']);
        expect(complete('journey check --format=j')).toEqual(['--format=json']);
        expect(complete('journey export mermaid --no')).toEqual(['--no-metadata']);
        expect(complete('journey completion ')).toEqual(['bash', 'fish', 'zsh']);
        // fish lists the .journey files first, then the others; folders are there to go into.
        expect(complete('journey check r')).toEqual(['reset.journey']);
        expect(complete('journey check m')).toEqual(['maps/']);
    });
});
