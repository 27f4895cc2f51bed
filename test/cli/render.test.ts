import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';
import { startServing, type ServedProcess } from './served-process.js';

const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));
function folder(files: Record<string, string>): string {
    const dir = tempFolder(files);
    folders.push(dir);
    return dir;
}

const PEOPLE = 'persona Alex\nstakeholder Desk\nchannel Phone\n';
const MAP = 'journey Reset "Password reset" {\n  persona Alex\n  outcome "Done"\n  stage S {\n    touchpoint Call "Calls the desk" { channel Phone owner Desk emotion 2 }\n  }\n}\n';

describe('journey render', () => {
    test('writes the map as SVG to the file named with -o, and nothing else', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const run = journey(['render', 'reset.journey', '-o', 'reset.svg'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const svg = fs.readFileSync(path.join(dir, 'reset.svg'), 'utf8');
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).toContain('data-touchpoint="Call"');
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset.journey', 'reset.svg']);
    });

    test('without -o the SVG goes to standard output; views and themes are options', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const map = journey(['render', 'reset.journey', '--theme', 'dark'], dir);
        expect(map.status).toBe(0);
        expect(map.stdout).toContain('fill:#0d1117');
        const stakeholders = journey(['render', 'reset.journey', '--view', 'stakeholders'], dir);
        expect(stakeholders.stdout).toContain('data-stakeholder="Desk"');
    });

    test('the same renderer as the library: identical bytes', async () => {
        const run = journey(['render', 'examples/password-reset.journey']);
        expect(run.status).toBe(0);
        const { renderSvg } = await import('../../src/render/render-svg.js');
        const { openWorkspace } = await import('../../src/cli/open-workspace.js');
        const workspace = await openWorkspace([path.join(repoRoot, 'examples', 'password-reset.journey')]);
        const analysis = workspace.services.Journey.gaps.Analysis;
        expect(run.stdout).toBe(`${renderSvg(analysis.getModel(), analysis.getGaps(), { journey: 'PasswordReset' })}\n`);
    });

    test('--format html: a standalone page holding the map', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const run = journey(['render', 'reset.journey', '-f', 'html', '-o', 'map.html'], dir);
        expect(run.status).toBe(0);
        const html = fs.readFileSync(path.join(dir, 'map.html'), 'utf8');
        expect(html).toMatch(/^<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Password reset<\/title>/);
        expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
        expect(html).not.toMatch(/<script|<link|src=/);
    });

    test('--format png: an image from resvg, at the map size times --scale', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const svg = journey(['render', 'reset.journey'], dir).stdout;
        const [width, height] = [/width="(\d+)"/, /height="(\d+)"/].map(re => Number(re.exec(svg)![1]));
        for (const scale of [1, 2]) {
            const run = journey(['render', 'reset.journey', '-f', 'png', '--scale', String(scale), '-o', `map${scale}.png`], dir);
            expect(run.status).toBe(0);
            const png = fs.readFileSync(path.join(dir, `map${scale}.png`));
            expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
            expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * scale, height * scale]);
        }
        expect(journey(['render', 'reset.journey', '-f', 'png', '--scale', '0', '-o', 'x.png'], dir).status).toBe(2);
    });

    test('--format md: persona, outcome, a table of touchpoints, gaps, improvements and questions', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP.replace('  stage S {', '  stage S "Seeks | help" {').replace('\n}\n', '\n  question "Why *phone* first?"\n}\n') });
        const run = journey(['render', 'reset.journey', '-f', 'md'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('# Journey: Password reset\n\n**Persona:** Alex  \n**Outcome:** Done  \n');
        expect(run.stdout).toContain('| Seeks \\| help | Calls the desk | Phone | Desk | 2 | – |');
        expect(run.stdout).toContain('## Gaps (');
        expect(run.stdout).toContain('- Why \\*phone\\* first? — *open*');
    });

    test('-o - writes to standard output', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const run = journey(['render', 'reset.journey', '-o', '-'], dir);
        expect(run.stdout.startsWith('<svg')).toBe(true);
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset.journey']);
    });

    test('a map with errors is drawn, the errors go to stderr, and the exit status is 1', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP.replace('owner Desk', 'owner Dsk') });
        const run = journey(['render', 'reset.journey', '-o', 'out.svg'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain("reset.journey:5:60: error [unresolved-reference] No stakeholder named 'Dsk'. Did you mean 'Desk'?");
        expect(fs.existsSync(path.join(dir, 'out.svg'))).toBe(true);
    });

    test('an unknown journey, view or output folder is a usage error (exit 2), and nothing is written', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const unknown = journey(['render', 'reset.journey', '--journey', 'Nope', '-o', 'x.svg'], dir);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toBe("journey: no journey named 'Nope'. Journeys: Reset\n");
        expect(journey(['render', 'reset.journey', '--view', 'flat'], dir).status).toBe(2);
        const noFolder = journey(['render', 'reset.journey', '-o', 'missing/x.svg'], dir);
        expect(noFolder.status).toBe(2);
        expect(noFolder.stderr).toBe('journey: missing/x.svg: cannot write: no such file or folder\n');
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset.journey']);
    });
});

