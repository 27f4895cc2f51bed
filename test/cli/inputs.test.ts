/** Standard input (`-`) and quoted globs, for the commands that read maps. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';
import { accessibleName } from '../render/accessible-name.js';

const SHARED = 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\nchannel Phone "Phone"\n';
const MAP = 'journey J "Reset" {\n    persona Alex\n    outcome "Back at work"\n    stage S {\n        touchpoint T { channel Phone  owner Desk  emotion 9 }\n    }\n}\n';

describe('standard input', () => {
    test('check - reads the map from standard input and names it <stdin>', () => {
        const run = journey(['check', '-'], repoRoot, 'journey J {\n  stage S { touchpoint T { emotion 9 } }\n}');
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('<stdin>:2:36: error [emotion-out-of-range] Emotion 9 is not on the scale.');
        expect(run.stdout).toMatch(/1 error, \d+ warnings in 1 file\n$/);
    });

    test('--stdin-filename names it and lets its folder supply the shared declarations', () => {
        const folder = tempFolder({ 'maps/shared.journey': SHARED, 'maps/reset.journey': 'this file on disk is replaced by standard input' });
        const run = journey(['check', '--format', 'json', '--stdin-filename', 'maps/reset.journey', '-'], folder, MAP);
        expect(run.stderr).toBe('');
        const report = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; line: number }[] };
        expect(report.diagnostics.map(d => [d.file, d.line, d.code])).toEqual([['maps/reset.journey', 5, 'emotion-out-of-range']]);
        expect(run.status).toBe(1);
    });

    test('render - draws the map read from standard input', () => {
        const folder = tempFolder({ 'shared.journey': SHARED });
        const run = journey(['render', '--stdin-filename', 'new.journey', '-'], folder, MAP.replace('emotion 9', 'emotion 2'));
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^<svg /);
        expect(accessibleName(run.stdout)).toBe('Journey map: Reset');
    });

    test('standard input that is not UTF-8 is refused with its position (exit 2)', () => {
        const run = journey(['check', '-'], repoRoot, Buffer.from('persona Alex "Caf\xe9"\n', 'latin1'));
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: <stdin>:1:18: not UTF-8 text (byte 0xE9); save the file as UTF-8\n');
    });

    test('- may be named once', () => {
        const run = journey(['check', '-', '-'], repoRoot, MAP);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: - (standard input) can be named only once\n');
    });
});

describe('quoted globs', () => {
    test('are expanded by journey itself, recursively with **', () => {
        const folder = tempFolder({ 'maps/shared.journey': SHARED, 'maps/team/reset.journey': MAP, 'maps/team/notes.txt': 'x' });
        const run = journey(['check', '--format', 'json', 'maps/**/*.journey'], folder);
        const report = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string }[] };
        expect(report.diagnostics.map(d => `${d.file} ${d.code}`)).toContain('maps/team/reset.journey emotion-out-of-range');
        expect(run.status).toBe(1);
    });

    test('a glob picks out maps, passing over other files it matches', () => {
        const folder = tempFolder({ 'maps/shared.journey': SHARED, 'maps/README.md': '# maps', 'maps/reset.journey': MAP.replace('emotion 9', 'emotion 3') });
        const run = journey(['check', 'maps/*'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('export mermaid - with --stdin-filename: the neighbours supply declarations, the file itself is replaced', () => {
        const folder = tempFolder({ 'shared.journey': SHARED, 'reset.journey': MAP.replace('emotion 9', 'emotion 3') });
        const run = journey(['export', 'mermaid', '--stdin-filename', 'reset.journey', '-'], folder, MAP.replace('emotion 9', 'emotion 4'));
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^\s+T: 4: Office worker, Service desk$/m);
    });

    test('a glob that matches nothing is a usage error (exit 2)', () => {
        const folder = tempFolder({ 'a.journey': MAP });
        const run = journey(['check', 'maps/**/*.journey'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: maps/**/*.journey: no .journey file or folder matches this pattern\n');
    });

    test('a file whose name has glob characters is taken as it is', () => {
        const folder = tempFolder({ 'shared.journey': SHARED });
        fs.writeFileSync(path.join(folder, 'reset[1].journey'), MAP.replace('emotion 9', 'emotion 3'));
        const run = journey(['check', 'reset[1].journey'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });

    test('fmt --check takes globs too', () => {
        const run = journey(['fmt', '--check', 'examples/**/*.journey']);
        expect(run.status).toBe(0);
    });
});
