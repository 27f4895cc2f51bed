/**
 * Hostile files for the CLI (issue 13): 50 MB files, a million lines, 10,000 nested braces,
 * broken UTF-8 and UTF-16, symbolic-link loops, `-o` into a missing folder or onto its own
 * input, and a stop signal in the middle of a write. Each run is the built command in a child
 * process, killed if it is still going after 10 s; each must end by itself before that with a
 * non-zero status and one line per problem (no stack trace), and leave no output file half
 * written and no temporary file beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { decodeInput, readFileBytes } from '../../src/cli/decode-input.js';
import { MAX_INPUT_BYTES, refuseTooLarge } from '../../src/cli/input-size-limit.js';
import { guardWrite, InterruptedError } from '../../src/cli/interrupt-during-write.js';
import { refuseOverwritingInput } from '../../src/cli/refuse-own-input.js';
import { withStackGuard } from '../../src/cli/stack-guard.js';
import { plainEnv, repoRoot, tempFolder } from './journey-cli.js';

const bin = path.join(repoRoot, 'bin', 'journey.cjs');
/** The hard bound of the issue: every run ends by itself within this. */
const KILL_AFTER_MS = 10_000;
const MB = 1024 * 1024;

interface Run {
    status: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    /** The 10 s timer fired and the process was killed. */
    killed: boolean;
}

/** Runs the built `journey` asynchronously; `onStart` gets the child (to signal it). */
function journeyAsync(args: string[], cwd: string, options: { input?: string | Buffer; onStart?: (child: ChildProcess) => void } = {}): Promise<Run> {
    if (!fs.existsSync(path.join(repoRoot, 'out', 'cli', 'main.cjs'))) throw new Error('out/cli/main.cjs is missing: run npm run build before the CLI tests');
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [bin, ...args], { cwd, env: plainEnv() });
        let stdout = '';
        let stderr = '';
        let killed = false;
        const timer = setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
        }, KILL_AFTER_MS);
        child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
        child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
        // A command that refuses its standard input stops reading it: the rest is not an error here.
        child.stdin.on('error', () => {});
        child.stdin.end(options.input ?? '');
        child.on('error', reject);
        child.on('close', (status, signal) => {
            clearTimeout(timer);
            resolve({ status, signal, stdout, stderr, killed });
        });
        options.onStart?.(child);
    });
}

const folders: string[] = [];
afterAll(() => folders.forEach(folder => fs.rmSync(folder, { recursive: true, force: true })));
function folder(files: Record<string, string | Buffer> = {}): string {
    const dir = tempFolder({});
    folders.push(dir);
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

function noStackTrace(run: Run): void {
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack/);
}

/** Ended by itself within 10 s, with `status` and exactly the one line `journey: <message>` on stderr. */
function expectOneLine(run: Run, message: string | RegExp, status = 2): void {
    expect(run.killed, 'still running after 10 s').toBe(false);
    if (typeof message === 'string') expect(run.stderr).toBe(`journey: ${message}\n`);
    else expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.status).toBe(status);
    noStackTrace(run);
}