describe('journey render: the format follows the output file', () => {
    test('without --format, the -o extension decides: .svg, .html, .htm, .png, .md (any case)', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const cases: Array<[string, (bytes: Buffer) => boolean]> = [
            ['map.svg', b => b.toString('utf8').startsWith('<svg xmlns=')],
            ['map.html', b => b.toString('utf8').startsWith('<!doctype html>')],
            ['map.HTM', b => b.toString('utf8').startsWith('<!doctype html>')],
            ['map.png', b => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))],
            ['map.md', b => b.toString('utf8').startsWith('# Journey: Password reset')],
        ];
        for (const [output, looksRight] of cases) {
            const run = journey(['render', 'reset.journey', '-o', output], dir);
            expect([output, run.status, run.stderr]).toEqual([output, 0, '']);
            expect(looksRight(fs.readFileSync(path.join(dir, output))), output).toBe(true);
        }
    });

    test('standard output is SVG unless --format says otherwise; --format with an unknown extension is taken as given', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        expect(journey(['render', 'reset.journey'], dir).stdout.startsWith('<svg')).toBe(true);
        expect(journey(['render', 'reset.journey', '-f', 'md', '-o', '-'], dir).stdout.startsWith('# Journey:')).toBe(true);
        const txt = journey(['render', 'reset.journey', '-f', 'md', '-o', 'notes.txt'], dir);
        expect(txt.status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8').startsWith('# Journey:')).toBe(true);
    });

    test('a --format that contradicts the extension, or an extension with no format: exit 2, one line, nothing written', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const cases: Array<[string[], string]> = [
            [['-f', 'svg', '-o', 'map.png'], 'journey: --format svg does not match map.png, whose extension means png: drop --format, or name the file map.svg\n'],
            [['-o', 'map.txt'], "journey: map.txt: cannot tell the format from the extension '.txt': use .svg, .html, .htm, .png, .pdf or .md, or give --format svg|html|png|pdf|md\n"],
            [['-o', 'map'], 'journey: map: cannot tell the format from a name without an extension: use .svg, .html, .htm, .png, .pdf or .md, or give --format svg|html|png|pdf|md\n'],
        ];
        for (const [args, stderr] of cases) {
            const run = journey(['render', 'reset.journey', ...args], dir);
            expect([run.status, run.stdout, run.stderr]).toEqual([2, '', stderr]);
        }
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset.journey']);
    });
});

