// `journey mcp`: the MCP server of a folder of maps, driven by the SDK's own client over stdio,
// on copies of examples/ and of the Greek map. Its answers are compared with what
// `journey check --format json` reports for the same folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GAP_RULES } from '../../src/model/gap-rules/index.js';
import { MODEL_VERSION } from '../../src/model/journey-model.js';
import { journey, repoRoot } from '../cli/journey-cli.js';
import { copyOf, serve, textOf, type Served } from './mcp-client.js';

interface Reported { file: string; line: number; column: number; severity: string; code: string; message: string }
interface CheckJson {
    diagnostics: Reported[];
    gaps: { journeys: { journey: string; kind: string; file: string; touchpoints: number; gaps: Reported[] }[] };
}
interface GapItem extends Reported { location: string; journey?: string; touchpoint?: string }
interface JourneyItem { name: string; title?: string; kind: string; improves?: string; persona?: string; file: string; stages: number; touchpoints: number; gaps: Record<string, number> }

const GAP_CODES = new Set(GAP_RULES.map(rule => rule.code));
const GREEK_LETTER = /[\u0370-\u03ff]/;
const folders: string[] = [];
const servers: Served[] = [];

function checkJson(folder: string): CheckJson {
    const run = journey(['check', '.', '--format', 'json'], folder);
    expect(run.status, run.stderr).toBeLessThanOrEqual(1);
    return JSON.parse(run.stdout) as CheckJson;
}

async function started(folder: string, args: string[] = []): Promise<Served> {
    const served = await serve(folder, args);
    servers.push(served);
    return served;
}

