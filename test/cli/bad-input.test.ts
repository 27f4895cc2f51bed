/**
 * The bad input every command meets, each in a folder of its own: one clear line that says
 * what and where, the right exit status, and never a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { journey, tempFolder } from './journey-cli.js';

const COMMANDS: [string, string[]][] = [
    ['check', ['check']],
    ['render', ['render']],
    ['fmt', ['fmt']],
    ['export mermaid', ['export', 'mermaid']],
    ['preview', ['preview', '--port', '0']],
    ['diff (head)', ['diff', 'ok.journey']],
];

function setup(): string {
    const dir = tempFolder({ 'ok.journey': 'persona A "A"\n', 'empty/readme.md': '# no maps here\n' });
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.writeFileSync(path.join(dir, 'bin', 'image.journey'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    fs.mkdirSync(path.join(dir, 'latin1'));
    fs.writeFileSync(path.join(dir, 'latin1', 'café.journey'), Buffer.from('persona A "Caf\xe9"\n', 'latin1'));
    return dir;
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);

describe.each(COMMANDS)('%s', (_name, command) => {
    test.each([
        ['a path that does not exist', 'nowhere/reset.journey', 'journey: nowhere/reset.journey: no such file or folder\n'],
        ['a folder with no .journey files', 'empty', 'journey: no .journey files found in empty\n'],
        ['a binary file', 'bin/image.journey', 'journey: bin/image.journey: is a binary file, not a .journey map\n'],
        ['a file that is not UTF-8', 'latin1/café.journey', 'journey: latin1/café.journey:1:15: not UTF-8 text (byte 0xE9); save the file as UTF-8\n'],
    ])('%s: one line, exit 2', (_case, input, message) => {
        const run = journey([...command, input], setup());
        expect(run.stderr).toBe(message);
        expect(run.status).toBe(2);
        noStackTrace(run.stderr);
    });
});

describe('a syntax error', () => {
    const BROKEN = 'journey J {\n  stage S { touchpoint T { emotion } }\n}\n';
    const where = "broken.journey:2:36: error [syntax-error] Expected a number but found '}'.";

    test('check: reported with file:line:col, exit 1', () => {
        const run = journey(['check', 'broken.journey'], tempFolder({ 'broken.journey': BROKEN }));
        expect(run.stdout).toContain(where);
        expect(run.status).toBe(1);
    });

    test.each([
        ['render', ['render', 'broken.journey']],
        ['export mermaid', ['export', 'mermaid', 'broken.journey']],
    ])('%s: drawn from what could be read, the error on stderr, exit 1', (_name, args) => {
        const run = journey(args, tempFolder({ 'broken.journey': BROKEN }));
        expect(run.stderr).toContain(where);
        expect(run.stdout.length).toBeGreaterThan(0);
        expect(run.status).toBe(1);
        noStackTrace(run.stderr);
    });

    test('fmt: the file is left alone, exit 1', () => {
        const dir = tempFolder({ 'broken.journey': BROKEN });
        const run = journey(['fmt', 'broken.journey'], dir);
        expect(run.stderr).toContain("broken.journey:2:36: error: cannot format: Expected a number but found '}'.");
        expect(fs.readFileSync(path.join(dir, 'broken.journey'), 'utf8')).toBe(BROKEN);
        expect(run.status).toBe(1);
    });

    test('diff: compared as far as it could be read, with a note, exit 0', () => {
        const run = journey(['diff', 'ok.journey', 'broken.journey'], tempFolder({ 'ok.journey': 'journey J {\n}\n', 'broken.journey': BROKEN }));
        expect(run.stderr).toBe("journey: note: broken.journey:2:36: Expected a number but found '}'. (compared as far as it could be read)\n");
        expect(run.status).toBe(0);
    });
});

describe('a folder search that finds no maps says which folders it passed over', () => {
    test('the skipped folders that are there, shallowest first, at most four', () => {
        const dir = tempFolder({
            'maps/node_modules/pkg/a.journey': 'persona A\n',
            'maps/.git/HEAD': 'ref\n',
            'maps/out/b.journey': 'persona B\n',
            'maps/notes/readme.md': '# no maps\n',
        });
        const run = journey(['check', 'maps'], dir);
        expect([run.status, run.stdout]).toEqual([2, '']);
        expect(run.stderr).toBe('journey: no .journey files found in maps (skipped maps/.git, maps/node_modules, maps/out — hidden folders, node_modules and out are never searched)\n');
        const many = tempFolder({ '.a/x': '', '.b/x': '', '.c/x': '', 'd/.e/x': '', 'node_modules/x': '' });
        expect(journey(['check', '.'], many).stderr)
            .toBe('journey: no .journey files found in . (skipped .a, .b, .c, node_modules and 1 more — hidden folders, node_modules and out are never searched)\n');
    });

    test('nothing skipped: the short message', () => {
        const run = journey(['check', 'maps'], tempFolder({ 'maps/readme.md': '# no maps\n' }));
        expect(run.stderr).toBe('journey: no .journey files found in maps\n');
    });
});
