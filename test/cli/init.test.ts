import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runInit } from '../../src/cli/init/init-command.js';
import { workflowFile } from '../../src/cli/init/project-files.js';
import { TEMPLATE_NAMES, templatesFor } from '../../src/cli/init/templates/index.js';
import { workflowChecksFolder } from '../../src/cli/init/workflow-coverage.js';
import { FileExistsError, writeNewFileAtomic } from '../../src/cli/write-file-atomic.js';
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
        expect(run.stdout).toMatch(/^ {2}code maps {2,}opens it in VS Code; \.vscode\/extensions\.json recommends the Journey Maps extension \(install its \.vsix: see the README's Install\)$/m);
        expect(run.stdout).not.toContain('warning:');
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
        expect(workflow.permissions).toEqual({ 'contents': 'read', 'actions': 'read', 'security-events': 'write', 'pull-requests': 'write' });
        expect(workflow.concurrency).toEqual({ 'group': 'journey-${{ github.ref }}', 'cancel-in-progress': true });
        expect(workflow.jobs.journey['runs-on']).toBe('ubuntu-latest');
        expect(workflow.jobs.journey.steps).toEqual([
            { uses: 'actions/checkout@v5' },
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
        expect(journey(['init', '.5'], root).status).toBe(0);
        const workflow = parseYaml(fs.readFileSync(path.join(root, '.github', 'workflows', 'journey.yml'), 'utf8'));
        expect(workflow.jobs.journey.steps[1].with.paths).toBe('.5');
    });

    const trickyNames = ['.5', '1e3', '0x1F', 'y', 'n', 'Y', 'N', '~', 'null', 'true', 'on', '-x', 'a: b', '#x', 'a #b', 'service desk', '${{ x }}', 'teams/.inf', 'é\u0085\u009f'];
    test.each(trickyNames)('the folder %j reads back as itself in YAML 1.2 and 1.1', name => {
        const text = workflowFile(name);
        for (const version of ['1.2', '1.1'] as const) {
            const workflow = parseYaml(text, { version });
            expect(workflow.jobs.journey.steps[1].with.paths).toBe(name);
            expect(workflow.name).toBe('Journey maps');
        }
    });

    test('a plain folder name stays plain', () => {
        expect(workflowFile('teams/service-desk')).toMatch(/^ {10}paths: teams\/service-desk {2,}#/m);
    });
});

describe('journey init: the workflow every map folder of a repository shares', () => {
    const workflowOf = (root: string) => fs.readFileSync(path.join(root, '.github', 'workflows', 'journey.yml'), 'utf8');

    test('a second init in the same repository keeps the workflow, writes the folder and says what to add', () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n' });
        expect(journey(['init', 'maps'], root).status).toBe(0);
        const before = workflowOf(root);
        const run = journey(['init', 'other-folder', '-t', 'incident'], root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n').slice(0, 6)).toEqual([
            'created other-folder/people.journey',
            'created other-folder/major-incident.journey',
            'created other-folder/major-incident-ideal.journey',
            'created other-folder/journey.config.json',
            'created other-folder/.vscode/extensions.json',
            'kept .github/workflows/journey.yml (it exists): add other-folder to its paths: input to check these maps too',
        ]);
        expect(workflowOf(root)).toBe(before);
        expect(filesUnder(path.join(root, 'other-folder'))).toContain('major-incident.journey');
    });

    test('says so when the workflow already checks the folder', () => {
        const workflow = 'on: pull_request\njobs:\n  maps:\n    steps:\n      - uses: journey-maps/journey-maps@v0\n        with:\n          paths: |\n            maps\n            teams\n';
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', '.github/workflows/journey.yml': workflow });
        const run = journey(['init', 'teams/desk'], root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('\nkept .github/workflows/journey.yml (it already checks teams/desk)\n');
        expect(workflowOf(root)).toBe(workflow);
    });

    test('--force never replaces the workflow', () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', '.github/workflows/journey.yml': 'name: mine\n', 'maps/people.journey': '// mine\n' });
        const run = journey(['init', 'maps', '--force'], root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('overwrote maps/people.journey\n');
        expect(run.stdout).toContain('kept .github/workflows/journey.yml (it exists): add maps to its paths: input to check these maps too\n');
        expect(workflowOf(root)).toBe('name: mine\n');
    });

    const step = (withPaths?: string) => `jobs:\n  j:\n    steps:\n      - uses: actions/checkout@v5\n      - uses: journey-maps/journey-maps@v0\n${withPaths === undefined ? '' : `        with:\n          paths: ${withPaths}\n`}`;
    test.each([
        [step(), 'maps', true],
        [step('.'), 'teams/desk', true],
        [step('./teams/'), 'teams/desk', true],
        [step('teams'), 'teams', true],
        [step('teams/*'), 'teams/desk', true],
        [step("'**/*.journey'"), 'teams/desk', true],
        [step('"maps\\nteams"'), 'teams', true],
        [step('maps'), 'teams', false],
        [step('teams/desk'), 'teams', false],
        [step('maps'), 'maps-old', false],
        [step('.'), 'docs/.maps', false],
        [step('.'), 'node_modules/maps', false],
        ['jobs:\n  j:\n    steps:\n      - uses: someone/else@v1\n', 'maps', false],
        ['jobs: [unclosed\n', 'maps', false],
    ])('workflowChecksFolder(%j, %j) is %s', (workflow, folder, expected) => {
        expect(workflowChecksFolder(workflow, folder)).toBe(expected);
    });

    test("a folder whose path holds '${{' is refused: GitHub would evaluate it", () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n' });
        const run = journey(['init', 'a${{ x }}'], root);
        expect(run.stderr).toBe("journey: a${{ x }}: its path holds '${{', which GitHub would evaluate as an expression in the workflow: rename the folder\n");
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(filesUnder(root)).toEqual(['.git/HEAD']);
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

    test('an existing workflow does not count: the folder files that exist are named, and nothing is written', () => {
        const root = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', '.github/workflows/journey.yml': 'name: mine\n', 'maps/journey.config.json': '{}\n' });
        const run = journey(['init', 'maps'], root);
        expect(run.stderr).toBe('journey: nothing written: maps/journey.config.json already exists (--force overwrites)\n');
        expect(run.status).toBe(2);
        expect(filesUnder(root)).toEqual(['.git/HEAD', '.github/workflows/journey.yml', 'maps/journey.config.json']);
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

    test('--force through a link rewrites the linked file and says where it is', () => {
        const folder = tempFolder({ 'shared/people.journey': '// mine\n' });
        fs.mkdirSync(path.join(folder, 'maps'));
        fs.symlinkSync(path.join('..', 'shared', 'people.journey'), path.join(folder, 'maps', 'people.journey'));
        const run = journey(['init', 'maps', '--force'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('overwrote maps/people.journey (a link to shared/people.journey)\n');
        expect(fs.lstatSync(path.join(folder, 'maps', 'people.journey')).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(path.join(folder, 'shared', 'people.journey'), 'utf8')).toBe(templates.blank.people);
    });

    test('--force checks every file before it writes any: a folder in the way leaves the rest untouched', () => {
        const folder = tempFolder({ 'people.journey': '// mine\n', 'journey.config.json/keep': 'x' });
        const run = journey(['init', '--force'], folder);
        expect(run.stderr).toBe('journey: journey.config.json: is a folder, cannot overwrite it\n');
        expect(run.status).toBe(2);
        expect(filesUnder(folder)).toEqual(['journey.config.json/keep', 'people.journey']);
        expect(fs.readFileSync(path.join(folder, 'people.journey'), 'utf8')).toBe('// mine\n');
    });

    test('--force refuses a link to nothing before it writes', () => {
        const folder = tempFolder({ 'people.journey': '// mine\n' });
        fs.symlinkSync('gone.journey', path.join(folder, 'service-request.journey'));
        const run = journey(['init', '--force'], folder);
        expect(run.stderr).toBe('journey: service-request.journey: is a link to a file that does not exist, cannot overwrite it\n');
        expect(run.status).toBe(2);
        expect(filesUnder(folder)).toEqual(['people.journey', 'service-request.journey']);
    });

    test('a --force run that fails part-way puts back the files it overwrote', () => {
        // The workflow's folder cannot be made (.github is a file): the last write fails.
        const folder = tempFolder({ 'maps/people.journey': '// mine\n', 'maps/journey.config.json': '{ "rules": {} }\n', 'maps/.github': 'a file' });
        const run = journey(['init', 'maps', '--force'], folder);
        expect(run.stderr).toBe('journey: maps/.github/workflows: cannot create the folder: a part of the path is not a folder\n');
        expect(run.status).toBe(2);
        expect(filesUnder(folder)).toEqual(['maps/.github', 'maps/journey.config.json', 'maps/people.journey']);
        expect(fs.readFileSync(path.join(folder, 'maps', 'people.journey'), 'utf8')).toBe('// mine\n');
        expect(fs.readFileSync(path.join(folder, 'maps', 'journey.config.json'), 'utf8')).toBe('{ "rules": {} }\n');
    });

    test('--force with another template warns about the other maps in the folder', () => {
        const folder = tempFolder({});
        expect(journey(['init', 'maps'], folder).status).toBe(0);
        const run = journey(['init', 'maps', '--force', '-t', 'incident'], folder);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('\nwarning: the other maps in maps (maps/service-request-ideal.journey, maps/service-request.journey) may use names the new people.journey no longer declares: run journey check maps\n');
        const again = journey(['init', 'maps', '--force', '-t', 'incident'], folder);
        expect(again.status).toBe(0);
        expect(again.stdout).not.toContain('warning:');
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
        expect(run.stdout).toContain('init keeps it, even with --force');
    });
});

describe('journey init: a file that appears while it writes', () => {
    const otherwise = '// made by someone else while init ran\n';
    /** Runs init in `root`, creating `appearing` just before init writes it. */
    async function initWhile(root: string, appearing: string, force = false): Promise<unknown> {
        return runInit('maps', { template: 'blank', force }, root, {
            beforeWrite: file => {
                if (file === path.join(root, appearing)) fs.writeFileSync(file, otherwise);
            },
        }).then(() => undefined, (error: unknown) => error);
    }

    test('is never replaced: the run is undone and says why', async () => {
        const root = tempFolder({});
        const error = await initWhile(root, 'maps/journey.config.json');
        expect((error as Error).message).toBe('nothing written: maps/journey.config.json appeared while init was writing (run journey init again)');
        expect(filesUnder(root)).toEqual(['maps/journey.config.json']);
        expect(fs.readFileSync(path.join(root, 'maps', 'journey.config.json'), 'utf8')).toBe(otherwise);
    });

    test('with --force too, and the files it overwrote get their content back', async () => {
        const root = tempFolder({ 'maps/people.journey': '// mine\n' });
        const error = await initWhile(root, 'maps/service-request-ideal.journey', true);
        expect((error as Error).message).toBe('nothing written: maps/service-request-ideal.journey appeared while init was writing (run journey init again)');
        expect(filesUnder(root)).toEqual(['maps/people.journey', 'maps/service-request-ideal.journey']);
        expect(fs.readFileSync(path.join(root, 'maps', 'people.journey'), 'utf8')).toBe('// mine\n');
        expect(fs.readFileSync(path.join(root, 'maps', 'service-request-ideal.journey'), 'utf8')).toBe(otherwise);
    });

    test('writeNewFileAtomic refuses a file that exists and leaves it as it is, with no temporary file behind', async () => {
        const folder = tempFolder({ 'taken.journey': otherwise });
        const error = await writeNewFileAtomic(path.join(folder, 'taken.journey'), 'new\n').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(FileExistsError);
        expect(fs.readFileSync(path.join(folder, 'taken.journey'), 'utf8')).toBe(otherwise);
        await writeNewFileAtomic(path.join(folder, 'free.journey'), 'new\n');
        expect(fs.readFileSync(path.join(folder, 'free.journey'), 'utf8')).toBe('new\n');
        expect(fs.readdirSync(folder).sort()).toEqual(['free.journey', 'taken.journey']);
    });
});