afterAll(async () => {
    await Promise.all(servers.map(s => s.close()));
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('journey mcp on a copy of examples/', () => {
    let folder = '';
    let served: Served;
    let check: CheckJson;
    beforeAll(async () => {
        folder = copyOf(path.join(repoRoot, 'examples'));
        folders.push(folder);
        check = checkJson(folder);
        served = await started(folder);
    }, 60_000);

    test('lists the five tools, each with a description and an input schema; those that answer with data also with an output schema', async () => {
        const { tools } = await served.client.listTools();
        expect(tools.map(t => t.name).sort()).toEqual(['explain_rule', 'get_journey', 'list_gaps', 'list_journeys', 'render_svg']);
        for (const tool of tools) {
            expect(tool.description?.length, tool.name).toBeGreaterThan(40);
            expect(tool.inputSchema.type, tool.name).toBe('object');
        }
        const byName = new Map(tools.map(t => [t.name, t]));
        expect(Object.keys(byName.get('list_gaps')!.inputSchema.properties ?? {}).sort()).toEqual(['code', 'file', 'journey', 'severity']);
        expect(byName.get('get_journey')!.inputSchema.required).toEqual(['journey']);
        expect(Object.keys(byName.get('render_svg')!.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['journey', 'view', 'theme']));
        for (const name of ['list_journeys', 'get_journey', 'list_gaps', 'explain_rule']) expect(byName.get(name)!.outputSchema?.type, name).toBe('object');
    });

    test('list_journeys: the password-reset pair and the Spanish map, with the gap counts journey check gives', async () => {
        const result = await served.call('list_journeys');
        expect(result.isError).toBeFalsy();
        const { journeys, diagnostics } = result.structuredContent as { journeys: JourneyItem[]; diagnostics: { errors: number } };
        expect(diagnostics.errors).toBe(0);
        const byName = new Map(journeys.map(j => [j.name, j]));
        expect(byName.get('PasswordReset')).toMatchObject({ kind: 'actual', persona: 'Alex', file: 'password-reset.journey', title: 'Self-service password reset (as it is today)' });
        expect(byName.get('PasswordResetIdeal')).toMatchObject({ kind: 'ideal', improves: 'PasswordReset', file: 'password-reset-ideal.journey' });
        expect(byName.get('RestablecerContraseña')).toMatchObject({ kind: 'actual', file: 'es/restablecimiento-de-contraseña.journey' });
        expect(journeys.map(j => j.name).sort()).toEqual(check.gaps.journeys.map(j => j.journey).sort());
        for (const expected of check.gaps.journeys) {
            const listed = byName.get(expected.journey)!;
            expect(listed.file, expected.journey).toBe(expected.file);
            expect(listed.touchpoints, expected.journey).toBe(expected.touchpoints);
            const counts = { error: 0, warning: 0, info: 0, hint: 0 } as Record<string, number>;
            for (const gap of expected.gaps) counts[gap.severity]++;
            expect(listed.gaps, expected.journey).toEqual(counts);
        }
        expect(byName.get('PasswordReset')!.gaps.warning + byName.get('PasswordReset')!.gaps.info).toBeGreaterThan(10);
        expect(JSON.parse(textOf(result))).toEqual(result.structuredContent);
    });

    test('get_journey: the journey model, with the model version', async () => {
        const result = await served.call('get_journey', { journey: 'PasswordReset' });
        expect(result.isError).toBeFalsy();
        const data = result.structuredContent as { version: number; file: string; journey: { name: string; kind: string; stages: { name: string; touchpoints: { name: string; owner?: { name: string } }[] }[] }; personas: { name: string }[] };
        expect(data.version).toBe(MODEL_VERSION);
        expect(data.file).toBe('password-reset.journey');
        expect(data.journey).toMatchObject({ name: 'PasswordReset', kind: 'actual' });
        expect(data.journey.stages[0]).toMatchObject({ name: 'Detect' });
        expect(data.journey.stages[0].touchpoints.map(t => t.name)).toEqual(['CantLogIn', 'RetriesLogin']);
        expect(data.journey.stages[0].touchpoints[0].owner?.name).toBe('EndUserComputing');
        expect(data.journey.stages.flatMap(s => s.touchpoints)).toHaveLength(check.gaps.journeys.find(j => j.journey === 'PasswordReset')!.touchpoints);
        expect(data.personas.map(p => p.name)).toContain('Alex');
    });

    test('get_journey, list_gaps and render_svg: an unknown journey is an error result that names the journeys there are', async () => {
        for (const [tool, args] of [['get_journey', { journey: 'PasswordRest' }], ['list_gaps', { journey: 'PasswordRest' }], ['render_svg', { journey: 'PasswordRest' }]] as const) {
            const result = await served.call(tool, args);
            expect(result.isError, tool).toBe(true);
            expect(textOf(result), tool).toMatch(/no journey named 'PasswordRest'\. Did you mean 'PasswordReset'\? Journeys: .*PasswordResetIdeal/);
        }
    });

    test('list_gaps: every gap journey check reports, and filtered by code, by severity, by file and by journey', async () => {
        const expected = check.diagnostics.filter(d => GAP_CODES.has(d.code));
        const all = (await served.call('list_gaps')).structuredContent as { gaps: GapItem[]; total: number };
        expect(all.total).toBe(expected.length);
        const key = (d: Reported) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
        expect(all.gaps.map(key).sort()).toEqual(expected.map(key).sort());
        for (const gap of all.gaps) expect(gap.location).toBe(`${gap.file}:${gap.line}:${gap.column}`);
        expect(all.gaps.some(g => g.code === 'extra-step' && g.journey === 'PasswordReset' && g.touchpoint === 'RetriesLogin')).toBe(true);

        const extraSteps = (await served.call('list_gaps', { code: 'extra-step' })).structuredContent as { gaps: GapItem[] };
        expect(extraSteps.gaps.length).toBe(expected.filter(d => d.code === 'extra-step').length);
        expect(extraSteps.gaps.length).toBeGreaterThan(0);
        expect(new Set(extraSteps.gaps.map(g => g.code))).toEqual(new Set(['extra-step']));

        const infos = (await served.call('list_gaps', { severity: 'info' })).structuredContent as { gaps: GapItem[] };
        expect(infos.gaps.length).toBe(expected.filter(d => d.severity === 'info').length);
        expect(new Set(infos.gaps.map(g => g.severity))).toEqual(new Set(['info']));

        const spanish = (await served.call('list_gaps', { file: 'es/restablecimiento-de-contraseña.journey' })).structuredContent as { gaps: GapItem[] };
        expect(spanish.gaps.map(key).sort()).toEqual(expected.filter(d => d.file === 'es/restablecimiento-de-contraseña.journey').map(key).sort());
        expect(spanish.gaps.length).toBeGreaterThan(0);

        const combined = (await served.call('list_gaps', { journey: 'PasswordReset', severity: 'warning' })).structuredContent as { gaps: GapItem[] };
        expect(combined.gaps.length).toBe(check.gaps.journeys.find(j => j.journey === 'PasswordReset')!.gaps.filter(g => g.severity === 'warning').length);
        expect(combined.gaps.every(g => g.journey === 'PasswordReset' && g.severity === 'warning')).toBe(true);
    });

    test('list_gaps: an unknown rule or file is an error result that says what there is', async () => {
        const code = await served.call('list_gaps', { code: 'missing-ownr' });
        expect(code.isError).toBe(true);
        expect(textOf(code)).toMatch(/^no rule 'missing-ownr'\. Did you mean 'missing-owner'\? Rules: missing-owner, /);
        const file = await served.call('list_gaps', { file: 'nowhere.journey' });
        expect(file.isError).toBe(true);
        expect(textOf(file)).toContain('password-reset.journey');
        const severity = await served.call('list_gaps', { severity: 'fatal' });
        expect(severity.isError).toBe(true);
    });

    test('explain_rule: the rule\'s docs page, and an error result naming the rules for a code that is none', async () => {
        const result = await served.call('explain_rule', { code: 'missing-owner' });
        expect(result.isError).toBeFalsy();
        const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'missing-owner.md'), 'utf8');
        expect(textOf(result)).toBe(page);
        expect(result.structuredContent).toMatchObject({ code: 'missing-owner', severity: 'warning', family: 'map', page });
        const unknown = await served.call('explain_rule', { code: 'no-such-rule' });
        expect(unknown.isError).toBe(true);
        for (const code of GAP_CODES) expect(textOf(unknown)).toContain(code);
        const traversal = await served.call('explain_rule', { code: '../README' });
        expect(traversal.isError).toBe(true);
    });

    test('render_svg: the map as an SVG document that names the touchpoints; the compare and stakeholder views', async () => {
        const map = textOf(await served.call('render_svg', { journey: 'PasswordReset' }));
        expect(map).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(map.trimEnd().endsWith('</svg>')).toBe(true);
        for (const name of ['CantLogIn', 'RetriesLogin', 'CallsDesk', 'TurnsToPortal']) expect(map).toContain(`data-touchpoint="${name}"`);
        const byDefault = textOf(await served.call('render_svg'));
        expect(byDefault).toMatch(/^<svg /);
        const compare = textOf(await served.call('render_svg', { journey: 'PasswordReset', view: 'compare', theme: 'dark' }));
        expect(compare).toContain('PasswordResetIdeal');
        expect(compare).not.toBe(map);
        const stakeholders = textOf(await served.call('render_svg', { view: 'stakeholders' }));
        expect(stakeholders).toMatch(/^<svg /);
        expect(stakeholders).toContain('ServiceDesk');
    });

    test('render_svg with format png: a PNG image (base64), drawn by the optional resvg', async () => {
        const result = await served.call('render_svg', { journey: 'PasswordReset', format: 'png' });
        expect(result.isError, JSON.stringify(result.content).slice(0, 300)).toBeFalsy();
        const image = result.content[0];
        expect(image.type).toBe('image');
        if (image.type !== 'image') return;
        expect(image.mimeType).toBe('image/png');
        expect(Buffer.from(image.data, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    test('resources: each .journey file as journey://<path>, with its text; nothing outside the folder', async () => {
        const { resources } = await served.client.listResources();
        expect(resources.map(r => r.name)).toEqual(expect.arrayContaining(['password-reset.journey', 'password-reset-ideal.journey', 'shared.journey', 'es/restablecimiento-de-contraseña.journey']));
        const spanish = resources.find(r => r.name === 'es/restablecimiento-de-contraseña.journey')!;
        expect(spanish.uri).toBe('journey://es/restablecimiento-de-contrase%C3%B1a.journey');
        const read = await served.client.readResource({ uri: spanish.uri });
        const [content] = read.contents as { text: string }[];
        expect(content.text).toBe(fs.readFileSync(path.join(folder, 'es', 'restablecimiento-de-contraseña.journey'), 'utf8'));
        fs.writeFileSync(path.join(path.dirname(folder), 'outside.journey'), 'journey Outside "Outside" {}\n');
        try {
            await expect(served.client.readResource({ uri: 'journey://../outside.journey' })).rejects.toThrow(/no \.journey file '\.\.\/outside\.journey'/);
        } finally {
            fs.rmSync(path.join(path.dirname(folder), 'outside.journey'), { force: true });
        }
    });

    test('after a map is edited, the next call answers from the new text, without a restart', async () => {
        const before = (await served.call('list_gaps', { code: 'missing-owner' })).structuredContent as { gaps: GapItem[] };
        expect(before.gaps).toEqual([]);
        const file = path.join(folder, 'password-reset.journey');
        const text = fs.readFileSync(file, 'utf8');
        const stage = 'stage Detect "Can\'t log in" {\n';
        expect(text).toContain(stage);
        fs.writeFileSync(file, text.replace(stage, `${stage}        touchpoint LooksForNote "Looks for the note with the password" {\n            channel Device  emotion 2 confused\n        }\n`));
        const after = (await served.call('list_gaps', { code: 'missing-owner' })).structuredContent as { gaps: GapItem[] };
        expect(after.gaps).toHaveLength(1);
        expect(after.gaps[0]).toMatchObject({ journey: 'PasswordReset', touchpoint: 'LooksForNote', file: 'password-reset.journey', line: 11 });
        const listed = (await served.call('list_journeys')).structuredContent as { journeys: JourneyItem[] };
        expect(listed.journeys.find(j => j.name === 'PasswordReset')!.touchpoints).toBe(check.gaps.journeys.find(j => j.journey === 'PasswordReset')!.touchpoints + 1);
        expect(served.stderr()).toBe('');
    });
});

describe('journey mcp in other languages and with broken maps', () => {
    test('the Greek map: gap messages in Greek, as journey check gives them', async () => {
        const folder = copyOf(path.join(repoRoot, 'test', 'fixtures', 'el'));
        folders.push(folder);
        const expected = checkJson(folder).diagnostics.filter(d => GAP_CODES.has(d.code));
        const served = await started(folder);
        const { gaps } = (await served.call('list_gaps')).structuredContent as { gaps: GapItem[] };
        expect(gaps.length).toBe(expected.length);
        expect(gaps.length).toBeGreaterThan(20);
        for (const gap of gaps) expect(gap.message, gap.code).toMatch(GREEK_LETTER);
        expect(gaps.map(g => g.message).sort()).toEqual(expected.map(d => d.message).sort());
        const explained = (await served.call('explain_rule', { code: 'missing-owner' })).structuredContent as { summary: string };
        expect(explained.summary.length).toBeGreaterThan(0);
    });

    test('--locale es: the messages of a map that names no language are in Spanish', async () => {
        const folder = copyOf(path.join(repoRoot, 'examples'));
        folders.push(folder);
        fs.rmSync(path.join(folder, 'es'), { recursive: true, force: true });
        fs.rmSync(path.join(folder, 'el'), { recursive: true, force: true });
        const english = checkJson(folder).diagnostics.filter(d => d.code === 'dead-end').map(d => d.message);
        const served = await started(folder, ['--locale', 'es']);
        const { gaps } = (await served.call('list_gaps', { code: 'dead-end' })).structuredContent as { gaps: GapItem[] };
        expect(gaps.length).toBe(english.length);
        expect(gaps.length).toBeGreaterThan(0);
        for (const gap of gaps) expect(english).not.toContain(gap.message);
    });

    test('a map with a syntax error: what can be read is served, and diagnostics says there are errors', async () => {
        const folder = copyOf(path.join(repoRoot, 'examples'));
        folders.push(folder);
        const file = path.join(folder, 'password-reset-ideal.journey');
        fs.appendFileSync(file, '\njourney Broken "Broken" {\n    stage Oops {\n        touchpoint\n');
        const expected = checkJson(folder).diagnostics.filter(d => d.severity === 'error');
        expect(expected.length).toBeGreaterThan(0);
        const served = await started(folder);
        const listed = (await served.call('list_journeys')).structuredContent as { journeys: JourneyItem[]; diagnostics: { errors: number; items: GapItem[] } };
        expect(listed.journeys.map(j => j.name)).toEqual(expect.arrayContaining(['PasswordReset', 'PasswordResetIdeal']));
        expect(listed.diagnostics.errors).toBe(expected.length);
        expect(listed.diagnostics.items[0]).toMatchObject({ file: 'password-reset-ideal.journey', severity: 'error' });
        const gaps = (await served.call('list_gaps')).structuredContent as { total: number; diagnostics: { errors: number } };
        expect(gaps.total).toBeGreaterThan(0);
        expect(gaps.diagnostics.errors).toBe(expected.length);
        const drawing = await served.call('render_svg', { journey: 'PasswordReset' });
        expect(drawing.isError).toBeFalsy();
        expect(textOf(drawing)).toMatch(/^<svg /);
    });
});
