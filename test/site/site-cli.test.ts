import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { journey, tempFolder } from '../cli/journey-cli.js';

const PEOPLE = 'persona Alex\nstakeholder Desk\nchannel Phone\n';
const map = (name: string) => `journey ${name} "Journey ${name}" {\n  persona Alex\n  outcome "Done"\n  stage S { touchpoint T { channel Phone owner Desk emotion 3 } }\n}\n`;

const folders: string[] = [];
function folder(files: Record<string, string>): string {
    const made = tempFolder(files);
    folders.push(made);
    return made;
}

afterEach(() => {
    for (const made of folders.splice(0)) fs.rmSync(made, { recursive: true, force: true });
});

describe('journey site', () => {
    test('writes the site into a new folder and says where its index is', () => {
        const dir = folder({ 'maps/people.journey': PEOPLE, 'maps/a.journey': map('Alpha') });
        const run = journey(['site', 'maps', '-o', 'out/site'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('Wrote 5 pages to out/site; open out/site/index.html in a browser\n');
        expect(fs.readdirSync(path.join(dir, 'out', 'site')).sort()).toEqual(['.journey-site.json', 'assets', 'channels', 'index.html', 'journeys', 'personas', 'stakeholders']);
        expect(fs.existsSync(path.join(dir, 'out', 'site', 'journeys', 'alpha.html'))).toBe(true);
        // No temporary file is left behind.
        expect(fs.readdirSync(path.join(dir, 'out', 'site', 'journeys'))).toEqual(['alpha.html']);
    });

    test('says the summary in the --locale language', () => {
        const dir = folder({ 'maps/people.journey': PEOPLE, 'maps/a.journey': map('Alpha') });
        const run = journey(['site', 'maps', '-o', 'site', '--locale', 'es'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('Se escribieron 5 páginas en site; abra site/index.html en un navegador\n');
        expect(fs.readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).toContain('<html lang="es">');
    });

    test('a second run replaces its own pages and removes those of journeys that are gone, never other files', () => {
        const dir = folder({ 'maps/people.journey': PEOPLE, 'maps/a.journey': map('Alpha'), 'maps/b.journey': map('Beta'), 'site/notes.txt': 'mine' });
        expect(journey(['site', 'maps', '-o', 'site'], dir).status).toBe(2);
        expect(journey(['site', 'maps', '-o', 'site', '--force'], dir).status).toBe(0);
        expect(fs.existsSync(path.join(dir, 'site', 'journeys', 'beta.html'))).toBe(true);
        fs.rmSync(path.join(dir, 'maps', 'b.journey'));
        const again = journey(['site', 'maps', '-o', 'site'], dir);
        expect(again.stderr).toBe('');
        expect(again.status).toBe(0);
        expect(fs.readdirSync(path.join(dir, 'site', 'journeys'))).toEqual(['alpha.html']);
        expect(fs.readFileSync(path.join(dir, 'site', 'notes.txt'), 'utf8')).toBe('mine');
    });

    test('refuses -o that is the maps\' folder, a folder holding it, a file, or a folder with other files', () => {
        const dir = folder({ 'maps/people.journey': PEOPLE, 'maps/a.journey': map('Alpha'), 'taken/index.html': 'someone else\'s', 'file.txt': 'x' });
        const cases: [string[], RegExp][] = [
            [['site', 'maps', '-o', 'maps'], /^journey: maps: is the folder of the maps; the site would be mixed with them \(choose another -o folder, for example maps\/site\)\n$/],
            [['site', 'maps', '-o', '.'], /^journey: \.: is a folder that holds the maps; /],
            [['site', 'maps', '-o', 'file.txt'], /^journey: file\.txt: is a file, not a folder: name a folder for the site with -o\n$/],
            [['site', 'maps', '-o', 'taken'], /^journey: taken: is not empty and was not written by journey site; name a new or empty folder with -o \(or add --force to write into it\)\n$/],
            [['site', 'maps'], /^journey: .*required option '-o, --output <folder>' not specified \(see journey site --help\)\n$/],
            [['site', 'missing', '-o', 'site'], /^journey: missing: no such file or folder\n$/],
        ];
        for (const [args, message] of cases) {
            const run = journey(args, dir);
            expect(run.stderr, args.join(' ')).toMatch(message);
            expect(run.status, args.join(' ')).toBe(2);
        }
        expect(fs.readFileSync(path.join(dir, 'taken', 'index.html'), 'utf8')).toBe('someone else\'s');
        expect(fs.readdirSync(path.join(dir, 'maps')).sort()).toEqual(['a.journey', 'people.journey']);
        expect(fs.readFileSync(path.join(dir, 'file.txt'), 'utf8')).toBe('x');
    });

    test('does not write through a symbolic link planted in the site folder', () => {
        const dir = folder({ 'maps/people.journey': PEOPLE, 'maps/a.journey': map('Alpha'), 'elsewhere/keep.txt': 'x' });
        expect(journey(['site', 'maps', '-o', 'site'], dir).status).toBe(0);
        fs.rmSync(path.join(dir, 'site', 'journeys'), { recursive: true });
        fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'site', 'journeys'));
        const run = journey(['site', 'maps', '-o', 'site'], dir);
        expect(run.stderr).toMatch(/^journey: .*journeys: is a symbolic link; the site is not written through links/);
        expect(run.status).toBe(2);
        expect(fs.readdirSync(path.join(dir, 'elsewhere'))).toEqual(['keep.txt']);
    });

    test('maps with errors: the site is still written from what could be read, the errors listed, exit 1', () => {
        const dir = folder({ 'maps/people.journey': PEOPLE, 'maps/a.journey': map('Alpha').replace('owner Desk', 'owner Dsk') });
        const run = journey(['site', 'maps', '-o', 'site'], dir);
        expect(run.stderr).toMatch(/maps\/a\.journey:4:\d+: error \[unresolved-reference\] No stakeholder named 'Dsk'/);
        expect(run.status).toBe(1);
        expect(fs.existsSync(path.join(dir, 'site', 'journeys', 'alpha.html'))).toBe(true);
    });
});
