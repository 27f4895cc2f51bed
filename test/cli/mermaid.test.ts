import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder, type CliRun } from './journey-cli.js';

const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));
function folder(files: Record<string, string> = {}): string {
    const dir = tempFolder(files);
    folders.push(dir);
    return dir;
}

/** The built CLI with `input` on standard input. */
function journeyWithInput(args: string[], input: string | Uint8Array, cwd = repoRoot): CliRun {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PEOPLE = 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\n';
const MAP = 'journey Reset "Password reset" {\n    persona Alex\n    stage S "Seeks: help" {\n        touchpoint Call "Calls the desk; waits" { owner Desk emotion 2 }\n    }\n}\n';

const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Do work: 1: Me, Cat
`;

function examplesCopy(): string {
    const dir = folder();
    fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
    return dir;
}

describe('journey export mermaid', () => {
    test('writes the diagram to standard output: the same text as exportMermaid', async () => {
        const run = journey(['export', 'mermaid', 'examples/password-reset.journey']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const { exportMermaid } = await import('../../src/interop/mermaid-export.js');
        const { openWorkspace } = await import('../../src/cli/open-workspace.js');
        const workspace = await openWorkspace([path.join(repoRoot, 'examples', 'password-reset.journey')]);
        expect(run.stdout).toBe(exportMermaid(workspace.services.Journey.gaps.Analysis.getModel(), 'PasswordReset'));
        expect(run.stdout).toMatch(/^journey\n {4}%% journey-maps: /);
    });

    test('-o writes the file atomically and nothing else; --no-metadata leaves out the comments', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const run = journey(['export', 'mermaid', 'reset.journey', '--no-metadata', '-o', 'reset.mmd'], dir);
        expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
        expect(fs.readFileSync(path.join(dir, 'reset.mmd'), 'utf8')).toBe(
            'journey\n    title Password reset\n    accTitle: Journey map: Password reset\n'
            + '    accDescr: The journey of Alex (Office worker), in 1 stage and 1 touchpoint. Stages: Seeks: help. Lowest point: Calls the desk; waits in Seeks: help, emotion 2 of 5.\n'
            + '    section Seeks#58; help\n        Calls the desk#59; waits: 2: Office worker, Service desk\n');
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset.journey', 'reset.mmd']);
        expect(journey(['export', 'mermaid', 'reset.journey', '-o', '-'], dir).stdout).toContain('%% journey-maps: ');
    });

    test('-j picks the journey; by default it is the first actual journey of the file', () => {
        const ideal = journey(['export', 'mermaid', 'examples/password-reset-ideal.journey', '-j', 'PasswordResetIdeal', '--no-metadata']);
        expect(ideal.status).toBe(0);
        expect(ideal.stdout.split('\n')[1]).toBe('    title Password reset, as it should be');
        const actual = journey(['export', 'mermaid', 'examples/password-reset.journey', '--no-metadata']);
        expect(actual.stdout.split('\n')[1]).toBe('    title Self-service password reset (as it is today)');
    });

    test('an unknown journey, a missing file or a file without a journey: exit 2 with one line', () => {
        const unknown = journey(['export', 'mermaid', 'examples/password-reset.journey', '-j', 'Nope']);
        expect([unknown.status, unknown.stdout]).toEqual([2, '']);
        expect(unknown.stderr).toBe("journey: no journey named 'Nope'. Journeys: PasswordResetIdeal, PasswordReset\n");
        const missing = journey(['export', 'mermaid', 'nope.journey']);
        expect([missing.status, missing.stderr]).toEqual([2, 'journey: nope.journey: no such file or folder\n']);
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const empty = journey(['export', 'mermaid', 'people.journey', '-o', 'people.mmd'], dir);
        expect([empty.status, empty.stdout, empty.stderr]).toEqual([2, '',
            'journey: people.journey: no journey in this file (it declares 1 persona, 1 stakeholder); journeys are in reset.journey — export one of those, or name a journey with --journey\n']);
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset.journey']);
        const named = journey(['export', 'mermaid', 'people.journey', '--journey', 'Reset', '--no-metadata'], dir);
        expect([named.status, named.stdout.split('\n')[1]]).toEqual([0, '    title Password reset']);
    });

    test('a map with errors is still exported; the errors go to stderr and the status is 1', () => {
        const dir = folder({ 'reset.journey': MAP });
        const run = journey(['export', 'mermaid', 'reset.journey', '--no-metadata'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('Calls the desk#59; waits: 2: Alex, Desk');
        expect(run.stderr).toMatch(/^reset\.journey:2:13: error /);
    });
});

describe('journey import mermaid', () => {
    test('reads standard input with -, writes the .journey text to standard output', () => {
        const run = journeyWithInput(['import', 'mermaid', '-'], WORKING_DAY);
        expect([run.status, run.stderr]).toEqual([0, '']);
        expect(run.stdout).toBe('persona Me\n\nstakeholder Cat\n\njourney MyWorkingDay "My working day" {\n    persona Me\n\n'
            + '    stage GoToWork "Go to work" {\n        touchpoint MakeTea "Make tea" {\n            emotion 5\n        }\n'
            + '        touchpoint DoWork "Do work" {\n            owner Cat  emotion 1\n        }\n    }\n}\n');
    });

    test('-o writes a file that journey check accepts', () => {
        const dir = folder({ 'day.mmd': WORKING_DAY });
        const run = journey(['import', 'mermaid', 'day.mmd', '-o', 'day.journey'], dir);
        expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
        expect(fs.readdirSync(dir).sort()).toEqual(['day.journey', 'day.mmd']);
        const check = journey(['check', 'day.journey'], dir);
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/0 errors/);
    });

    test('warnings go to stderr as file:line:col: warning: …, and the status stays 0', () => {
        const dir = folder({ 'day.mmd': WORKING_DAY.replace('Do work: 1: Me, Cat', 'Do work: later: 1: Me, Cat').replace('Make tea: 5', 'Make tea: 9') });
        const run = journey(['import', 'mermaid', 'day.mmd'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe([
            'day.mmd:4:17: warning: the score 9 is not a whole number from 1 to 5, so Mermaid draws the task off its scale; imported as emotion 5',
            "day.mmd:5:14: warning: ':' in a task name: Mermaid ends the name here and shows task 'Do work' with score 'later' and actors '1'; imported as task 'Do work: later' with score 1. Write #58; for a ':' in a name.",
            '',
        ].join('\n'));
        expect(run.stdout).toContain('touchpoint DoWorkLater "Do work: later" {');
        const piped = journeyWithInput(['import', 'mermaid', '-'], 'journey\n  section S\n    A: 5:\n');
        expect(piped.stderr).toBe("<stdin>:3:9: warning: nothing after this ':': Mermaid reads an empty actor name and adds a nameless actor to the legend; ignored\n");
    });

    test('input that is not a Mermaid journey: exit 1, one line with file:line:col, nothing written', () => {
        const dir = folder({ 'chart.mmd': '%% a chart\n  flowchart TD\n  A --> B\n' });
        const run = journey(['import', 'mermaid', 'chart.mmd', '-o', 'chart.journey'], dir);
        expect([run.status, run.stdout]).toEqual([1, '']);
        expect(run.stderr).toBe("chart.mmd:2:3: error: not a Mermaid journey diagram: it starts with 'flowchart' (a journey diagram starts with the line 'journey')\n");
        expect(fs.readdirSync(dir)).toEqual(['chart.mmd']);
    });

    test('a missing file, a folder, a binary file or text that is not UTF-8: exit 2 with one line', () => {
        const dir = folder({ 'sub/x.txt': '' });
        fs.writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
        fs.writeFileSync(path.join(dir, 'latin1.mmd'), Buffer.from('journey\n    title Caf\xe9 time\n', 'latin1'));
        const cases: Array<[string[], string]> = [
            [['nope.mmd'], 'journey: nope.mmd: cannot read: no such file or folder\n'],
            [['sub'], 'journey: sub: cannot read: is a folder, not a file\n'],
            [['image.png'], 'journey: image.png: is a binary file, not Mermaid text\n'],
            [['latin1.mmd'], 'journey: latin1.mmd:2:14: not UTF-8 text (byte 0xE9); save the file as UTF-8\n'],
        ];
        for (const [args, stderr] of cases) {
            const run = journey(['import', 'mermaid', ...args], dir);
            expect([run.status, run.stdout, run.stderr]).toEqual([2, '', stderr]);
        }
        const binary = journeyWithInput(['import', 'mermaid', '-'], Buffer.from([0x6a, 0x00, 0x01]));
        expect([binary.status, binary.stderr]).toEqual([2, 'journey: <stdin>: is a binary file, not Mermaid text\n']);
    });

    test('export then import over the original file: journey check finds exactly the same', () => {
        const dir = examplesCopy();
        const before = journey(['check', '.'], dir);
        for (const [file, name] of [['password-reset.journey', 'PasswordReset'], ['password-reset-ideal.journey', 'PasswordResetIdeal'], ['es/restablecimiento-de-contraseña.journey', 'RestablecerContraseña']]) {
            expect(journey(['export', 'mermaid', file, '-j', name, '-o', 'map.mmd'], dir).status).toBe(0);
            const back = journey(['import', 'mermaid', 'map.mmd', '-o', file], dir);
            expect([back.status, back.stderr]).toEqual([0, '']);
            fs.rmSync(path.join(dir, 'map.mmd'));
        }
        const after = journey(['check', '.'], dir);
        expect(after.status).toBe(before.status);
        const summary = (run: CliRun) => run.stdout.trim().split('\n').at(-1);
        expect(summary(after)).toBe(summary(before));
        expect(summary(after)).toMatch(/^0 errors, \d+ warnings/);
    });

    test('export, then import into an empty folder: the file declares what it uses, and journey check finds no errors', () => {
        const out = folder();
        const exports: Array<[string, string, string]> = [
            ['examples/password-reset.journey', 'actual', 'password-reset.journey'],
            ['examples/es/restablecimiento-de-contraseña.journey', 'es', 'restablecimiento.journey'],
            // The ideal journey refers to the actual one it improves: it goes beside it.
            ['examples/password-reset-ideal.journey', 'actual', 'password-reset-ideal.journey'],
        ];
        for (const [source, into, name] of exports) {
            const mmd = path.join(out, `${into}-${name}.mmd`);
            expect(journey(['export', 'mermaid', source, '-o', mmd]).status).toBe(0);
            fs.mkdirSync(path.join(out, into), { recursive: true });
            const run = journey(['import', 'mermaid', mmd, '-o', path.join(into, name)], out);
            expect([run.status, run.stderr]).toEqual([0, '']);
        }
        const actual = fs.readFileSync(path.join(out, 'actual', 'password-reset.journey'), 'utf8');
        expect(actual.startsWith('persona Alex "Office worker" {\n')).toBe(true);
        expect(actual).toContain('\nchannel PortalSearch "Portal search"\n');
        // Beside it, the ideal journey does not declare Alex, the desk or the phone a second time.
        const ideal = fs.readFileSync(path.join(out, 'actual', 'password-reset-ideal.journey'), 'utf8');
        expect(ideal.startsWith('ideal journey PasswordResetIdeal ')).toBe(true);
        for (const into of ['actual', 'es']) {
            const check = journey(['check', into], out);
            expect([into, check.status]).toEqual([into, 0]);
            expect(check.stdout.trim().split('\n').at(-1)).toMatch(/^0 errors, /);
        }
    });

    test('--no-declarations leaves out what was declared in other files: for a file that goes beside them', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': 'channel Own\n' + MAP.replace('owner Desk', 'channel Own owner Desk') });
        expect(journey(['export', 'mermaid', 'reset.journey', '-o', 'reset.mmd'], dir).status).toBe(0);
        const standalone = journey(['import', 'mermaid', 'reset.mmd'], dir);
        expect(standalone.stdout.startsWith('persona Alex "Office worker"\n\nstakeholder Desk "Service desk"\n\nchannel Own\n\njourney Reset')).toBe(true);
        const beside = journey(['import', 'mermaid', 'reset.mmd', '--no-declarations'], dir);
        expect(beside.stdout.startsWith('channel Own\n\njourney Reset')).toBe(true);
        // With -o, what the folder declares already is left out without being asked.
        expect(journey(['import', 'mermaid', 'reset.mmd', '-o', 'copy.journey'], dir).status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'copy.journey'), 'utf8').startsWith('journey Reset')).toBe(true);
    });
});
