import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from './journey-cli.js';

const folders: string[] = [];
// These tests are about the CLI's contract, so gap rules are off unless a test says otherwise.
const GAPS_OFF = JSON.stringify({ rules: { '*': 'off' } });
function folder(files: Record<string, string>): string {
    const f = tempFolder({ 'journey.config.json': GAPS_OFF, ...files });
    folders.push(f);
    return f;
}
afterAll(() => folders.forEach(f => fs.rmSync(f, { recursive: true, force: true })));

const SHARED = `stakeholder ServiceDesk "Service desk manager" influence high\nchannel Phone\n`;
const BROKEN = `journey J {\n  stage S {\n    touchpoint T { channel Phone owner ServiceDsk emotion 7 }\n  }\n}\n`;

describe('journey check', () => {
    test('the examples pass with no errors (exit 0)', () => {
        const run = journey(['check', 'examples', '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const { diagnostics } = JSON.parse(run.stdout);
        expect(diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    });

    test('errors give exit 1 and the public JSON shape, 1-based', () => {
        const dir = folder({ 'shared.journey': SHARED, 'broken.journey': BROKEN });
        const run = journey(['check', dir, '--format', 'json'], dir);
        expect(run.status).toBe(1);
        expect(JSON.parse(run.stdout).diagnostics).toEqual(
            [
                {
                    file: 'broken.journey', line: 3, column: 40, endLine: 3, endColumn: 50,
                    severity: 'error', code: 'unresolved-reference',
                    message: "No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?",
                },
                {
                    file: 'broken.journey', line: 3, column: 59, endLine: 3, endColumn: 60,
                    severity: 'error', code: 'emotion-out-of-range',
                    message: 'Emotion 7 is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.',
                },
            ],
        );
    });

    test('text output says file:line:col, severity, code and message, then a summary', () => {
        const dir = folder({ 'shared.journey': SHARED, 'maps/broken.journey': BROKEN });
        const run = journey(['check', 'maps/broken.journey', 'shared.journey'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe([
            "maps/broken.journey:3:40: error [unresolved-reference] No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?",
            'maps/broken.journey:3:59: error [emotion-out-of-range] Emotion 7 is not on the scale. Use a whole number from 1 (very negative) to 5 (very positive); 3 is neutral.',
            '2 errors, 0 warnings in 2 files',
            '',
        ].join('\n'));
    });

    test('a named file links against its neighbours, but only its own findings are reported', () => {
        const dir = folder({
            'shared.journey': SHARED + `channel Phone\n`,
            'ok.journey': `journey Ok { stage S { touchpoint T { channel Phone owner ServiceDesk } } }`,
        });
        const run = journey(['check', 'ok.journey', '--format', 'json'], dir);
        expect(JSON.parse(run.stdout).diagnostics).toEqual([]);
        expect(run.status).toBe(0);
    });

    test('warnings alone keep exit 0', () => {
        const dir = folder({ 'w.journey': `ideal journey Better { }`, 'journey.config.json': '{}' });
        const run = journey(['check', '.', '--format', 'json'], dir);
        expect(run.status).toBe(0);
        const { diagnostics } = JSON.parse(run.stdout);
        expect(diagnostics.map((d: { severity: string; code: string }) => [d.severity, d.code])).toEqual([
            ['warning', 'ideal-without-actual'], ['warning', 'missing-outcome'], ['warning', 'missing-persona'],
        ]);
    });

    test('syntax errors are reported with their position', () => {
        const dir = folder({ 's.journey': `journey J {\n  stage S { touchpoint T { ownr X } }\n}\n` });
        const run = journey(['check', 's.journey'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout.split('\n')[0]).toBe("s.journey:2:28: error [syntax-error] 'ownr' is not a touchpoint field. Did you mean 'owner'? A touchpoint takes: channel, owner, emotion, description, need, perception, success, pain, moment of truth, gives up, reaches outcome, repeats, evidence, metric, frontstage, backstage, support, question; close it with '}'.");
    });

    test('folders are searched recursively; other files and hidden folders are ignored', () => {
        const dir = folder({
            'a/b/deep.journey': `journey Deep { }`,
            'a/notes.txt': 'not a map',
            '.hidden/x.journey': `journey Hidden { persona Nobody }`,
            'node_modules/y.journey': `journey Dep { persona Nobody }`,
        });
        const run = journey(['check', '.'], dir);
        expect(run.stdout).toBe('✓ 0 errors, 0 warnings in 1 file\n');
        expect(run.status).toBe(0);
    });

    test('symbolic links are followed, and a file reached twice is checked once', () => {
        const dir = folder({
            'common/shared.journey': SHARED,
            'maps/j.journey': `journey J { stage S { touchpoint T { channel Phone owner ServiceDesk } } }`,
        });
        fs.symlinkSync('../common/shared.journey', path.join(dir, 'maps', 'shared.journey'));
        const viaFolder = journey(['check', 'maps'], dir);
        expect(viaFolder.stdout).toBe('✓ 0 errors, 0 warnings in 2 files\n');
        const twice = journey(['check', 'maps/shared.journey', 'common'], dir);
        expect(twice.stdout).toBe('✓ 0 errors, 0 warnings in 1 file\n');
    });

    test('build output and hidden folders are skipped, as in the editor', () => {
        const dir = folder({ 'a.journey': 'persona Alex', 'out/a.journey': 'persona Alex', '.git/a.journey': 'persona Alex', 'dist/b.journey': 'persona Bea' });
        const run = journey(['check', '.'], dir);
        expect(run.stdout).toBe('✓ 0 errors, 0 warnings in 2 files\n');
    });

    test('a byte-order mark does not shift columns', () => {
        const dir = folder({ 'bom.journey': '\uFEFFjourney J { persona X }' });
        const run = journey(['check', 'bom.journey', '--format', 'json'], dir);
        expect(JSON.parse(run.stdout).diagnostics[0]).toMatchObject({ line: 1, column: 21 });
    });

    test('names and paths in any script', () => {
        const dir = folder({ 'χάρτες/ταξίδι.journey': `journey Ταξίδι { persona Κανένας }` });
        const run = journey(['check', '.', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        expect(JSON.parse(run.stdout).diagnostics[0]).toMatchObject({
            file: 'χάρτες/ταξίδι.journey', line: 1, column: 26, message: "No persona named 'Κανένας'. No persona is declared yet.",
        });
    });
});

describe('journey check: gaps and journey.config.json', () => {
    const MAP = `persona Alex\nstakeholder Desk\nchannel Phone\njourney J {\n  persona Alex\n  outcome "Done"\n  stage S {\n    touchpoint T { channel Phone }\n  }\n}\n`;

    test('gaps are reported with the defaults when there is no config', () => {
        const dir = tempFolder({ 'j.journey': MAP });
        folders.push(dir);
        const run = journey(['check', 'j.journey'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe([
            'j.journey:2:13: hint [unused-declaration] The stakeholder \'Desk\' is declared but owns nothing and acts nowhere. Use it, or remove it if it no longer belongs to the map.',
            "j.journey:8:16: warning [missing-owner] Touchpoint 'T' has no owner. Name the stakeholder accountable for it with 'owner <stakeholder>'.",
            '0 errors, 1 warning, 1 note in 1 file',
            '',
        ].join('\n'));
    });

    test('the nearest journey.config.json above the current folder sets severities', () => {
        const dir = folder({ 'journey.config.json': '{ "rules": { "missing-owner": "error", "unused-*": "off" } }', 'maps/j.journey': MAP });
        const run = journey(['check', 'j.journey', '--format', 'json'], path.join(dir, 'maps'));
        expect(run.status).toBe(1);
        const { diagnostics } = JSON.parse(run.stdout);
        expect(diagnostics.map((d: { severity: string; code: string }) => `${d.severity} ${d.code}`)).toEqual(['error missing-owner']);
    });

    test('--config names the file to use', () => {
        const dir = folder({ 'strict.json': '{ "rules": { "*": "error" } }', 'j.journey': MAP });
        const run = journey(['check', 'j.journey', '--config', 'strict.json'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('error [missing-owner]');
    });

    test('a config with mistakes stops the run with each mistake\'s position', () => {
        const dir = folder({
            'journey.config.json': '{\n  // comments are fine\n  "rules": { "missing-ownr": "warning", "empty-stage": "loud" },\n  "thresholds": { "emotionGap": 0 }\n}\n',
            'j.journey': MAP,
        });
        const run = journey(['check', 'j.journey'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe([
            "journey: journey.config.json:3:14: no rule matches 'missing-ownr': did you mean 'missing-owner'?",
            "journey: journey.config.json:3:56: 'loud' is not a severity: use off, hint, info, warning or error",
            'journey: journey.config.json:4:33: emotionGap must be a whole number of at least 1',
            '',
        ].join('\n'));
    });

    test('a config that is not JSON', () => {
        const dir = folder({ 'journey.config.json': '{ "rules": ', 'j.journey': MAP });
        const run = journey(['check', 'j.journey'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^journey: journey\.config\.json:1:\d+: not valid JSON: /);
    });

    test('--format json adds a gaps section: per journey, per actual/ideal pair with emotions, and declarations', () => {
        const dir = tempFolder({
            'people.journey': 'persona Alex\nstakeholder Desk\nstakeholder Unused\nchannel Phone\n',
            'now.journey': 'journey Now {\n  persona Alex\n  outcome "Done"\n  stage S {\n    touchpoint Call { channel Phone owner Desk emotion 1 }\n    touchpoint Wait { channel Phone owner Desk emotion 3 }\n  }\n  improvement Fix { addresses Call owner Desk priority P1 }\n}\n',
            'ideal.journey': 'ideal journey Better improves Now {\n  persona Alex\n  outcome "Done"\n  stage S {\n    touchpoint Call { channel Phone owner Desk emotion 4 }\n  }\n}\n',
        });
        folders.push(dir);
        const run = journey(['check', '.', '--format', 'json'], dir);
        const { gaps } = JSON.parse(run.stdout);
        expect(gaps.journeys.map((j: { journey: string; file: string; counts: object }) => [j.journey, j.file, j.counts])).toEqual([
            ['Better', 'ideal.journey', {}],
            ['Now', 'now.journey', { 'emotion-gap': 1, 'extra-step': 1 }],
        ]);
        expect(gaps.pairs).toEqual([{
            actual: 'Now', ideal: 'Better', counts: { 'emotion-gap': 1, 'extra-step': 1 },
            emotions: [{ touchpoint: 'Call', actual: 1, ideal: 4, shortfall: 3 }],
            gaps: [
                expect.objectContaining({ file: 'now.journey', line: 5, column: 56, code: 'emotion-gap', severity: 'warning' }),
                expect.objectContaining({ file: 'now.journey', line: 6, column: 16, code: 'extra-step', severity: 'info' }),
            ],
        }]);
        expect(gaps.declarations.map((d: { file: string; line: number; code: string }) => [d.file, d.line, d.code])).toEqual([['people.journey', 3, 'unused-declaration']]);
    });

    test('two ideal journeys improving one actual journey: each place is counted once', () => {
        const dir = tempFolder({
            'people.journey': 'persona Alex\nstakeholder Desk\nchannel Phone\n',
            'now.journey': 'journey Now {\n  persona Alex\n  outcome "Done"\n  stage S {\n    touchpoint Call { channel Phone owner Desk emotion 3 }\n    touchpoint Wait { channel Phone owner Desk emotion 3 }\n  }\n}\n',
            'a.journey': 'ideal journey A improves Now { persona Alex outcome "Done" stage S { touchpoint Call { channel Phone owner Desk emotion 4 } } }\n',
            'b.journey': 'ideal journey B improves Now { persona Alex outcome "Done" stage S { touchpoint Call { channel Phone owner Desk emotion 4 } } }\n',
        });
        folders.push(dir);
        const { gaps } = JSON.parse(journey(['check', '.', '--format', 'json'], dir).stdout);
        const now = gaps.journeys.find((j: { journey: string }) => j.journey === 'Now');
        expect(now.gaps.filter((g: { code: string }) => g.code === 'extra-step')).toHaveLength(2);
        expect(now.counts).toEqual({ 'extra-step': 1 });
        expect(gaps.pairs.map((p: { ideal: string; counts: object }) => [p.ideal, p.counts])).toEqual([['A', { 'extra-step': 1 }], ['B', { 'extra-step': 1 }]]);
    });

    test('a --config file that does not exist', () => {
        const dir = folder({ 'j.journey': MAP });
        const run = journey(['check', 'j.journey', '--config', 'nope.json'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: nope.json: cannot read: no such file or folder\n');
    });
});

describe('journey check: SARIF, GitHub annotations, --max-warnings', () => {
    const MAP = `persona Alex\nstakeholder Desk\nchannel Phone\njourney J {\n  persona Alex\n  outcome "Done: 100%, really"\n  stage S {\n    touchpoint T { channel Phone emotion 2 }\n    touchpoint U { channel Phone owner Desk owner Dsk }\n  }\n}\n`;

    test('--format sarif: SARIF 2.1.0 with every rule described and each result located', () => {
        const dir = tempFolder({ 'maps/j.journey': MAP });
        folders.push(dir);
        const run = journey(['check', 'maps', '--format', 'sarif', '--docs-url', 'https://example.org/journey/docs/rules'], dir);
        expect(run.status).toBe(1);
        const log = JSON.parse(run.stdout);
        expect(log.version).toBe('2.1.0');
        const [sarifRun] = log.runs;
        const rules = sarifRun.tool.driver.rules as { id: string; helpUri?: string; defaultConfiguration: { level: string } }[];
        expect(rules.map(r => r.id)).toEqual(expect.arrayContaining(['syntax-error', 'unresolved-reference', 'missing-owner', 'emotion-gap']));
        expect(rules).toHaveLength(13 + 19);
        expect(rules.find(r => r.id === 'missing-owner')).toMatchObject({ helpUri: 'https://example.org/journey/docs/rules/missing-owner.md', defaultConfiguration: { level: 'warning' } });
        expect(rules.find(r => r.id === 'open-question')!.defaultConfiguration.level).toBe('note');
        const results = sarifRun.results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }[];
        for (const result of results) expect(rules[result.ruleIndex].id).toBe(result.ruleId);
        const missingOwner = results.find(r => r.ruleId === 'missing-owner')!;
        expect(missingOwner.level).toBe('warning');
        expect(missingOwner.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'maps/j.journey', uriBaseId: '%SRCROOT%' },
            region: { startLine: 8, startColumn: 16, endLine: 8, endColumn: 17 },
        });
        expect(results.find(r => r.ruleId === 'duplicate-field')!.level).toBe('error');
    });

    test('--format github: workflow commands with positions and escaped text', () => {
        const dir = tempFolder({ 'j.journey': MAP.replace('channel Phone emotion 2', 'channel Phone emotion 2 owner Desk').replace('owner Desk owner Dsk', 'owner Desk') });
        folders.push(dir);
        const run = journey(['check', '.', '--format', 'github'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('::warning file=j.journey,line=8,col=16,endLine=8,endColumn=17,title=journey unaddressed-pain::Touchpoint \'T\' is a low point');
        const withPercent = journey(['check', '.', '--format', 'github'], tempFolder({ 'm.journey': 'journey M { stage S { touchpoint T { metric Abandonment actual 38% target <= 10% } } }' }));
        expect(withPercent.stdout).toContain('actual 38%25 against a target of at most 10%25.');
    });

    test('--max-warnings: more warnings than allowed fail the check; as many do not', () => {
        const dir = tempFolder({ 'j.journey': 'journey J { stage S }' });
        folders.push(dir);
        const count = JSON.parse(journey(['check', '.', '--format', 'json'], dir).stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'warning').length;
        expect(count).toBe(3);
        expect(journey(['check', '.', '--max-warnings', '3'], dir).status).toBe(0);
        const over = journey(['check', '.', '--max-warnings', '2'], dir);
        expect(over.status).toBe(1);
        expect(over.stderr).toBe('journey: 3 warnings, more than --max-warnings 2\n');
        const bad = journey(['check', '.', '--max-warnings', 'many'], dir);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toBe("journey: --max-warnings: 'many' is invalid: expected a whole number of 0 or more (see journey check --help)\n");
    });
});

describe('journey check: usage and I/O errors exit 2 with one clear line', () => {
    test('a path that does not exist', () => {
        const run = journey(['check', 'no/such/place.journey']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: no/such/place.journey: no such file or folder\n');
        expect(run.stdout).toBe('');
    });

    test('a map that is not UTF-8 text is refused with the position of the first bad byte', () => {
        const dir = folder({});
        fs.writeFileSync(path.join(dir, 'latin1.journey'), Buffer.from('journey J {\n  stage S { touchpoint T { pain "caf\xe9" } }\n}\n', 'latin1'));
        const run = journey(['check', 'latin1.journey'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: latin1.journey:2:37: not UTF-8 text (byte 0xE9); save the file as UTF-8\n');
    });

    test('a neighbour that cannot be read is left out with a note, and the named file is still checked', () => {
        const dir = folder({ 'ok.journey': 'journey Ok { }' });
        fs.writeFileSync(path.join(dir, 'bad.journey'), Buffer.from([0x70, 0xff, 0x0a]));
        const run = journey(['check', 'ok.journey'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('✓ 0 errors, 0 warnings in 1 file\n');
        expect(run.stderr).toBe('journey: note: bad.journey:1:2: not UTF-8 text (byte 0xFF); save the file as UTF-8; its declarations are not used\n');
    });

    test.skipIf(!fs.existsSync('/dev/full'))('a report that cannot be written: one line, exit 2', () => {
        const dir = folder({ 'ok.journey': 'journey Ok { }' });
        const out = fs.openSync('/dev/full', 'w');
        try {
            const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'journey.cjs'), 'check', 'ok.journey'], { cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
            expect(result.status).toBe(2);
            expect(result.stderr).toBe('journey: cannot write the report: ENOSPC: no space left on device, write\n');
        } finally {
            fs.closeSync(out);
        }
    });

    test('a reader that stops early (| head) ends the run quietly', () => {
        const dir = folder({ 'many.journey': Array.from({ length: 3000 }, (_, i) => `journey J${i} { persona Nobody }`).join('\n') });
        const result = spawnSync('bash', ['-c', `node ${JSON.stringify(path.join(repoRoot, 'bin', 'journey.cjs'))} check many.journey | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8' });
        expect(result.stderr).toBe('status=1\n');
    });

    test('a file that is not a map', () => {
        const run = journey(['check', 'README.md']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: README.md: not a .journey file\n');
    });

    test('a folder with no maps', () => {
        const dir = folder({ 'readme.txt': 'nothing here' });
        const run = journey(['check', '.'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('journey: no .journey files found in .\n');
    });

    // root reads any file whatever its mode, so this case can only be shown by another user.
    test.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
        const dir = folder({ 'locked.journey': 'journey L { }' });
        fs.chmodSync(path.join(dir, 'locked.journey'), 0o000);
        const run = journey(['check', 'locked.journey'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('locked.journey: cannot read: permission denied');
    });

    test('an unknown format', () => {
        const run = journey(['check', 'examples', '--format', 'xml']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("journey: --format: 'xml' is invalid: allowed choices are text, json, sarif, github (see journey check --help)\n");
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    test('no paths', () => {
        const run = journey(['check']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("missing required argument 'paths'");
    });

    test('an unknown command', () => {
        const run = journey(['draw']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("unknown command 'draw'");
    });

    test('--help and --version exit 0', () => {
        const help = journey(['--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('check [options] <paths...>');
        const version = journey(['--version']);
        expect(version.status).toBe(0);
        const { version: expected } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
        expect(version.stdout.trim()).toBe(expected);
    });
});
