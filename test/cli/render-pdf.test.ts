// `journey render --format pdf`, checked with poppler's tools (scripts/install-test-deps.sh
// installs poppler-utils) as a reader of the PDF would see it: its text, fonts, pages, images,
// and page 1 turned into an image.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sayIn } from '../../src/render/render-messages.js';
import { openWorkspace } from '../../src/cli/open-workspace.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { journey, plainEnv, repoRoot, tempFolder } from './journey-cli.js';

const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));
const work = tempFolder({});
folders.push(work);

const EXAMPLE = path.join(repoRoot, 'examples', 'password-reset.journey');
const GREEK = path.join(repoRoot, 'test', 'fixtures', 'el', 'επαναφορά-κωδικού.journey');

function tool(command: string, args: string[]): string {
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
    expect(result.error, `${command} (poppler-utils) is needed: scripts/install-test-deps.sh`).toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
}
/** The page's text, whitespace collapsed; `raw` keeps drawing order, so wrapped lines of one label stay together. */
const text = (pdf: string, raw = false) => tool('pdftotext', [...(raw ? ['-raw'] : []), pdf, '-']).replace(/\s+/g, ' ');
const info = (pdf: string) => tool('pdfinfo', [pdf]);

function render(source: string, name: string, ...args: string[]) {
    const output = path.join(work, name);
    const run = journey(['render', source, '-o', output, ...args]);
    return { ...run, output };
}

async function modelOf(file: string): Promise<WorkspaceModel> {
    return (await openWorkspace([file])).services.Journey.gaps.Analysis.getModel();
}

