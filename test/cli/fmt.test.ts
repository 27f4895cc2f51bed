import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const MESSY = 'journey J {\n  stage S { touchpoint T {   channel Phone    owner Desk } }\n}';
const CANONICAL = 'journey J {\n    stage S {\n        touchpoint T { channel Phone  owner Desk }\n    }\n}\n';

describe('journey fmt', () => {
    test('rewrites the files that are not canonical, and only those', () => {
        const folder = tempFolder({ 'a.journey': MESSY, 'b.journey': CANONICAL, 'notes.txt': MESSY });
        const before = fs.statSync(path.join(folder, 'b.journey')).mtimeMs;
        const run = journey(['fmt', folder]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('journey: formatted 1 of 2 files\n');
        expect(fs.readFileSync(path.join(folder, 'a.journey'), 'utf8')).toBe(CANONICAL);
        expect(fs.statSync(path.join(folder, 'b.journey')).mtimeMs).toBe(before);
        expect(fs.readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe(MESSY);
        expect(fs.readdirSync(folder).sort()).toEqual(['a.journey', 'b.journey', 'notes.txt']);
    });

    test('--check lists the files that would change on stdout, writes nothing and exits 1', () => {
        const folder = tempFolder({ 'a.journey': MESSY, 'b.journey': CANONICAL });
        const run = journey(['fmt', '--check', '.'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('a.journey\n');
        expect(run.stderr).toBe('journey: 1 of 2 files are not formatted; run journey fmt on it\n');
        expect(fs.readFileSync(path.join(folder, 'a.journey'), 'utf8')).toBe(MESSY);
    });

    test('--check passes on canonical files: the examples are kept formatted', () => {
        const run = journey(['fmt', '--check', 'examples']);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('');
        expect(run.status).toBe(0);
    });

    test('- formats standard input to standard output', () => {
        const run = journey(['fmt', '-'], repoRoot, MESSY);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(CANONICAL);
        expect(run.stderr).toBe('');
        const check = journey(['fmt', '--check', '-'], repoRoot, MESSY);
        expect(check.status).toBe(1);
        expect(check.stdout).toBe('<stdin>\n');
    });

    test('a syntax error is reported with its position; the file is left as it was (exit 1)', () => {
        const folder = tempFolder({ 'broken.journey': 'journey J {\n  stage S {   touchpoint T { emotion }\n}', 'a.journey': MESSY });
        const run = journey(['fmt', '.'], folder);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^broken\.journey:2:38: error: cannot format: .+\n/);
        expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
        expect(fs.readFileSync(path.join(folder, 'broken.journey'), 'utf8')).toBe('journey J {\n  stage S {   touchpoint T { emotion }\n}');
        expect(fs.readFileSync(path.join(folder, 'a.journey'), 'utf8')).toBe(CANONICAL);
    });

    test('standard input with a syntax error passes through unchanged, so a pipe loses nothing', () => {
        const run = journey(['fmt', '-'], repoRoot, 'journey J { stage S { }');
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('journey J { stage S { }');
        expect(run.stderr).toBe("<stdin>:1:24: error: cannot format: The file ends before this journey is closed: add the missing '}'.\n");
    });

    test('keeps a byte-order mark', () => {
        const folder = tempFolder({});
        fs.writeFileSync(path.join(folder, 'bom.journey'), `\uFEFF${MESSY}`);
        expect(journey(['fmt', 'bom.journey'], folder).status).toBe(0);
        expect(fs.readFileSync(path.join(folder, 'bom.journey'), 'utf8')).toBe(`\uFEFF${CANONICAL}`);
        expect(journey(['fmt', '--check', 'bom.journey'], folder).status).toBe(0);
    });

    test('keeps the permissions of a file and writes through a symbolic link', () => {
        const folder = tempFolder({ 'real/a.journey': MESSY });
        fs.chmodSync(path.join(folder, 'real', 'a.journey'), 0o640);
        fs.mkdirSync(path.join(folder, 'linked'));
        fs.symlinkSync(path.join(folder, 'real', 'a.journey'), path.join(folder, 'linked', 'a.journey'));
        const run = journey(['fmt', 'linked/a.journey'], folder);
        expect(run.status).toBe(0);
        expect(fs.lstatSync(path.join(folder, 'linked', 'a.journey')).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(path.join(folder, 'real', 'a.journey'), 'utf8')).toBe(CANONICAL);
        expect(fs.statSync(path.join(folder, 'real', 'a.journey')).mode & 0o777).toBe(0o640);
    });

    test.each([
        [['fmt', 'missing.journey'], 'journey: missing.journey: no such file or folder\n'],
        [['fmt', 'empty'], 'journey: no .journey files found in empty\n'],
        [['fmt', 'binary.journey'], 'journey: binary.journey: is a binary file, not a .journey map\n'],
        [['fmt', 'latin1.journey'], 'journey: latin1.journey:1:18: not UTF-8 text (byte 0xE9); save the file as UTF-8\n'],
        [['fmt'], /^journey: missing required argument 'paths'/],
    ])('bad input %j: one clear line, exit 2', (args, message) => {
        const folder = tempFolder({ 'empty/readme.md': '# nothing here\n' });
        fs.writeFileSync(path.join(folder, 'binary.journey'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]));
        fs.writeFileSync(path.join(folder, 'latin1.journey'), Buffer.from('persona Alex "Caf\xe9"\n', 'latin1'));
        const run = journey(args, folder);
        expect(run.status).toBe(2);
        if (typeof message === 'string') expect(run.stderr).toBe(message);
        else expect(run.stderr).toMatch(message);
    });

    test('--help describes the command', () => {
        const run = journey(['fmt', '--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('--check');
        expect(run.stdout).toContain('canonical layout');
    });
});
