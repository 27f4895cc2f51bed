// The package a user installs: `npm pack`, then `npm install --global --prefix <empty> <tarball>`,
// as a new user would, and the installed `journey` and `journey-language-server` commands used
// from there. Packs the bundles `npm run build` made (--ignore-scripts: the test does not rebuild
// out/ under the other tests' feet; `npm pack` without it runs the minified production build).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LspClient } from '../server/lsp-client.js';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-package-'));
const MB = 1024 * 1024;

interface Run { status: number | null; stdout: string; stderr: string }
function run(command: string, args: string[], cwd = work, env: NodeJS.ProcessEnv = {}): Run {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr + (result.error ? String(result.error) : '') };
}
function npm(args: string[], cwd = work): Run {
    // npm's own noise settings off, as a user's defaults would be.
    return run('npm', args, cwd, { npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' });
}
function folderSize(folder: string): number {
    let total = 0;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) total += folderSize(full);
        else if (entry.isFile()) total += fs.statSync(full).size;
    }
    return total;
}

let tarball = '';
let packedFiles: string[] = [];
let install: Run;
const prefix = path.join(work, 'prefix');
const lean = path.join(work, 'project-without-optional');
const bin = (name: string, base = path.join(prefix, 'bin')) => path.join(base, name);
const leanBin = path.join(lean, 'node_modules', '.bin');
const installed = path.join(prefix, 'lib', 'node_modules', manifest.name);

beforeAll(() => {
    expect(fs.existsSync(path.join(root, 'out', 'cli', 'main.cjs')), 'npm run build has run').toBe(true);
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
    tarball = path.join(work, info.filename);
    packedFiles = info.files.map(f => f.path).sort();
    install = npm(['install', '--global', '--prefix', prefix, tarball]);
    expect(install.status, install.stderr).toBe(0);
    // npm ignores --omit for global installs: a project install is where a user can leave resvg out.
    fs.mkdirSync(lean);
    const withoutOptional = npm(['install', '--omit=optional', tarball], lean);
    expect(withoutOptional.status, withoutOptional.stderr).toBe(0);
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
    test('is publishable and carries only what a user runs: the two commands, their bundles, the playground page, the rule pages, the config schema', () => {
        expect(manifest.private).toBeUndefined();
        const unexpected = packedFiles.filter(f => !/^(bin\/journey(-language-server)?\.cjs|out\/(cli|language)\/main\.cjs|out\/cli\/mcp\.cjs|out\/cli\/render-pdf\.cjs|out\/cli\/fonts\/(DejaVuSans(-Bold)?\.ttf|LICENSE)|out\/playground\/index\.html|docs\/rules\/[\w-]+\.md|schemas\/[\w.-]+\.json|package\.json|README\.md|LICENSE)$/.test(f));
        expect(unexpected).toEqual([]);
        expect(packedFiles).toEqual(expect.arrayContaining(['bin/journey.cjs', 'bin/journey-language-server.cjs', 'out/cli/main.cjs', 'out/cli/mcp.cjs', 'out/cli/render-pdf.cjs', 'out/cli/fonts/DejaVuSans.ttf', 'out/cli/fonts/DejaVuSans-Bold.ttf', 'out/cli/fonts/LICENSE', 'out/language/main.cjs', 'out/playground/index.html', 'docs/rules/missing-owner.md']));
    });

    test('has no runtime dependencies but the optional native PNG renderer, and no install scripts', () => {
        expect(manifest.dependencies ?? {}).toEqual({});
        expect(Object.keys(manifest.optionalDependencies)).toEqual(['@resvg/resvg-js']);
        for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts[script], script).toBeUndefined();
    });

    test('installs into an empty prefix without engine or script warnings, within 15 MB', () => {
        expect(install.stderr).not.toMatch(/EBADENGINE|install-scripts|deprecated/);
        const size = folderSize(installed);
        expect(size).toBeLessThan(15 * MB);
        expect(fs.statSync(tarball).size).toBeLessThan(3 * MB);
    });
});