describe('journey render --format pdf', () => {
    let a4: ReturnType<typeof render>;
    let greek: ReturnType<typeof render>;
    beforeAll(() => {
        a4 = render(EXAMPLE, 'password-reset.pdf');
        greek = render(GREEK, 'greek.pdf');
    }, 120_000);

    test('the .pdf extension means PDF: one A4 landscape page, with the map\'s title and maker in the metadata', () => {
        expect(a4.status, a4.stderr).toBe(0);
        expect(fs.readFileSync(a4.output).subarray(0, 5).toString()).toBe('%PDF-');
        const meta = info(a4.output);
        expect(meta).toMatch(/^Pages:\s+1$/m);
        expect(meta).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)$/m);
        expect(meta).toMatch(/^Title:\s+Self-service password reset \(as it is today\)$/m);
        expect(meta).toMatch(/^Subject:\s+Journey map: Self-service password reset/m);
        expect(meta).toMatch(/^Author:\s+Journey Maps as Code$/m);
        expect(meta).toMatch(/^Creator:\s+Journey Maps as Code$/m);
        expect(meta).not.toMatch(/CreationDate/);
        expect(fs.readFileSync(a4.output).toString('latin1')).toContain('/Lang (en)');
    });

    test('says on stderr that the text prints small on A4, and which paper makes it readable', () => {
        expect(a4.stderr.trim().split('\n')).toHaveLength(1);
        expect(a4.stderr).toMatch(/^journey: note: the map's text prints at \d\.\d pt on A4, which is hard to read: --page a2 prints it at \d\.\d pt$/m);
    });

    test('the text can be found and copied: every stage title and touchpoint name, and the footer', async () => {
        const model = await modelOf(EXAMPLE);
        const map = model.journeys.find(j => j.name === 'PasswordReset')!;
        const words = text(a4.output);
        const joined = text(a4.output, true).replace(/\s+/g, '');
        expect(map.stages.length).toBeGreaterThan(2);
        for (const stage of map.stages) expect(words).toContain(stage.title ?? stage.name);
        const touchpoints = map.stages.flatMap(s => s.touchpoints);
        expect(touchpoints.length).toBeGreaterThan(5);
        for (const touchpoint of touchpoints) expect(joined).toContain(touchpoint.name);
        expect(words).toContain('Self-service password reset (as it is today) · Alex — Office worker');
        expect(words).toContain('password-reset.journey');
    });

    test('embeds subsets of DejaVu Sans, regular and bold, and no other font', () => {
        const fonts = tool('pdffonts', [a4.output]).trim().split('\n').slice(2);
        const rows = fonts.map(line => line.trim().split(/\s+/));
        expect(rows.map(r => r[0].replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
        for (const row of rows) {
            expect(row[0]).toMatch(/^[A-Z]{6}\+/);
            expect(row.slice(-5, -2), row.join(' ')).toEqual(['yes', 'yes', 'yes']); // emb, sub, uni
        }
    });

    test('is vector: no raster images', () => {
        for (const pdf of [a4.output, greek.output]) {
            expect(tool('pdfimages', ['-list', pdf]).trim().split('\n')).toHaveLength(2); // the two header lines only
        }
    });

    test('the same map gives the same bytes', () => {
        const again = render(EXAMPLE, 'again.pdf');
        expect(again.status).toBe(0);
        expect(fs.readFileSync(again.output).equals(fs.readFileSync(a4.output))).toBe(true);
    });

    test('--page a3 and --page letter: the paper, still landscape, one page', () => {
        const a3 = render(EXAMPLE, 'a3.pdf', '--page', 'a3');
        expect(a3.status, a3.stderr).toBe(0);
        expect(info(a3.output)).toMatch(/^Page size:\s+1190\.55 x 841\.89 pts \(A3\)$/m);
        expect(a3.stderr).toContain('on A3');
        const letter = render(EXAMPLE, 'letter.pdf', '--page', 'letter');
        expect(info(letter.output)).toMatch(/^Page size:\s+792 x 612 pts \(letter\)$/m);
        const a2 = render(EXAMPLE, 'a2.pdf', '--page', 'a2', '--format', 'pdf');
        expect(a2.status).toBe(0);
        expect(a2.stderr).toBe(''); // readable there: no note
        expect(info(a2.output)).toMatch(/^Pages:\s+1$/m);
    });

    test('a Greek map prints in Greek: its stages, touchpoints and the fixed labels, with /Lang el', async () => {
        expect(greek.status, greek.stderr).toBe(0);
        const model = await modelOf(GREEK);
        const map = model.journeys.find(j => j.language === 'el' && j.kind === 'actual')!;
        const words = text(greek.output);
        const joined = text(greek.output, true).replace(/\s+/g, '');
        for (const stage of map.stages) expect(words).toContain(stage.title ?? stage.name);
        for (const touchpoint of map.stages.flatMap(s => s.touchpoints)) expect(joined).toContain(touchpoint.name);
        const say = sayIn('el');
        expect(words).toContain(say('map.persona', { persona: 'Ελένη — Υπάλληλος γραφείου' }));
        for (const label of [say('map.emotion'), say('map.lineOfVisibility'), say('map.improvements')]) expect(words).toContain(label);
        expect(words).toContain('επαναφορά-κωδικού.journey');
        expect(info(greek.output)).toMatch(/^Title:\s+Επαναφορά κωδικού/m);
        expect(fs.readFileSync(greek.output).toString('latin1')).toContain('/Lang (el)');
    });

    test('page 1 as an image is drawn: ink on white, not a blank or black page, with the footer line', () => {
        const prefix = path.join(work, 'page');
        tool('pdftoppm', ['-gray', '-r', '60', '-singlefile', a4.output, prefix]);
        const { width, height, pixels } = readPgm(fs.readFileSync(`${prefix}.pgm`));
        expect(width).toBe(702); // A4 landscape at 60 dpi: 702 × 496 or 497, as poppler rounds
        expect(Math.abs(height - 496)).toBeLessThanOrEqual(1);
        const inked = (from: number, to: number) => pixels.subarray(from * width, to * width).filter(v => v < 235).length;
        const share = (below: number) => pixels.filter(v => v < below).length / pixels.length;
        expect(share(252)).toBeGreaterThan(0.2);  // the light stage bands
        expect(share(235)).toBeGreaterThan(0.02); // cards, text, lines, the curve
        expect(share(235)).toBeLessThan(0.6);     // not a black page
        expect(pixels.filter(v => v < 128).length).toBeGreaterThan(200); // dark text
        const footer = Math.round(((595.28 - 34 - 7) / 72) * 60);
        expect(inked(footer - 2, footer + 8)).toBeGreaterThan(50);
        // Kept for a person to look at (test-results/ is not committed).
        const saved = path.join(repoRoot, 'test-results', 'pdf', 'password-reset-a4');
        fs.mkdirSync(path.dirname(saved), { recursive: true });
        tool('pdftoppm', ['-png', '-r', '110', '-singlefile', a4.output, saved]);
        expect(fs.statSync(`${saved}.png`).size).toBeGreaterThan(10_000);
    });

    test('the stakeholder map prints too', async () => {
        const run = render(EXAMPLE, 'stakeholders.pdf', '--view', 'stakeholders');
        expect(run.status, run.stderr).toBe(0);
        const model = await modelOf(EXAMPLE);
        const words = text(run.output);
        expect(model.stakeholders.length).toBeGreaterThan(0);
        for (const stakeholder of model.stakeholders) expect(words).toContain(stakeholder.title ?? stakeholder.name);
        expect(words).toContain("Stakeholder map password-reset.journey"); // the footer names the drawing, not a journey
        expect(words).not.toContain("Office worker");
    });
});

describe('journey render --format pdf: mistakes', () => {
    test('a PDF is not written to a terminal: exit 2 and a one-line reason', () => {
        // `script` gives the command a terminal for its standard output.
        const command = [process.execPath, path.join(repoRoot, 'bin', 'journey.cjs'), 'render', EXAMPLE, '--format', 'pdf'].map(a => `'${a}'`).join(' ');
        const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000, env: plainEnv() });
        expect(result.status).toBe(2);
        expect(result.stdout.trim()).toBe('journey: a PDF is binary: write it to a file with -o map.pdf, or redirect standard output');
    });

    test('to a pipe, the PDF goes to standard output', () => {
        const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), 'render', EXAMPLE, '--format', 'pdf', '--page', 'a2'], { timeout: 60_000, env: plainEnv() });
        expect(result.status, String(result.stderr)).toBe(0);
        expect(result.stdout.subarray(0, 5).toString()).toBe('%PDF-');
        expect(result.stdout.subarray(-6).toString()).toBe('%%EOF\n');
    });

    test('an unknown --page, or --page for another format, is a usage error (exit 2) in one line, and nothing is written', () => {
        const output = path.join(work, 'never.pdf');
        const unknown = journey(['render', EXAMPLE, '--page', 'a5', '-o', output]);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
        expect(unknown.stderr).toContain("--page: 'a5' is invalid: allowed choices are a4, a3, a2, letter");
        const svg = journey(['render', EXAMPLE, '--page', 'a3', '-o', path.join(work, 'never.svg')]);
        expect(svg.status).toBe(2);
        expect(svg.stderr.trim()).toBe('journey: --page sets the paper of a PDF, not of SVG: add --format pdf, or name the file map.pdf');
        const mismatch = journey(['render', EXAMPLE, '--format', 'png', '-o', output]);
        expect(mismatch.status).toBe(2);
        expect(mismatch.stderr).toContain('--format png does not match');
        expect(fs.existsSync(output)).toBe(false);
        expect(fs.existsSync(path.join(work, 'never.svg'))).toBe(false);
    });
});

