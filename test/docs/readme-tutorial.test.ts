// The README's "A first map by hand" as a reader follows it: the files it shows are written, the
// edits it asks for are made and the commands it shows are run, in order, in an empty folder,
// with the built `journey` on the PATH; what a command is shown to print is what it prints.
// The steps are marked in the README with HTML comments, which GitHub does not show:
//   <!-- tutorial-file: NAME -->        the fenced block that follows is the file NAME
//   <!-- tutorial-edit: NAME: A => B -->  replace A by B in NAME
//   <!-- tutorial-run: COMMAND [→ exit N] -->  run it (exit status N, else 0); when the next fenced
//                                        block starts with `$ COMMAND`, the rest of it is its output
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

type Step =
    | { kind: 'file'; name: string; text: string }
    | { kind: 'edit'; name: string; from: string; to: string }
    | { kind: 'run'; command: string; status?: number; output?: string };

/** The fenced block after line `index`, without its indentation; undefined when another marker comes first. */
function blockAfter(lines: string[], index: number): string[] | undefined {
    let start = index + 1;
    while (start < lines.length && !/^\s*```/.test(lines[start])) {
        if (/<!-- tutorial-(file|edit)/.test(lines[start])) return undefined;
        start++;
    }
    const indent = lines[start]?.match(/^\s*/)![0].length ?? 0;
    const body: string[] = [];
    for (let i = start + 1; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i].slice(indent));
    return body;
}

function tutorialSteps(): Step[] {
    const section = readme.slice(readme.indexOf('## A first map by hand'), readme.indexOf('\n## ', readme.indexOf('## A first map by hand') + 1));
    const lines = section.split('\n');
    const steps: Step[] = [];
    lines.forEach((line, index) => {
        const file = /<!-- tutorial-file: (\S+) -->/.exec(line);
        const edit = /<!-- tutorial-edit: (\S+): (.+) => (.+) -->/.exec(line);
        const run = /<!-- tutorial-run: (.+?)(?: → exit (\d+))? -->/.exec(line);
        if (file) steps.push({ kind: 'file', name: file[1], text: `${blockAfter(lines, index)!.join('\n')}\n` });
        else if (edit) steps.push({ kind: 'edit', name: edit[1], from: edit[2], to: edit[3] });
        else if (run) {
            const block = blockAfter(lines, index);
            const shown = block?.[0] === `$ ${run[1]}` ? `${block.slice(1).join('\n')}\n` : undefined;
            steps.push({ kind: 'run', command: run[1], status: run[2] === undefined ? undefined : Number(run[2]), output: shown });
        }
    });
    return steps;
}

describe('README: A first map by hand', () => {
    const steps = tutorialSteps();

    test('has files, edits and commands to follow', () => {
        expect(steps.filter(s => s.kind === 'file').map(s => (s as { name: string }).name)).toEqual(['people.journey', 'reset.journey', 'reset-ideal.journey']);
        expect(steps.filter(s => s.kind === 'run' && s.output !== undefined)).toHaveLength(3);
    });

    test('prints what it shows, step by step', () => {
        expect(fs.existsSync(path.join(root, 'out', 'cli', 'main.cjs')), 'npm run build has run').toBe(true);
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-tutorial-'));
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-tutorial-bin-'));
        fs.writeFileSync(path.join(bin, 'journey'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin', 'journey.cjs')}" "$@"\n`, { mode: 0o755 });
        const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
        for (const step of steps) {
            if (step.kind === 'file') {
                fs.writeFileSync(path.join(folder, step.name), step.text);
            } else if (step.kind === 'edit') {
                const file = path.join(folder, step.name);
                const text = fs.readFileSync(file, 'utf8');
                expect(text, `the edit ${step.from} => ${step.to}`).toContain(step.from);
                fs.writeFileSync(file, text.replace(step.from, step.to));
            } else {
                const result = spawnSync('sh', ['-c', step.command], { cwd: folder, env, encoding: 'utf8', timeout: 60_000 });
                expect(result.stderr, step.command).toBe('');
                if (step.status !== undefined || !step.command.includes('|')) expect(result.status, step.command).toBe(step.status ?? 0);
                if (step.output !== undefined) expect(result.stdout, step.command).toBe(step.output);
                const written = /-o (\S+)/.exec(step.command)?.[1];
                if (written) expect(fs.statSync(path.join(folder, written)).size, written).toBeGreaterThan(0);
            }
        }
        expect(fs.readFileSync(path.join(folder, 'compare.png')).subarray(1, 4).toString()).toBe('PNG');
        expect(fs.readFileSync(path.join(folder, 'reset.svg'), 'utf8')).toMatch(/^<svg /);
    }, 120_000);
});