/** The folder holds exactly these files: no output was left behind, and no temporary file. */
function expectFiles(dir: string, names: string[]): void {
    expect(fs.readdirSync(dir).sort()).toEqual([...names].sort());
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const PEOPLE = 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\nchannel Phone "Phone"\n';
const MAP = 'journey Reset "Password reset" {\n    persona Alex\n    outcome "Back at work"\n    stage S {\n        touchpoint Call "Calls the desk" { channel Phone  owner Desk  emotion 3 }\n    }\n}\n';

/** A map of `count` one-line touchpoints, with its own declarations. */
function bigMap(count: number): string {
    const lines = Array.from({ length: count }, (_, i) => `        touchpoint T${i} "Step ${i}" { channel Phone  owner Desk  emotion 3 }`);
    return `${PEOPLE}journey Big "Big" {\n    persona Alex\n    outcome "Done"\n    stage S {\n${lines.join('\n')}\n    }\n}\n`;
}

/** A map of `count` lines, nearly all of them an empty touchpoint. */
function tinyTouchpoints(count: number): string {
    return `journey J {\n    stage S {\n${Array.from({ length: count - 4 }, (_, i) => `        touchpoint T${i} {}`).join('\n')}\n    }\n}\n`;
}

/** The command lines that read one map, each with the files it may write. */
const READERS: [string, (file: string) => string[]][] = [
    ['check', file => ['check', file]],
    ['render -o', file => ['render', file, '-o', 'out.svg']],
    ['fmt', file => ['fmt', file]],
    ['export mermaid -o', file => ['export', 'mermaid', file, '-o', 'out.mmd']],
    ['diff', file => ['diff', file, 'other/ok.journey']],
    ['preview', file => ['preview', '--port', '0', file]],
];

describe('a 50 MB file', { timeout: 120_000 }, () => {
    let dir: string;
    let digest: string;
    const tooLarge = 'big.journey: too large (50.0 MB; the limit is 1 MB): split it into smaller files';
    beforeAll(() => {
        // A map that looks valid, whose one touchpoint has a 50 MB name.
        const head = `${PEOPLE}journey Big {\n    persona Alex\n    stage S {\n        touchpoint T "`;
        const tail = '" { owner Desk  emotion 3 }\n    }\n}\n';
        dir = folder({ 'other/ok.journey': `${PEOPLE}${MAP}` });
        const fill = 50 * MB - head.length - tail.length;
        fs.writeFileSync(path.join(dir, 'big.journey'), head + 'word '.repeat(Math.floor(fill / 5)) + 'x'.repeat(fill % 5) + tail);
        expect(fs.statSync(path.join(dir, 'big.journey')).size).toBe(50 * MB);
        digest = sha(path.join(dir, 'big.journey'));
    });

    test.each(READERS)('%s: refused from its size in one line, exit 2, nothing written', async (_name, args) => {
        expectOneLine(await journeyAsync(args('big.journey'), dir), tooLarge);
        expectFiles(dir, ['big.journey', 'other']);
        expect(sha(path.join(dir, 'big.journey'))).toBe(digest);
    });

    test('on standard input: reading stops at the limit', async () => {
        const run = await journeyAsync(['check', '-'], dir, { input: fs.readFileSync(path.join(dir, 'big.journey')) });
        expectOneLine(run, '<stdin>: too large (over 1 MB; the limit is 1 MB): split it into smaller files');
    });

    test('as a neighbour of the map that is checked: left out with a note, the map is checked', async () => {
        const beside = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        fs.copyFileSync(path.join(dir, 'big.journey'), path.join(beside, 'big.journey'));
        const run = await journeyAsync(['check', 'reset.journey'], beside);
        expectOneLine(run, `note: ${tooLarge}; its declarations are not used`, 0);
        expect(run.stdout).toContain('in 1 file');
    });

    test('a device without end (/dev/zero) named as a map: read only up to the limit', async () => {
        const devices = folder();
        fs.symlinkSync('/dev/zero', path.join(devices, 'zero.journey'));
        expectOneLine(await journeyAsync(['check', 'zero.journey'], devices), 'zero.journey: too large (over 1 MB; the limit is 1 MB): split it into smaller files');
    });

    test('a file just over the limit says so in figures above the limit', async () => {
        const edge = folder({ 'edge.journey': `// ${'x'.repeat(MAX_INPUT_BYTES)}\n` });
        expectOneLine(await journeyAsync(['check', 'edge.journey'], edge), 'edge.journey: too large (1.1 MB; the limit is 1 MB): split it into smaller files');
    });
});

describe('a million lines', { timeout: 120_000 }, () => {
    test('1,000,000 blank lines (under the limit): checked in time, exit 0; render says there is no journey', async () => {
        const dir = folder({ 'blank.journey': '\n'.repeat(1_000_000) });
        const check = await journeyAsync(['check', 'blank.journey'], dir);
        expect(check.killed).toBe(false);
        expect([check.status, check.stderr]).toEqual([0, '']);
        expect(check.stdout).toContain('0 errors, 0 warnings in 1 file');
        const render = await journeyAsync(['render', 'blank.journey', '-o', 'out.svg'], dir);
        expectOneLine(render, /^journey: blank\.journey: no journey in this file /);
        expectFiles(dir, ['blank.journey']);
    });

    test.each([
        ['1,000,000 comment lines', () => '// a note\n'.repeat(1_000_000), /^journey: lines\.journey: too large \(9\.6 MB; the limit is 1 MB\): split it into smaller files\n$/],
        ['a million-line map of tiny touchpoints', () => tinyTouchpoints(1_000_000), /^journey: lines\.journey: too large \(\d+\.\d MB; the limit is 1 MB\): split it into smaller files\n$/],
    ])('%s: refused in one line by every command, exit 2', async (_name, text, message) => {
        const dir = folder({ 'lines.journey': text(), 'other/ok.journey': `${PEOPLE}${MAP}` });
        expect(fs.readFileSync(path.join(dir, 'lines.journey'), 'utf8').split('\n').length).toBeGreaterThanOrEqual(1_000_000);
        for (const [, args] of READERS) {
            expectOneLine(await journeyAsync(args('lines.journey'), dir), message);
            expectFiles(dir, ['lines.journey', 'other']);
        }
    });

    test('200,000 comments in a row (under the limit, but past the parser\'s stack): one line naming the file, exit 2', async () => {
        const dir = folder({ 'comments.journey': `${'//\n'.repeat(200_000)}${PEOPLE}`, 'other/ok.journey': `${PEOPLE}${MAP}` });
        const digest = sha(path.join(dir, 'comments.journey'));
        const tooComplex = 'comments.journey: too complex to parse (out of stack space: some 100,000 comments in a row, or a text millions of characters long); split it into smaller files';
        for (const [, args] of READERS) {
            expectOneLine(await journeyAsync(args('comments.journey'), dir), tooComplex);
            expectFiles(dir, ['comments.journey', 'other']);
        }
        expect(sha(path.join(dir, 'comments.journey'))).toBe(digest);
        // Beside another map, it is a neighbour left out with a note, as an unreadable one is.
        fs.writeFileSync(path.join(dir, 'reset.journey'), `${PEOPLE}${MAP}`);
        const check = await journeyAsync(['check', 'reset.journey'], dir);
        expectOneLine(check, `note: ${tooComplex}; its declarations are not used`, 0);
    });
});

describe('10,000 nested braces', { timeout: 60_000 }, () => {
    const TOP = '{'.repeat(10_000);
    const INSIDE = `${PEOPLE}journey J {\n    persona Alex\n    outcome "o"\n    stage S {\n        touchpoint T ${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n    }\n}\n`;
    const topError = "braces.journey:1:1: error [syntax-error] Unexpected '{'. At the top of a file, write persona, stakeholder, channel or journey declarations.";
    const insideError = /^braces\.journey:8:23: error \[syntax-error\] '\{' is not a touchpoint field\./m;

    test.each([
        ['at the top of a file', TOP, topError],
        ['inside a touchpoint', INSIDE, insideError],
    ])('%s: check reports a syntax error at file:line:col, exit 1, no stack overflow', async (_name, text, error) => {
        const run = await journeyAsync(['check', 'braces.journey'], folder({ 'braces.journey': text }));
        expect(run.killed).toBe(false);
        expect(run.stdout).toMatch(typeof error === 'string' ? new RegExp(`^${error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm') : error);
        expect([run.status, run.stderr]).toEqual([1, '']);
    });

    test('fmt: one cannot-format line, the file left as it is, exit 1', async () => {
        const dir = folder({ 'braces.journey': INSIDE });
        const run = await journeyAsync(['fmt', 'braces.journey'], dir);
        expect(run.killed).toBe(false);
        expect(run.stderr).toMatch(/^braces\.journey:8:23: error: cannot format: '\{' is not a touchpoint field\.[^\n]*\njourney: formatted 0 of 1 file\n$/);
        expect(run.status).toBe(1);
        expect(fs.readFileSync(path.join(dir, 'braces.journey'), 'utf8')).toBe(INSIDE);
        noStackTrace(run);
    });

    test.each([
        ['render -o', ['render', 'braces.journey', '-o', 'out.svg'], 'out.svg', '</svg>\n'],
        ['export mermaid -o', ['export', 'mermaid', 'braces.journey', '-o', 'out.mmd'], 'out.mmd', '\n'],
    ])('%s: drawn from what could be read, the error at file:line:col on stderr, exit 1', async (_name, args, output, ending) => {
        const dir = folder({ 'braces.journey': INSIDE });
        const run = await journeyAsync(args, dir);
        expect(run.killed).toBe(false);
        expect(run.stderr).toMatch(/^braces\.journey:8:23: error \[syntax-error\][^\n]*\n1 error, 0 warnings in 1 file\n$/);
        expect(run.status).toBe(1);
        expect(fs.readFileSync(path.join(dir, output), 'utf8').endsWith(ending)).toBe(true);
        expectFiles(dir, ['braces.journey', output]);
        noStackTrace(run);
    });

    test.each([['render'], ['export mermaid']])('%s of braces at the top: no journey to draw, one line, exit 2', async command => {
        const dir = folder({ 'braces.journey': TOP });
        expectOneLine(await journeyAsync([...command.split(' '), 'braces.journey', '-o', 'out.txt', ...(command === 'render' ? ['-f', 'svg'] : [])], dir), /^journey: braces\.journey: no journey in this file \(it declares nothing\)/);
        expectFiles(dir, ['braces.journey']);
    });
});

describe('text that is not UTF-8', { timeout: 60_000 }, () => {
    const utf16 = (text: string, order: 'le' | 'be') => {
        const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
        if (order === 'be') bytes.swap16();
        return bytes;
    };
    const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map(part => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
    const CASES: [string, Buffer, string][] = [
        ['UTF-16 little-endian with a BOM', utf16(PEOPLE, 'le'), 'map.journey: is UTF-16 text (little-endian, with a byte-order mark); save the file as UTF-8'],
        ['UTF-16 big-endian with a BOM', utf16(PEOPLE, 'be'), 'map.journey: is UTF-16 text (big-endian, with a byte-order mark); save the file as UTF-8'],
        ['an overlong sequence (C0 AF for /)', bytes('persona A "a', [0xc0, 0xaf], 'b"\n'), 'map.journey:1:13: not UTF-8 text (byte 0xC0); save the file as UTF-8'],
        ['a lone continuation byte', bytes('persona A "a"\npersona B "', [0x80], '"\n'), 'map.journey:2:12: not UTF-8 text (byte 0x80); save the file as UTF-8'],
        ['a multi-byte sequence cut off at the end of the file', bytes('persona A "a"\n// costs 3 ', [0xe2, 0x82]), 'map.journey:2:12: not UTF-8 text (byte 0xE2); save the file as UTF-8'],
    ];

    describe.each(CASES)('%s', (_name, content, message) => {
        test.each(READERS)('%s: one line with where and why, exit 2, nothing written', async (_command, args) => {
            const dir = folder({ 'map.journey': content, 'other/ok.journey': `${PEOPLE}${MAP}` });
            expectOneLine(await journeyAsync(args('map.journey'), dir), message);
            expectFiles(dir, ['map.journey', 'other']);
            expect(fs.readFileSync(path.join(dir, 'map.journey'))).toEqual(content);
        });
    });

    test.each(CASES)('%s on standard input', async (_name, content, message) => {
        expectOneLine(await journeyAsync(['check', '-'], folder(), { input: content }), message.replace('map.journey', '<stdin>'));
    });

    test('import mermaid of a UTF-16 diagram (as PowerShell\'s > writes it): one line, exit 2, nothing written', async () => {
        const dir = folder({ 'map.mmd': utf16('journey\n    title Reset\n    section S\n      Call: 3: Alex\n', 'le') });
        expectOneLine(await journeyAsync(['import', 'mermaid', 'map.mmd', '-o', 'map.journey'], dir), 'map.mmd: is UTF-16 text (little-endian, with a byte-order mark); save the file as UTF-8');
        expectFiles(dir, ['map.mmd']);
    });
});

describe('symbolic-link loops', { timeout: 60_000 }, () => {
    /** maps/: a good map, a link to its own folder, two links to each other, a link to nothing. */
    function links(withBroken = true): string {
        const dir = folder({ 'maps/ok.journey': `${PEOPLE}${MAP}` });
        fs.symlinkSync('.', path.join(dir, 'maps', 'loop'));
        if (withBroken) {
            fs.symlinkSync('b.journey', path.join(dir, 'maps', 'a.journey'));
            fs.symlinkSync('a.journey', path.join(dir, 'maps', 'b.journey'));
            fs.symlinkSync('gone.journey', path.join(dir, 'maps', 'dangling.journey'));
        }
        return dir;
    }

    test('a folder with a link to itself is searched once: the map is checked once, exit 0', async () => {
        const run = await journeyAsync(['check', 'maps'], links(false));
        expect(run.killed).toBe(false);
        expect([run.status, run.stderr]).toEqual([0, '']);
        expect(run.stdout).toBe('✓ 0 errors, 0 warnings in 1 file\n');
    });

    test('a glob through the link to itself ends too, and checks the map once', async () => {
        const run = await journeyAsync(['check', 'maps/**/*.journey'], links(false));
        expect(run.killed).toBe(false);
        expect([run.status, run.stderr, run.stdout]).toEqual([0, '', '✓ 0 errors, 0 warnings in 1 file\n']);
    });

    test.each([
        ['check of the folder', ['check', 'maps']],
        ['fmt of the folder', ['fmt', 'maps']],
        ['check of the link', ['check', 'maps/a.journey']],
        ['render of the link', ['render', 'maps/a.journey', '-o', 'out.svg']],
        ['export mermaid of the link', ['export', 'mermaid', 'maps/a.journey', '-o', 'out.mmd']],
        ['diff of the link', ['diff', 'maps/a.journey', 'maps/ok.journey']],
        ['preview of the link', ['preview', '--port', '0', 'maps/a.journey']],
    ])('two links to each other, %s: one line naming the loop, exit 2, nothing written', async (_name, args) => {
        const dir = links();
        const before = sha(path.join(dir, 'maps', 'ok.journey'));
        expectOneLine(await journeyAsync(args, dir), 'maps/a.journey: is a symbolic link in a loop (it leads back to itself)');
        expectFiles(dir, ['maps']);
        expect(sha(path.join(dir, 'maps', 'ok.journey'))).toBe(before);
    });

    test('a link to a file that does not exist: named, with where it points', async () => {
        const dir = links();
        expectOneLine(await journeyAsync(['check', 'maps/dangling.journey'], dir), 'maps/dangling.journey: is a symbolic link to gone.journey, which does not exist');
        fs.rmSync(path.join(dir, 'maps', 'a.journey'));
        fs.rmSync(path.join(dir, 'maps', 'b.journey'));
        expectOneLine(await journeyAsync(['check', 'maps'], dir), 'maps/dangling.journey: is a symbolic link to gone.journey, which does not exist');
    });

    test('a map beside broken links still renders: neighbours that cannot be reached are passed over', async () => {
        const dir = links();
        const run = await journeyAsync(['render', 'maps/ok.journey', '-o', 'out.svg'], dir);
        expect(run.killed).toBe(false);
        expect([run.status, run.stderr]).toEqual([0, '']);
        expect(fs.readFileSync(path.join(dir, 'out.svg'), 'utf8').endsWith('</svg>\n')).toBe(true);
    });
});

describe('-o into a folder that does not exist', { timeout: 60_000 }, () => {
    test.each([
        ['render', ['render', 'reset.journey', '-o'], 'out.svg'],
        ['render to PNG', ['render', 'reset.journey', '-o'], 'out.png'],
        ['export mermaid', ['export', 'mermaid', 'reset.journey', '-o'], 'out.mmd'],
        ['diff', ['diff', 'reset.journey', 'other/reset.journey', '-o'], 'out.md'],
        ['import mermaid', ['import', 'mermaid', 'reset.mmd', '-o'], 'out.journey'],
    ])('%s: one line, exit 2; no folder is made, nothing is written', async (_name, args, file) => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP, 'other/reset.journey': `${PEOPLE}${MAP}`, 'reset.mmd': 'journey\n    title Reset\n    section S\n      Call: 3: Alex\n' });
        expectOneLine(await journeyAsync([...args, `nowhere/deep/${file}`], dir), `nowhere/deep/${file}: cannot write: no such file or folder`);
        expectFiles(dir, ['other', 'people.journey', 'reset.journey', 'reset.mmd']);
    });
});

describe('-o onto a file the command reads', { timeout: 60_000 }, () => {
    const refused = (file: string) => `${file}: is a file this command reads; writing the output there would replace it (choose another -o file)`;

    test.each([
        ['render --format svg onto the map', ['render', '-f', 'svg', 'reset.journey', '-o', 'reset.journey'], 'reset.journey'],
        ['render --format md onto the map', ['render', '-f', 'md', 'reset.journey', '-o', 'reset.journey'], 'reset.journey'],
        ['render onto a neighbour that supplies its declarations', ['render', '-f', 'svg', 'reset.journey', '-o', 'people.journey'], 'people.journey'],
        ['render onto a link to the map', ['render', 'reset.journey', '-o', 'link.svg'], 'link.svg'],
        ['render onto a hard link to the map', ['render', 'reset.journey', '-o', 'hard.svg'], 'hard.svg'],
        ['export mermaid onto the map', ['export', 'mermaid', 'reset.journey', '-o', 'reset.journey'], 'reset.journey'],
        ['export mermaid from standard input onto the file it stands for', ['export', 'mermaid', '--stdin-filename', 'reset.journey', '-', '-o', 'reset.journey'], 'reset.journey'],
        ['diff onto its head', ['diff', 'other/reset.journey', 'reset.journey', '-o', 'reset.journey'], 'reset.journey'],
        ['import mermaid onto its diagram', ['import', 'mermaid', 'reset.mmd', '-o', 'reset.mmd'], 'reset.mmd'],
    ])('%s: refused in one line, exit 2, every file byte for byte as it was', async (_name, args, shown) => {
        const dir = folder({ 'people.journey': PEOPLE, 'reset.journey': MAP, 'other/reset.journey': `${PEOPLE}${MAP}`, 'reset.mmd': 'journey\n    title Reset\n    section S\n      Call: 3: Alex\n' });
        fs.symlinkSync('reset.journey', path.join(dir, 'link.svg'));
        fs.linkSync(path.join(dir, 'reset.journey'), path.join(dir, 'hard.svg'));
        const names = fs.readdirSync(dir);
        const before = names.filter(name => name !== 'other').map(name => sha(path.join(dir, name)));
        expectOneLine(await journeyAsync(args, dir, { input: MAP }), refused(shown));
        expectFiles(dir, names);
        expect(names.filter(name => name !== 'other').map(name => sha(path.join(dir, name)))).toEqual(before);
        expect(fs.lstatSync(path.join(dir, 'link.svg')).isSymbolicLink()).toBe(true);
    });

    test('import mermaid onto an existing .journey file that it does not read is still allowed', async () => {
        const dir = folder({ 'reset.mmd': 'journey\n    title Reset\n    section S\n      Call: 3: Alex\n', 'reset.journey': '// old\n' });
        const run = await journeyAsync(['import', 'mermaid', 'reset.mmd', '-o', 'reset.journey'], dir);
        expect(run.killed).toBe(false);
        expect(run.status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'reset.journey'), 'utf8')).toContain('touchpoint Call');
        expectFiles(dir, ['reset.journey', 'reset.mmd']);
    });
});

describe('a stop signal while rendering', { timeout: 120_000 }, () => {
    const OLD = '<svg>the drawing from before</svg>\n';
    // 3,000 touchpoints: a 4 MB drawing, written in several chunks, about a second of work.
    let map: string;
    beforeAll(() => {
        map = bigMap(3_000);
    });

    /** out.svg is the old drawing, whole, or a whole new one; never a part of either. */
    function expectWholeOutput(dir: string): 'old' | 'new' {
        const svg = fs.readFileSync(path.join(dir, 'out.svg'), 'utf8');
        if (svg === OLD) return 'old';
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg.endsWith('</svg>\n')).toBe(true);
        return 'new';
    }

    test.each([
        ['SIGINT', 130],
        ['SIGTERM', 143],
    ] as const)('%s while out.svg is being written: the write is undone, exit %i, one line, no temporary file', async (signal, status) => {
        // The signal is sent as soon as the temporary file appears; a run that finished before it arrived is tried again.
        for (let attempt = 1; ; attempt++) {
            const dir = folder({ 'big.journey': map, 'out.svg': OLD });
            let watcher: fs.FSWatcher | undefined;
            let sent = false;
            const run = await journeyAsync(['render', 'big.journey', '-o', 'out.svg'], dir, {
                onStart: child => {
                    // Once: a second Ctrl+C, after the write was undone, would end the process by the default action.
                    watcher = fs.watch(dir, (_event, name) => {
                        if (!sent && name !== null && String(name).endsWith('.tmp')) sent = child.kill(signal);
                    });
                },
            });
            watcher?.close();
            expect(run.killed).toBe(false);
            expectFiles(dir, ['big.journey', 'out.svg']);
            const output = expectWholeOutput(dir);
            if (run.status === status) {
                expectOneLine(run, `interrupted (${signal}): out.svg ${output === 'old' ? 'was left as it was' : 'had just been written in full'}`, status);
                return;
            }
            // Finished before the signal came, or the signal came just after the rename: the new drawing, whole.
            expect(run.status === 0 || run.signal === signal).toBe(true);
            expect(output).toBe('new');
            expect(attempt, 'the signal never arrived while the file was being written').toBeLessThan(3);
        }
    });

    test.each([['SIGINT'], ['SIGTERM']] as const)('%s while the map is read and drawn: the process stops at once, out.svg untouched', async signal => {
        const dir = folder({ 'big.journey': map, 'out.svg': OLD });
        const run = await journeyAsync(['render', 'big.journey', '-o', 'out.svg'], dir, { onStart: child => setTimeout(() => child.kill(signal), 300) });
        expect(run.killed).toBe(false);
        // Before the write the default action ends it (the shell shows 128 + the signal's number).
        expect(run.signal === signal || run.status === (signal === 'SIGINT' ? 130 : 143)).toBe(true);
        expect(expectWholeOutput(dir)).toBe('old');
        expectFiles(dir, ['big.journey', 'out.svg']);
        noStackTrace(run);
    });
});

describe('the functions behind these answers', () => {
    test('refuseTooLarge: nothing up to the limit; above it the size rounded up, or "over" when reading stopped', () => {
        expect(() => refuseTooLarge('a.journey', MAX_INPUT_BYTES)).not.toThrow();
        expect(() => refuseTooLarge('a.journey', MAX_INPUT_BYTES + 1)).toThrow(new CliError('a.journey: too large (1.1 MB; the limit is 1 MB): split it into smaller files'));
        expect(() => refuseTooLarge('a.journey', 50 * MB)).toThrow('(50.0 MB;');
        expect(() => refuseTooLarge('<stdin>', MAX_INPUT_BYTES + 1, false)).toThrow('<stdin>: too large (over 1 MB; the limit is 1 MB)');
    });

    test('readFileBytes: a file at the limit is read whole; one over it, or a device, is refused', async () => {
        const dir = folder({ 'at.journey': Buffer.alloc(MAX_INPUT_BYTES, 0x20), 'over.journey': Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20), 'empty.journey': '' });
        expect((await readFileBytes(path.join(dir, 'at.journey'), 'at.journey')).length).toBe(MAX_INPUT_BYTES);
        expect((await readFileBytes(path.join(dir, 'empty.journey'), 'empty.journey')).length).toBe(0);
        await expect(readFileBytes(path.join(dir, 'over.journey'), 'over.journey')).rejects.toThrow('over.journey: too large (1.1 MB;');
        await expect(readFileBytes('/dev/zero', 'zero')).rejects.toThrow('zero: too large (over 1 MB;');
        await expect(readFileBytes(path.join(dir, 'gone.journey'), 'gone.journey')).rejects.toThrow('gone.journey: cannot read: no such file or folder');
    });

    test('decodeInput: UTF-16 by its byte-order mark, before the binary test', () => {
        expect(() => decodeInput('m', Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'a map')).toThrow('m: is UTF-16 text (little-endian, with a byte-order mark); save the file as UTF-8');
        expect(() => decodeInput('m', Buffer.from([0xfe, 0xff, 0x00, 0x61]), 'a map')).toThrow('m: is UTF-16 text (big-endian, with a byte-order mark)');
        expect(decodeInput('m', Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'a map')).toBe('a');
    });

    test('withStackGuard: a stack overflow becomes one line naming the file; other errors pass through', () => {
        const overflow = (): number => overflow() + 1;
        expect(() => withStackGuard('deep.journey', overflow)).toThrow(CliError);
        expect(() => withStackGuard('deep.journey', overflow)).toThrow(/^deep\.journey: too complex to parse \(out of stack space/);
        expect(() => withStackGuard('x', () => { throw new TypeError('other'); })).toThrow(TypeError);
        expect(withStackGuard('x', () => 42)).toBe(42);
    });

    test('refuseOverwritingInput: the same file by any name is refused; another file, a new one or stdout is not', async () => {
        const dir = folder({ 'a.journey': 'a', 'b.journey': 'b' });
        const a = path.join(dir, 'a.journey');
        fs.symlinkSync(a, path.join(dir, 'link'));
        await expect(refuseOverwritingInput(a, [a])).rejects.toThrow(`${a}: is a file this command reads`);
        await expect(refuseOverwritingInput(path.join(dir, 'link'), [path.join(dir, 'b.journey'), a])).rejects.toThrow(CliError);
        await expect(refuseOverwritingInput(path.join(dir, 'b.journey'), [a])).resolves.toBeUndefined();
        await expect(refuseOverwritingInput(path.join(dir, 'new.svg'), [a])).resolves.toBeUndefined();
        await expect(refuseOverwritingInput('-', [a])).resolves.toBeUndefined();
        await expect(refuseOverwritingInput(undefined, [a])).resolves.toBeUndefined();
    });

    test('guardWrite: a stop signal aborts the write only while no other handler owns the signal; done() lets go', () => {
        const others = process.listeners('SIGINT');
        process.removeAllListeners('SIGINT');
        try {
            const guard = guardWrite('/nonexistent/x.tmp');
            expect(process.listenerCount('SIGINT')).toBe(1);
            process.emit('SIGINT', 'SIGINT');
            expect([guard.signal.aborted, guard.stoppedBy()]).toEqual([true, 'SIGINT']);
            guard.done();
            expect(process.listenerCount('SIGINT')).toBe(0);

            const owner = () => {};
            process.on('SIGINT', owner);
            const owned = guardWrite('/nonexistent/y.tmp');
            process.emit('SIGINT', 'SIGINT');
            expect([owned.signal.aborted, owned.stoppedBy()]).toEqual([false, undefined]);
            owned.done();
            process.off('SIGINT', owner);
        } finally {
            others.forEach(listener => process.on('SIGINT', listener as NodeJS.SignalsListener));
        }
        expect(new InterruptedError('SIGTERM', 'out.svg', false)).toMatchObject({ exitCode: 143, message: 'interrupted (SIGTERM): out.svg was left as it was' });
    });
});
