/**
 * `journey check --format sarif` validated against the SARIF 2.1.0 JSON schema (draft-07),
 * as code-scanning uploaders validate it. The schema is vendored in test/fixtures (see
 * sarif-schema-2.1.0.README.md for where it comes from); ajv-formats supplies the `uri`,
 * `uri-reference` and `date-time` formats it uses, which Ajv alone refuses to compile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a log, one readable line each; [] when it is valid. */
function problems(log: unknown): string[] {
    if (validate(log)) return [];
    return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`);
}

interface SarifResult {
    ruleId: string;
    level: string;
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}
interface SarifLog {
    version?: string;
    runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: SarifResult[] }[];
}

function sarif(args: string[], cwd?: string): { status: number | null; log: SarifLog } {
    const run = journey(['check', ...args, '--format', 'sarif'], cwd);
    expect(run.stderr).toBe('');
    return { status: run.status, log: JSON.parse(run.stdout) as SarifLog };
}

const folders: string[] = [];
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

const PEOPLE = 'persona Alex\nstakeholder Desk\nchannel Phone\n';
// An unresolved owner (error), a low point and a missing owner (warnings), an open question (note).
const MAP = 'journey J "Gets help" {\n  persona Alex\n  outcome "Done: 100%"\n  stage S {\n    touchpoint T { channel Phone owner Dsk emotion 2 }\n    touchpoint U { channel Phone emotion 3 }\n  }\n  question "Why <phone> & not chat?"\n}\n';
// A syntax error, in a file whose name needs percent-encoding in a URI.
const BROKEN = 'journey Broken {\n  stage S {\n    touchpoint { channel\n';
const CLEAN = 'journey Clean {\n  persona Alex\n  outcome "Done"\n  stage S {\n    touchpoint T { channel Phone owner Desk emotion 4 }\n  }\n}\n';

describe('journey check --format sarif against the SARIF 2.1.0 JSON schema', () => {
    test('the vendored schema is the draft-07 SARIF 2.1.0 schema, compiled with its formats', () => {
        expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
        expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
        expect(schema.properties.version.enum).toEqual(['2.1.0']);
        expect(schema.definitions.result.properties.level.enum).toEqual(['none', 'note', 'warning', 'error']);
        expect(problems({ version: '2.1.0', runs: [] })).toEqual([]);
    });

    test('examples/: a valid log with its results, including a percent-encoded non-ASCII file name', () => {
        const { status, log } = sarif(['examples']);
        expect(status).toBe(0);
        expect(problems(log)).toEqual([]);
        const results = log.runs[0].results;
        expect(results.length).toBeGreaterThan(0);
        expect(results.map(r => r.locations[0].physicalLocation.artifactLocation.uri)).toContain('examples/es/restablecimiento-de-contrase%C3%B1a.journey');
    });

    test('errors, warnings and notes, a syntax error and an unresolved name, with --docs-url: a valid log', () => {
        const dir = tempFolder({ 'maps/people.journey': PEOPLE, 'maps/gets help.journey': MAP, 'maps/brisé été.journey': BROKEN });
        folders.push(dir);
        const { status, log } = sarif(['maps', '--docs-url', 'https://example.org/journey/docs/rules/'], dir);
        expect(status).toBe(1);
        expect(problems(log)).toEqual([]);
        const results = log.runs[0].results;
        expect(new Set(results.map(r => r.level))).toEqual(new Set(['error', 'warning', 'note']));
        const rules = results.map(r => r.ruleId);
        expect(rules).toEqual(expect.arrayContaining(['syntax-error', 'unresolved-reference', 'missing-owner', 'unaddressed-pain', 'open-question']));
        expect(results.find(r => r.ruleId === 'syntax-error')!.locations[0].physicalLocation.artifactLocation.uri).toBe('maps/bris%C3%A9%20%C3%A9t%C3%A9.journey');
        expect(results.find(r => r.ruleId === 'unresolved-reference')!.locations[0].physicalLocation.artifactLocation.uri).toBe('maps/gets%20help.journey');
        expect(log.runs[0].tool.driver.rules.find(r => r.id === 'missing-owner')!.helpUri).toBe('https://example.org/journey/docs/rules/missing-owner.md');
    });

    test('--locale el: every rule described in Greek, the results too; the rule ids, levels and places as in English', () => {
        const dir = tempFolder({ 'maps/people.journey': PEOPLE, 'maps/gets help.journey': MAP, 'maps/brisé été.journey': BROKEN });
        folders.push(dir);
        const english = sarif(['maps'], dir).log;
        const greek = sarif(['maps', '--locale', 'el'], dir).log;
        expect(problems(greek)).toEqual([]);
        const rules = (log: SarifLog) => log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; help: { text: string } }[];
        expect(rules(greek).map(r => r.id)).toEqual(rules(english).map(r => r.id));
        expect(rules(greek).length).toBeGreaterThan(30);
        for (const [i, rule] of rules(greek).entries()) {
            expect(rule.shortDescription.text, rule.id).toMatch(/[α-ωά-ώ]/);
            expect(rule.shortDescription.text, rule.id).not.toBe(rules(english)[i].shortDescription.text);
            expect(rule.help.text, rule.id).toBe(rule.shortDescription.text);
        }
        expect(rules(greek).find(r => r.id === 'syntax-error')!.shortDescription.text).toBe('Το κείμενο δεν ακολουθεί τη γλώσσα .journey.');
        expect(rules(english).find(r => r.id === 'syntax-error')!.shortDescription.text).toBe('The text does not follow the .journey language.');
        const shape = (log: SarifLog) => log.runs[0].results.map(r => [r.ruleId, r.level, JSON.stringify(r.locations)]);
        expect(shape(greek)).toEqual(shape(english));
        const messages = (log: SarifLog) => (log.runs[0].results as unknown as { message: { text: string } }[]).map(r => r.message.text);
        expect(messages(greek).filter(m => /[α-ω]/.test(m)).length).toBe(messages(greek).length);
        expect((greek.runs[0] as { language?: string }).language).toBe('el');
        expect((english.runs[0] as { language?: string }).language).toBe('en');
    });

    test('a folder with nothing to report: a valid log with no results', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'clean.journey': CLEAN });
        folders.push(dir);
        const { status, log } = sarif(['.'], dir);
        expect(status).toBe(0);
        expect(log.runs[0].results).toEqual([]);
        expect(problems(log)).toEqual([]);
    });

    test('the validator is really applied: broken copies of a valid log fail', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'j.journey': MAP });
        folders.push(dir);
        const { log } = sarif(['.', '--docs-url', 'https://example.org/rules'], dir);
        expect(problems(log)).toEqual([]);
        const broken = (change: (copy: SarifLog) => void) => {
            const copy = structuredClone(log);
            change(copy);
            return problems(copy);
        };
        expect(broken(copy => delete copy.version)).toEqual(["/ must have required property 'version'"]);
        expect(broken(copy => { copy.version = '2.0.0'; })).toEqual(['/version must be equal to one of the allowed values ["2.1.0"]']);
        expect(broken(copy => { copy.runs[0].results[0].level = 'fatal'; })).toEqual(['/runs/0/results/0/level must be equal to one of the allowed values ["none","note","warning","error"]']);
        expect(broken(copy => { copy.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0; })).toEqual(['/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1']);
        // The formats are checked too, not just ignored.
        expect(broken(copy => { copy.runs[0].tool.driver.rules.find(r => r.helpUri)!.helpUri = 'not a uri'; })).toEqual([expect.stringMatching(/^\/runs\/0\/tool\/driver\/rules\/\d+\/helpUri must match format "uri"$/)]);
        expect(broken(copy => { (copy.runs[0].results[0] as unknown as Record<string, unknown>).severity = 'error'; })).toEqual(['/runs/0/results/0 must NOT have additional properties']);
    });
});