describe('svgToPdf, from the sources', () => {
    test('finds the fonts in the dejavu-fonts-ttf package and prints Greek and Cyrillic', async () => {
        const { svgToPdf } = await import('../../src/cli/render-pdf.js');
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="jm" width="400" height="100" viewBox="0 0 400 100" aria-label="Δοκιμή &amp; тест" lang="el">'
            + '<style>.jm{font-family:sans-serif;font-size:12px}.jm .title{font-weight:600}</style>'
            + '<text x="10" y="30" class="title">Καλημέρα</text><text x="10" y="60">Привет</text></svg>';
        const pdf = await svgToPdf(svg, { page: 'a4', title: 'Δοκιμή', subject: 'Δοκιμή & тест', footerLeft: 'αριστερά', footerRight: 'δεξιά', lang: 'el' });
        const file = path.join(work, 'unit.pdf');
        fs.writeFileSync(file, pdf);
        const words = text(file);
        for (const word of ['Καλημέρα', 'Привет', 'αριστερά', 'δεξιά']) expect(words).toContain(word);
        expect(info(file)).toMatch(/^Title:\s+Δοκιμή$/m);
    });
});

/** A binary greyscale PGM (P5, 8 bits), as pdftoppm -gray writes it. */
function readPgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('not a binary 8-bit PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)) };
}
