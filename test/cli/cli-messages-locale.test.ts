// `journey check --locale`: the summary and the --max-warnings line are in the language asked
// for; each diagnostic line keeps its `file:line:col: severity [code] message` format, which
// problem matchers parse.
import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { formatText, type ReportedDiagnostic } from '../../src/cli/diagnostic-report.js';
import { journey, tempFolder } from './journey-cli.js';

const MAP = `persona Alex "Office worker"
stakeholder Desk "Service desk"
channel Phone "Phone"
journey Reset "Password reset" {
    persona Alex
    stage Help {
        touchpoint Calls "Calls the desk" { channel Phone  emotion 1 }
        touchpoint Waits "Waits" { channel Phone  emotion 2 }
    }
}
`;
const LINE = /^[^:\s][^:]*:\d+:\d+: (error|warning|info|hint) \[[\w.-]+\] \S/;

const folders: string[] = [];
afterAll(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function folderWithMap(): string {
    const folder = tempFolder({ 'reset.journey': MAP });
    folders.push(folder);
    return folder;
}

describe('journey check --locale', () => {
    test('el: a Greek summary, the lines as in English', () => {
        const folder = folderWithMap();
        const english = journey(['check', 'reset.journey'], folder);
        const greek = journey(['check', 'reset.journey', '--locale', 'el'], folder);
        const englishLines = english.stdout.trimEnd().split('\n');
        const greekLines = greek.stdout.trimEnd().split('\n');
        expect(englishLines.length, english.stdout).toBeGreaterThan(1);
        expect(greekLines).toHaveLength(englishLines.length);
        const greekSummary = greekLines.pop()!;
        const englishSummary = englishLines.pop()!;
        expect(englishSummary).toMatch(/^\d+ errors?, \d+ warnings?(, \d+ notes?)? in 1 file$/);
        expect(greekSummary).toMatch(/^\d+ σφάλμα(τα)?, \d+ (προειδοποίηση|προειδοποιήσεις)(, \d+ (σημείωση|σημειώσεις))? σε 1 αρχείο$/);
        for (const line of greekLines) expect(line).toMatch(LINE);
        // The same findings at the same places with the same codes; only the gap messages are Greek.
        const head = (line: string) => line.slice(0, line.indexOf(']') + 1);
        expect(greekLines.map(head)).toEqual(englishLines.map(head));
        expect(greek.status).toBe(english.status);
    });

    test('da: the --max-warnings line is in Danish, with the option named as typed', () => {
        const folder = folderWithMap();
        const run = journey(['check', 'reset.journey', '--locale', 'da', '--max-warnings', '0'], folder);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^journey: \d+ advarsler, flere end --max-warnings 0\n$/);
        expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/ i 1 fil$/);
    });

    test('without --locale, the English summary and --max-warnings line as before', () => {
        const folder = folderWithMap();
        const run = journey(['check', 'reset.journey', '--max-warnings', '0'], folder);
        expect(run.stderr).toMatch(/^journey: \d+ warnings, more than --max-warnings 0\n$/);
        expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/ in 1 file$/);
    });
});

describe('formatText in each locale', () => {
    const at = (severity: ReportedDiagnostic['severity']): ReportedDiagnostic => ({ file: 'a.journey', line: 1, column: 2, endLine: 1, endColumn: 3, severity, code: 'c', message: 'm' });
    const all = [at('error'), at('warning'), at('warning'), at('info')];

    test.each([
        ['en', '1 error, 2 warnings, 1 note in 1 file'],
        ['el', '1 σφάλμα, 2 προειδοποιήσεις, 1 σημείωση σε 1 αρχείο'],
        ['da', '1 fejl, 2 advarsler, 1 bemærkning i 1 fil'],
        ['it', '1 errore, 2 avvisi, 1 nota in 1 file'],
        ['es', '1 error, 2 advertencias, 1 nota en 1 archivo'],
    ] as const)('%s: the summary, the lines unchanged', (locale, summary) => {
        expect(formatText(all, 1, undefined, locale)).toBe(`${formatText(all, 1).split('\n').slice(0, 4).join('\n')}\n${summary}\n`);
    });

    test('nothing found: the tick, then zero counts in the plural', () => {
        expect(formatText([], 3, undefined, 'el')).toBe('✓ 0 σφάλματα, 0 προειδοποιήσεις σε 3 αρχεία\n');
        expect(formatText([], 3)).toBe('✓ 0 errors, 0 warnings in 3 files\n');
    });
});