describe('journey render: a file without a journey', () => {
    const IDEAL = 'ideal journey ResetIdeal "Password reset, as it should be" improves Reset {\n  persona Alex\n}\n';

    test('is refused for every format with what the file holds and where the journeys are (exit 2, nothing written)', () => {
        const dir = folder({ 'people.journey': PEOPLE + 'stakeholder Team\n', 'reset.journey': MAP, 'reset-ideal.journey': IDEAL });
        const message = 'journey: people.journey: no journey in this file (it declares 1 persona, 2 stakeholders, 1 channel); '
            + 'journeys are in reset-ideal.journey, reset.journey — render one of those, or name a journey with --journey\n';
        for (const format of ['svg', 'html', 'png', 'md']) {
            const run = journey(['render', 'people.journey', '-f', format, '-o', `out.${format}`], dir);
            expect([format, run.status, run.stdout, run.stderr]).toEqual([format, 2, '', message]);
        }
        expect(fs.readdirSync(dir).sort()).toEqual(['people.journey', 'reset-ideal.journey', 'reset.journey']);
    });

    test('--journey may name a journey of another file in the folder; the stakeholder map needs none', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP, 'reset-ideal.journey': IDEAL });
        const named = journey(['render', 'people.journey', '--journey', 'ResetIdeal'], dir);
        expect([named.status, named.stderr]).toEqual([0, '']);
        expect(named.stdout).toContain('Journey map: Password reset, as it should be');
        const stakeholders = journey(['render', 'people.journey', '--view', 'stakeholders'], dir);
        expect([stakeholders.status, stakeholders.stderr]).toEqual([0, '']);
        expect(stakeholders.stdout).toContain('data-stakeholder="Desk"');
    });

    test('an unknown --journey lists the journeys there are, with a suggestion for a typo', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP, 'reset-ideal.journey': IDEAL });
        const run = journey(['render', 'people.journey', '--journey', 'Rest'], dir);
        expect([run.status, run.stdout, run.stderr]).toEqual([2, '', "journey: no journey named 'Rest'. Did you mean 'Reset'? Journeys: ResetIdeal, Reset\n"]);
    });

    test('a folder without any journey says how to start one', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'empty.journey': '// nothing yet\n' });
        expect(journey(['render', 'people.journey'], dir).stderr)
            .toBe('journey: people.journey: no journey in this file (it declares 1 persona, 1 stakeholder, 1 channel), nor in its folder; start one with: journey Name "Title" { … }\n');
        expect(journey(['render', 'empty.journey', '-f', 'md'], dir).stderr).toMatch(/^journey: empty\.journey: no journey in this file \(it declares nothing\), nor in its folder;/);
    });
});

describe('journey preview', () => {
    test('serves the page and the map, and follows a save; a save with errors keeps the last good map', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), 'preview', 'reset.journey', '--port', '0'], { cwd: dir });
        try {
            const url = await new Promise<string>((resolve, reject) => {
                let out = '';
                child.stdout.on('data', chunk => {
                    out += chunk;
                    const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
                    if (found) resolve(found[0]);
                });
                child.on('exit', code => reject(new Error(`preview exited with ${code}`)));
                setTimeout(() => reject(new Error(`no URL in: ${out}`)), 20_000);
            });
            const page = await (await fetch(url)).text();
            expect(page).toContain("script-src 'nonce-");
            expect(page).toContain('<h1>reset.journey</h1>');
            const state = async () => (await fetch(`${url}state`)).json() as Promise<{ version: number; errors: number; journeys: string[] }>;
            expect(await state()).toMatchObject({ errors: 0, journeys: ['Reset'] });
            expect(await (await fetch(`${url}map.svg`)).text()).toContain('data-score="2"');

            const waitFor = async (check: (s: { version: number; errors: number }) => boolean) => {
                for (let i = 0; i < 100; i++) {
                    const s = await state();
                    if (check(s)) return s;
                    await new Promise(r => setTimeout(r, 100));
                }
                throw new Error('the preview did not follow the save');
            };
            const before = (await state()).version;
            fs.writeFileSync(path.join(dir, 'reset.journey'), MAP.replace('emotion 2', 'emotion 5'));
            await waitFor(s => s.version > before && s.errors === 0);
            expect(await (await fetch(`${url}map.svg`)).text()).toContain('data-score="5"');

            const good = (await state()).version;
            fs.writeFileSync(path.join(dir, 'reset.journey'), MAP.replace('emotion 2', 'emotion 5').replace('{ channel', '{ chanel'));
            await waitFor(s => s.version > good && s.errors > 0);
            expect(await (await fetch(`${url}map.svg`)).text()).toContain('data-score="5"');
        } finally {
            child.kill('SIGTERM');
        }
    });
});

