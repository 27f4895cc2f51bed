import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { MODEL_VERSION } from '../../src/model/journey-model.js';
import { MODEL_SCHEMA_URL } from '../../src/model/model-export.js';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const schemaFile = path.join(repoRoot, 'schemas', 'journey-model.v1.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const folders: string[] = [];
afterAll(() => folders.forEach(folder => fs.rmSync(folder, { recursive: true, force: true })));

function exported(args: string[], cwd = repoRoot) {
    const run = journey(['export', 'json', ...args], cwd);
    return { ...run, json: run.stdout ? JSON.parse(run.stdout) : undefined };
}

describe('journey export json', () => {
    // Every folder of maps the repository ships: each must give a valid document.
    const exampleFolders = ['examples', 'examples/es', 'examples/el'];

    test.each(exampleFolders)('the export of %s validates against the published schema', folder => {
        const { status, stderr, json } = exported([folder]);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        const valid = validate(json);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(json.journeys.length).toBeGreaterThan(0);
        expect(json.gaps.length).toBeGreaterThan(0);
    });

    test('names its schema and version: the $id of the file in schemas/', () => {
        const { json } = exported(['examples']);
        expect(schema.$id).toBe(MODEL_SCHEMA_URL);
        expect(json.$schema).toBe(MODEL_SCHEMA_URL);
        expect(json.version).toBe(MODEL_VERSION);
        expect(schema.properties.version.const).toBe(MODEL_VERSION);
    });

    test('the schema is strict: a wrong kind, a missing field or a stray one fails', () => {
        const { json } = exported(['examples']);
        const wrongKind = structuredClone(json);
        wrongKind.journeys[0].kind = 'future';
        expect(validate(wrongKind)).toBe(false);
        const strayField = structuredClone(json);
        strayField.gaps[0].colour = 'red';
        expect(validate(strayField)).toBe(false);
        const noCode = structuredClone(json);
        delete noCode.gaps[0].code;
        expect(validate(noCode)).toBe(false);
    });

    test('paths are relative to the current folder, so that the same maps give the same bytes anywhere', () => {
        const first = exported(['examples']).stdout;
        expect(first).not.toContain('file://');
        expect(first).toContain('"uri": "examples/password-reset.journey"');
        const copy = tempFolder({});
        folders.push(copy);
        fs.cpSync(path.join(repoRoot, 'examples'), path.join(copy, 'examples'), { recursive: true });
        expect(exported(['examples'], copy).stdout).toBe(first);
    });

    test('keeps the journeys of the named files, with the declarations they refer to, and only their gaps', () => {
        const { json } = exported(['examples/password-reset.journey']);
        expect(json.journeys.map((j: { name: string }) => j.name)).toEqual(['PasswordReset']);
        expect(json.personas.map((p: { name: string }) => p.name)).toContain('Alex');
        const journeysOfGaps = new Set(json.gaps.map((g: { journey?: string }) => g.journey));
        expect([...journeysOfGaps]).toEqual(['PasswordReset']);
        expect(json.gaps.map((g: { code: string }) => g.code)).toContain('dead-end');
    });

    test('--no-gaps leaves the model alone; --compact writes one line', () => {
        const { json, stdout } = exported(['examples', '--no-gaps', '--compact']);
        expect(json.gaps).toBeUndefined();
        expect(validate(json)).toBe(true);
        expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    });

    test('--locale words the gap messages, and leaves codes and structure alone', () => {
        const english = exported(['examples']).json;
        const greek = exported(['examples', '--locale', 'el']).json;
        expect(greek.gaps.map((g: { code: string }) => g.code)).toEqual(english.gaps.map((g: { code: string }) => g.code));
        const deadEnd = greek.gaps.find((g: { code: string }) => g.code === 'dead-end');
        expect(deadEnd.message).toMatch(/[α-ω]{4}/);
        expect(validate(greek)).toBe(true);
    });

    test('-o writes the file; a map with errors is exported from what could be read, exit 1, errors on stderr', () => {
        const folder = tempFolder({
            'broken.journey': 'persona Ana\njourney Broken {\n  persona Ana\n  stage One {\n    touchpoint A "does a thing" channel Nowhere\n  }\n  stage\n}\n',
        });
        folders.push(folder);
        const run = journey(['export', 'json', '.', '-o', 'model.json'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/broken\.journey:\d+:\d+: error \[syntax-error\] /);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        const written = JSON.parse(fs.readFileSync(path.join(folder, 'model.json'), 'utf8'));
        expect(written.journeys.map((j: { name: string }) => j.name)).toEqual(['Broken']);
        expect(validate(written)).toBe(true);
    });

    test('refuses to write over one of its own maps, and a missing input is a usage error', () => {
        const folder = tempFolder({ 'a.journey': 'persona Ana\njourney A {\n  persona Ana\n}\n' });
        folders.push(folder);
        const overwrite = journey(['export', 'json', '.', '-o', 'a.journey'], folder);
        expect(overwrite.status).toBe(2);
        expect(fs.readFileSync(path.join(folder, 'a.journey'), 'utf8')).toContain('journey A');
        const missing = journey(['export', 'json', 'nowhere.journey'], folder);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('nowhere.journey');
        expect(missing.stderr).not.toMatch(/\n\s+at /);
    });
});
