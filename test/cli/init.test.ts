import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TEMPLATE_NAMES, templatesFor } from '../../src/cli/init/templates/index.js';
import { journey, repoRoot, tempFolder, type CliRun } from './journey-cli.js';

const templates = templatesFor('en');
const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };

interface JsonDiagnostic {
    code: string;
    severity: string;
}

/** Every file under a folder, relative to it, with / separators. */
function filesUnder(folder: string, prefix = ''): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? filesUnder(path.join(folder, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`]).sort();
}

/** The rule codes `journey check` reports, each as often as it reports it, sorted. */
function reportedCodes(run: { stdout: string }): string[] {
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] };
    return diagnostics.map(d => d.code).sort();
}

function taughtCodes(teaches: Readonly<Record<string, number>>): string[] {
    return Object.entries(teaches).flatMap(([code, count]) => Array<string>(count).fill(code)).sort();
}

describe.each(TEMPLATE_NAMES)('journey init --template %s', name => {
    const template = templates[name];
    const root = tempFolder({});
    const maps = path.join(root, 'maps');
    let run: CliRun;
    beforeAll(() => {
        run = journey(['init', 'maps', '--template', name], root);
    });

    test('writes the six files and says what it wrote, what the map teaches and what to do next', () => {
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const journeyFile = `${template.baseName}.journey`;
        expect(filesUnder(root)).toEqual([
            'maps/.github/workflows/journey.yml', 'maps/.vscode/extensions.json', `maps/${template.baseName}-ideal.journey`,
            `maps/${journeyFile}`, 'maps/journey.config.json', 'maps/people.journey',
        ].sort());
        const lines = run.stdout.split('\n');
        expect(lines.slice(0, 6)).toEqual([
            'created maps/people.journey',
            `created maps/${journeyFile}`,
            `created maps/${template.baseName}-ideal.journey`,
            'created maps/journey.config.json',
            'created maps/.vscode/extensions.json',
            'created maps/.github/workflows/journey.yml',
        ]);
        const total = Object.values(template.teaches).reduce((a, b) => a + b, 0);
        expect(lines[7]).toMatch(new RegExp(`^This map has ${total} gaps? to fix`));
        for (const code of Object.keys(template.teaches)) expect(lines[7]).toContain(code);
        expect(run.stdout).toMatch(/^ {2}journey check maps {2,}\S/m);
        expect(run.stdout).toMatch(new RegExp(`^ {2}journey preview maps/${journeyFile} {2,}\\S`, 'm'));
        expect(run.stdout).toMatch(/^ {2}code maps {2,}\S/m);
        expect(fs.readFileSync(path.join(maps, 'people.journey'), 'utf8')).toBe(template.people);
        expect(fs.readFileSync(path.join(maps, journeyFile), 'utf8')).toBe(template.actual);
        expect(fs.readFileSync(path.join(maps, `${template.baseName}-ideal.journey`), 'utf8')).toBe(template.ideal);
    });

    test('journey check finds exactly the gaps the template teaches, and no errors', () => {
        const check = journey(['check', '--format', 'json', 'maps'], root);
        expect(check.stderr).toBe('');
        expect(reportedCodes(check)).toEqual(taughtCodes(template.teaches));
        const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: JsonDiagnostic[] };
        expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(check.status).toBe(0);
    });

    test('the maps are in the canonical layout (journey fmt --check)', () => {
        const fmt = journey(['fmt', '--check', 'maps'], root);
        expect(fmt.stdout).toBe('');
        expect(fmt.status).toBe(0);
    });

    test('the ideal journey improves the actual one', () => {
        expect(template.ideal).toMatch(/^ideal journey \w+ "[^"]+" improves \w+ \{/m);
        expect(template.actual).toMatch(/^journey \w+ "[^"]+" \{/m);
    });
});

describe('journey init: the files beside the maps', () => {
    const root = tempFolder({});
    const maps = path.join(root, 'maps');
    let run: CliRun;
    beforeAll(() => {
        run = journey(['init', 'maps'], root);
    });

    test('the workflow uses the journey-maps action with its inputs', () => {
        expect(run.status).toBe(0);
        const workflow = parseYaml(fs.readFileSync(path.join(maps, '.github', 'workflows', 'journey.yml'), 'utf8'));
        const triggers = ['**/*.journey', '**/journey.config.json'];
        expect(workflow.on).toEqual({ pull_request: { paths: triggers }, push: { branches: ['main'], paths: triggers } });
        expect(workflow.permissions).toEqual({ 'contents': 'read', 'security-events': 'write', 'pull-requests': 'write' });
        expect(workflow.jobs.journey['runs-on']).toBe('ubuntu-latest');
        expect(workflow.jobs.journey.steps).toEqual([
            { uses: 'actions/checkout@v4' },
            { uses: 'journey-maps/journey-maps@v0', with: { 'paths': '.', 'fail-on': 'errors', 'sarif': true, 'comment': true } },
        ]);
    });

    test('extensions.json recommends the extension of package.json', () => {
        const extensions = JSON.parse(fs.readFileSync(path.join(maps, '.vscode', 'extensions.json'), 'utf8'));
        expect(extensions).toEqual({ recommendations: [`${packageJson.publisher}.${packageJson.name}`] });
    });

    test('journey.config.json is valid against the schema the extension validates it with', () => {
        const config = JSON.parse(fs.readFileSync(path.join(maps, 'journey.config.json'), 'utf8'));
        const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'journey.config.schema.json'), 'utf8'));
        const validate = new Ajv({ allErrors: true }).compile(schema);
        expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
        expect(config).not.toHaveProperty('$schema');
    });
});

describe('journey init: where it writes', () => {
    test('with no folder: the current one, the blank template, next steps for .', () => {
        const folder = tempFolder({});
        const run = journey(['init'], folder);
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n')[0]).toBe('created people.journey');
        expect(run.stdout).toMatch(/^ {2}journey check \. {2,}\S/m);
        expect(run.stdout).toMatch(/^ {2}journey preview service-request\.journey {2,}\S/m);
        expect(run.stdout).toContain('This map has 1 gap to fix');
        expect(filesUnder(folder)).toContain('service-request.journey');
        expect(filesUnder(folder)).toContain('.github/workflows/journey.yml');
    });

    test('creates the folder and its missing parents', () => {
        const root = tempFolder({});
        const run = journey(['init', 'a/b/c', '-t', 'onboarding'], root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(filesUnder(path.join(root, 'a', 'b', 'c'))).toContain('first-day.journey');
    });

    test('inside a git repository the workflow goes to its root and checks just this folder', () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n' });
        const run = journey(['init', 'teams/service desk'], root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('created .github/workflows/journey.yml\n');
        expect(filesUnder(path.join(root, 'teams', 'service desk'))).not.toContain('.github/workflows/journey.yml');
        const workflow = parseYaml(fs.readFileSync(path.join(root, '.github', 'workflows', 'journey.yml'), 'utf8'));
        expect(workflow.jobs.journey.steps[1].with.paths).toBe('teams/service desk');
        expect(run.stdout).toMatch(/^ {2}journey check 'teams\/service desk' {2,}\S/m);
    });

    test('a folder name YAML would read as something else is quoted in the workflow', () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n' });
        expect(journey(['init', 'true'], root).status).toBe(0);
        const workflow = parseYaml(fs.readFileSync(path.join(root, '.github', 'workflows', 'journey.yml'), 'utf8'));
        expect(workflow.jobs.journey.steps[1].with.paths).toBe('true');
    });
});

describe('journey init: refusals', () => {
    test('writes nothing when a file exists, exits 2 and names the files that exist', () => {
        const folder = tempFolder({ 'people.journey': '// mine\n', 'journey.config.json': '{}\n' });
        const run = journey(['init', '--template', 'incident'], folder);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('journey: nothing written: people.journey, journey.config.json already exist (--force overwrites)\n');
        expect(run.status).toBe(2);
        expect(filesUnder(folder)).toEqual(['journey.config.json', 'people.journey']);
        expect(fs.readFileSync(path.join(folder, 'people.journey'), 'utf8')).toBe('// mine\n');
    });

    test('an existing workflow is never overwritten without --force', () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', '.github/workflows/journey.yml': 'name: mine\n' });
        const run = journey(['init', 'maps'], root);
        expect(run.stderr).toBe('journey: nothing written: .github/workflows/journey.yml already exists (--force overwrites)\n');
        expect(run.status).toBe(2);
        expect(fs.existsSync(path.join(root, 'maps'))).toBe(false);
    });

    test('--force overwrites the files that exist, and says so', () => {
        const folder = tempFolder({ 'people.journey': '// mine\n' });
        const run = journey(['init', '--template', 'password-reset', '--force'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('overwrote people.journey\n');
        expect(run.stdout).toContain('created password-reset.journey\n');
        expect(fs.readFileSync(path.join(folder, 'people.journey'), 'utf8')).toBe(templates['password-reset'].people);
    });

    test('a write that fails part-way leaves nothing behind', () => {
        const folder = tempFolder({ 'maps/.github': 'a file where the workflow folder would go' });
        const run = journey(['init', 'maps'], folder);
        expect(run.stderr).toBe('journey: maps/.github/workflows: cannot create the folder: a part of the path is not a folder\n');
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(filesUnder(folder)).toEqual(['maps/.github']);
        expect(fs.readdirSync(path.join(folder, 'maps'))).toEqual(['.github']);
    });

    test('an unknown template is a usage error that lists the templates', () => {
        const folder = tempFolder({});
        const run = journey(['init', '--template', 'outage'], folder);
        expect(run.status).toBe(2);
        for (const name of TEMPLATE_NAMES) expect(run.stderr).toContain(name);
        expect(run.stdout).toBe('');
        expect(fs.readdirSync(folder)).toEqual([]);
    });

    test('a path that is a file is one line, exit 2', () => {
        const folder = tempFolder({ 'notes.txt': 'x' });
        const run = journey(['init', 'notes.txt'], folder);
        expect(run.stderr).toBe('journey: notes.txt: is a file, not a folder\n');
        expect(run.status).toBe(2);
        const below = journey(['init', 'notes.txt/maps'], folder);
        expect(below.stderr).toBe('journey: notes.txt/maps: a part of the path is not a folder\n');
        expect(below.status).toBe(2);
        expect(filesUnder(folder)).toEqual(['notes.txt']);
    });

    test('--help lists the templates and says it is all or nothing', () => {
        const run = journey(['init', '--help']);
        expect(run.status).toBe(0);
        for (const name of TEMPLATE_NAMES) expect(run.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
        expect(run.stdout).toContain('All or nothing');
    });
});