/** A folder with an `xdg-open` that only writes down what it was asked to open, one line each. */
function fakeOpener(): { bin: string; opened: () => string[] } {
    const bin = folder({});
    const record = path.join(bin, 'opened.txt');
    fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${record}'\n`, { mode: 0o755 });
    return { bin, opened: () => (fs.existsSync(record) ? fs.readFileSync(record, 'utf8').split('\n').filter(Boolean) : []) };
}

/** The built CLI with PATH set to `pathFolders` (only those: an empty list means no opener at all). */
function journeyWithPath(args: string[], cwd: string, pathFolders: string[]) {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PATH: pathFolders.join(path.delimiter) } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function waitUntil<T>(read: () => T, done: (value: T) => boolean, what: string): Promise<T> {
    for (let i = 0; i < 200; i++) {
        const value = read();
        if (done(value)) return value;
        await new Promise(r => setTimeout(r, 100));
    }
    throw new Error(`waited in vain for ${what}`);
}

type RunningPreview = ServedProcess;

function startPreview(dir: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunningPreview> {
    return startServing(['preview', 'reset.journey', '--port', '0', ...args], { cwd: dir, env });
}

describe.skipIf(process.platform !== 'linux')('opening in the default app (xdg-open on PATH)', () => {
    test('render --open: the -o file, by its absolute path; without -o a temporary file, whose path goes to stderr', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const opener = fakeOpener();
        const named = journeyWithPath(['render', 'reset.journey', '-o', 'map.html', '--open'], dir, [opener.bin]);
        expect([named.status, named.stdout, named.stderr]).toEqual([0, '', '']);
        await waitUntil(opener.opened, list => list.length === 1, 'xdg-open to be run');
        expect(opener.opened()).toEqual([fs.realpathSync(path.join(dir, 'map.html'))]);

        const temporary = journeyWithPath(['render', 'reset.journey', '--open'], dir, [opener.bin]);
        expect([temporary.status, temporary.stdout]).toEqual([0, '']);
        const written = /^journey: wrote (.+\.svg)\n$/.exec(temporary.stderr)![1];
        expect(fs.readFileSync(written, 'utf8').startsWith('<svg')).toBe(true);
        const opened = await waitUntil(opener.opened, list => list.length === 2, 'xdg-open to be run again');
        expect(opened[1]).toBe(written);
        fs.rmSync(path.dirname(written), { recursive: true, force: true });
        expect(journey(['render', 'reset.journey', '-o', '-', '--open'], dir).stderr).toBe('journey: --open opens a file: name one with -o, or leave -o out to open a temporary file\n');
    });

    test('without any opener, render --open still writes the file, notes it in one line, and exits 0', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const run = journeyWithPath(['render', 'reset.journey', '-o', 'map.svg', '--open'], dir, [folder({})]);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe(`journey: note: could not open ${path.join(fs.realpathSync(dir), 'map.svg')}: there is no 'xdg-open' here to open it with; open it yourself\n`);
        expect(fs.existsSync(path.join(dir, 'map.svg'))).toBe(true);
    });

    test('an opener that fails (xdg-open with no browser to hand over to) gets the same one-line note', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const bin = folder({});
        fs.writeFileSync(path.join(bin, 'xdg-open'), "#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n", { mode: 0o755 });
        const run = journeyWithPath(['render', 'reset.journey', '-o', 'map.svg', '--open'], dir, [bin]);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe(`journey: note: could not open ${path.join(fs.realpathSync(dir), 'map.svg')}: 'xdg-open' failed (exit status 3), there may be no app to open it with here; open it yourself\n`);
    });

    test('preview --open opens the printed URL; with no opener it notes so and keeps serving', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const opener = fakeOpener();
        const preview = await startPreview(dir, ['--open'], { ...process.env, PATH: opener.bin });
        try {
            expect(await waitUntil(opener.opened, list => list.length > 0, 'the browser to be opened')).toEqual([preview.url]);
        } finally {
            preview.child.kill('SIGTERM');
        }
        const bare = await startPreview(dir, ['--open'], { ...process.env, PATH: folder({}) });
        try {
            await waitUntil(bare.stderr, text => text.includes('note'), 'the note');
            expect(bare.stderr()).toBe(`journey preview: note: could not open ${bare.url}: there is no 'xdg-open' here to open it with; open it yourself\n`);
            expect((await fetch(bare.url)).status).toBe(200);
        } finally {
            bare.child.kill('SIGTERM');
        }
    });
});

