import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

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
