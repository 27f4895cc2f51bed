/**
 * The `$journey` problem matcher (package.json contributes.problemMatchers), which puts the
 * findings of the "journey: check" task in the Problems panel, against what `journey check`
 * really prints: every finding line matches, with the same file, position, severity, code and
 * message as the JSON report; nothing else matches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { journey, repoRoot, tempFolder } from '../cli/journey-cli.js';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const [matcher] = manifest.contributes.problemMatchers as { name: string; owner: string; fileLocation: string[]; pattern: Record<string, string | number> }[];
const regexp = new RegExp(matcher.pattern.regexp as string);

interface Finding { file: string; line: number; column: number; severity: string; code: string; message: string }

/** What VS Code reads from a line, by the pattern's group numbers. */
function match(line: string): Finding | undefined {
    const groups = regexp.exec(line);
    if (!groups) return undefined;
    const group = (name: string) => groups[matcher.pattern[name] as number];
    return { file: group('file'), line: Number(group('line')), column: Number(group('column')), severity: group('severity'), code: group('code'), message: group('message') };
}

function findings(args: string[], cwd: string): { lines: string[]; json: Finding[] } {
    const text = journey(['check', ...args], cwd);
    const json = journey(['check', '--format', 'json', ...args], cwd);
    expect(text.stderr + json.stderr).toBe('');
    const reported = (JSON.parse(json.stdout) as { diagnostics: Finding[] }).diagnostics;
    return { lines: text.stdout.trimEnd().split('\n'), json: reported.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message })) };
}

describe('the $journey problem matcher', () => {
    test('is named journey, owns its own markers, and reads paths relative to the workspace folder', () => {
        expect(matcher.name).toBe('journey');
        // Not the language client's diagnostic collection ('journey'): a task run would clear those.
        expect(matcher.owner).not.toBe('journey');
        expect(matcher.fileLocation).toEqual(['autoDetect', '${workspaceFolder}']);
    });

    test('matches every finding journey check prints for the examples and a broken map, and only those', () => {
        const { lines, json } = findings(['examples', 'test/e2e/fixtures/broken.journey'], repoRoot);
        const summary = lines.pop()!;
        expect(summary).toMatch(/^\d+ errors?, \d+ warnings?(, \d+ notes?)? in \d+ files?$/);
        expect(match(summary)).toBeUndefined();
        expect(lines.map(match)).toEqual(json);
        // Each severity is there, so each alternative of the pattern was exercised.
        expect(new Set(json.map(f => f.severity))).toEqual(new Set(['error', 'warning', 'info', 'hint']));
    });

    test('a file name with spaces and a colon, and a Windows path', () => {
        const folder = tempFolder({ 'odd: name.journey': 'journey J { stage S { touchpoint T { channel Phne } } }\n' });
        const { lines, json } = findings(['.'], folder);
        lines.pop();
        expect(json.length).toBeGreaterThan(0);
        expect(lines.map(match)).toEqual(json);
        expect(json[0].file).toBe('odd: name.journey');
        expect(match('C:\\maps\\reset.journey:12:7: warning [missing-owner] Touchpoint T has no owner.')).toEqual({
            file: 'C:\\maps\\reset.journey', line: 12, column: 7, severity: 'warning', code: 'missing-owner', message: 'Touchpoint T has no owner.',
        });
    });

    test('a clean map prints only the summary, which is no problem', () => {
        const { lines, json } = findings(['.'], tempFolder({ 'draft.journey': '// Nothing mapped yet.\n' }));
        expect(json).toEqual([]);
        expect(lines).toEqual(['✓ 0 errors, 0 warnings in 1 file']);
        expect(match(lines[0])).toBeUndefined();
    });
});