describe('journey preview in the terminal', () => {
    test('a save with errors lists them as journey check does; a line says when the map is good again', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const preview = await startPreview(dir, []);
        try {
            expect(preview.stderr()).toBe('');
            fs.writeFileSync(path.join(dir, 'reset.journey'), MAP.replace('owner Desk', 'owner Dsk'));
            await waitUntil(preview.stderr, text => text.includes('1 error'), 'the errors');
            expect(preview.stderr()).toBe("reset.journey:5:60: error [unresolved-reference] No stakeholder named 'Dsk'. Did you mean 'Desk'?\n"
                + 'journey preview: 1 error; the page shows the last map without errors\n');
            fs.writeFileSync(path.join(dir, 'reset.journey'), MAP);
            await waitUntil(preview.stderr, text => text.includes('no errors now'), 'the all-clear');
            expect(preview.stderr().split('\n').at(-2)).toBe('journey preview: no errors now; the page shows the map as saved');
        } finally {
            preview.child.kill('SIGTERM');
        }
    });

    test('a file without a journey is refused, as render refuses it', () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const run = journey(['preview', 'people.journey', '--port', '0'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^journey: people\.journey: no journey in this file \(it declares .+\); journeys are in reset\.journey — preview one of those\n$/);
    });

    test('a port in use: the next free one, with a line that says so', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const taken = http.createServer();
        await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve));
        const port = (taken.address() as { port: number }).port;
        const preview = await startPreview(dir, ['--port', String(port)]);
        try {
            expect(preview.url).not.toBe(`http://127.0.0.1:${port}/`);
            await waitUntil(preview.stderr, text => text.includes('in use'), 'the note');
            expect(preview.stderr()).toBe(`journey preview: port ${port} is in use; serving on ${new URL(preview.url).port}\n`);
        } finally {
            preview.child.kill('SIGTERM');
            taken.close();
        }
    });

    test('the page links the SVG for a browser without JavaScript', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const preview = await startPreview(dir, []);
        try {
            const page = await (await fetch(preview.url)).text();
            expect(page).toMatch(/<noscript>.*<a href="\/map\.svg">open the map as an SVG image<\/a>.*<\/noscript>/);
            expect(await (await fetch(new URL('/map.svg', preview.url))).text()).toContain('data-touchpoint="Call"');
        } finally {
            preview.child.kill('SIGTERM');
        }
    });

    test('--host: another address than loopback is served with a warning; an address not of this machine is a usage error', async () => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        const preview = await startPreview(dir, ['--host', '0.0.0.0']);
        try {
            const port = new URL(preview.url).port;
            expect(preview.url).toBe(`http://127.0.0.1:${port}/`);
            await waitUntil(preview.stderr, text => text.includes('warning'), 'the warning');
            expect(preview.stderr()).toBe(`journey preview: warning: listening on 0.0.0.0, not on loopback: the map is served to the network, to anyone who can reach port ${port} of this machine\n`);
            expect((await fetch(preview.url)).status).toBe(200);
        } finally {
            preview.child.kill('SIGTERM');
        }
        const loopback = await startPreview(dir, ['--host', 'localhost']);
        loopback.child.kill('SIGTERM');
        expect(loopback.stderr()).toBe('');
        // 192.0.2.1 is reserved for documentation (RFC 5737): no machine has it.
        const elsewhere = journey(['preview', 'reset.journey', '--port', '0', '--host', '192.0.2.1'], dir);
        expect([elsewhere.status, elsewhere.stderr]).toEqual([2, "journey: --host: cannot listen on '192.0.2.1': not an address of this machine\n"]);
    });
});