describe('the installed journey command', () => {
    test('prints the package version', () => {
        const result = run(bin('journey'), ['--version']);
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toBe(manifest.version);
    });

    test('checks the examples exactly as the repository build does', () => {
        const fromPackage = run(bin('journey'), ['check', 'examples'], root);
        const fromRepo = run(process.execPath, [path.join(root, 'bin', 'journey.cjs'), 'check', 'examples'], root);
        expect(fromPackage.status, fromPackage.stderr).toBe(0);
        expect(fromPackage.stdout).toBe(fromRepo.stdout);
        expect(fromPackage.stdout).toMatch(/0 errors, \d+ warnings, \d+ notes in 7 files/);
    });

    test('serves the playground page it carries (journey playground)', async () => {
        const child = spawn(bin('journey'), ['playground', '--no-open', '--port', '0'], { cwd: work });
        try {
            const url = await new Promise<string>((resolve, reject) => {
                let out = '';
                const timer = setTimeout(() => reject(new Error(`no URL in: ${out}`)), 30_000);
                child.stdout.on('data', chunk => {
                    out += chunk;
                    const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
                    if (found) { clearTimeout(timer); resolve(found[0]); }
                });
                child.stderr.on('data', chunk => { out += chunk; });
                child.once('exit', code => { clearTimeout(timer); reject(new Error(`exited with ${code}: ${out}`)); });
            });
            const response = await fetch(url);
            expect(response.status).toBe(200);
            expect(await response.text()).toBe(fs.readFileSync(path.join(root, 'out', 'playground', 'index.html'), 'utf8'));
        } finally {
            child.kill('SIGKILL');
        }
    }, 60_000);

    test('finds a mistake, with its position, and exits 1', () => {
        const folder = fs.mkdtempSync(path.join(work, 'broken-'));
        fs.writeFileSync(path.join(folder, 'broken.journey'), 'journey J { stage S { touchpoint T { emotion 9 } } }\n');
        const result = run(bin('journey'), ['check', '.'], folder);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('broken.journey:1:46: error [emotion-out-of-range]');
    });

    test('draws a PNG with the optional renderer', () => {
        const out = path.join(work, 'map.png');
        const result = run(bin('journey'), ['render', 'examples/password-reset.journey', '--format', 'png', '-o', out], root);
        expect(result.status, result.stderr).toBe(0);
        expect(fs.readFileSync(out).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    });

    test('draws a PDF with the fonts it carries (no dejavu-fonts-ttf package installed), even without the optional renderer', () => {
        expect(fs.existsSync(path.join(installed, 'node_modules', 'dejavu-fonts-ttf'))).toBe(false);
        const out = path.join(work, 'map.pdf');
        const result = run(bin('journey', leanBin), ['render', 'examples/password-reset.journey', '-o', out, '--page', 'a2'], root);
        expect(result.status, result.stderr).toBe(0);
        const pdf = fs.readFileSync(out).toString('latin1');
        expect(pdf.startsWith('%PDF-')).toBe(true);
        expect(pdf).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold/);
    });

    test('without the optional renderer, says in one line what PNG needs, and still draws SVG', () => {
        const png = run(bin('journey', leanBin), ['render', 'examples/password-reset.journey', '--format', 'png', '-o', path.join(work, 'none.png')], root);
        expect(png.status).toBe(2);
        expect(png.stderr.trim().split('\n')).toHaveLength(1);
        expect(png.stderr).toContain('PNG needs the optional package @resvg/resvg-js');
        expect(fs.existsSync(path.join(lean, 'node_modules', '@resvg'))).toBe(false);
        expect(fs.existsSync(path.join(work, 'none.png'))).toBe(false);
        const svg = run(bin('journey', leanBin), ['render', 'examples/password-reset.journey', '--format', 'svg'], root);
        expect(svg.status).toBe(0);
        expect(svg.stdout).toMatch(/^<svg /);
    });
});

describe('the installed journey-language-server command', () => {
    test('answers initialize over stdio and reports a mistake in an opened map', async () => {
        const folder = fs.mkdtempSync(path.join(work, 'lsp-'));
        const client = new LspClient(bin('journey-language-server'), ['--stdio'], { cwd: folder });
        try {
            const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>('initialize', {
                processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {},
                workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'maps' }],
            }, 30_000);
            expect(init.capabilities).toHaveProperty('textDocumentSync');
            expect(init.capabilities).toHaveProperty('completionProvider');
            client.notify('initialized', {});
            const uri = pathToFileURL(path.join(folder, 'map.journey')).href;
            const published = client.waitForNotification<{ uri: string; diagnostics: { code?: string }[] }>('textDocument/publishDiagnostics', p => p.uri === uri, { timeoutMs: 30_000 });
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: 'journey J { stage S { touchpoint T { emotion 9 } } }\n' } });
            const { diagnostics } = await published;
            expect(diagnostics.map(d => d.code)).toContain('emotion-out-of-range');
            await client.request('shutdown', null);
            client.notify('exit');
            expect((await client.exited).code).toBe(0);
        } finally {
            await client.dispose();
        }
    }, 60_000);
});
