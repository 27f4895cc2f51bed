import { describe, expect, test } from 'vitest';
import { oneLine } from '../../src/cli/terminal-text.js';
import { journey, tempFolder } from './journey-cli.js';

describe('oneLine', () => {
    test.each([
        ['a\nb', 'a\\nb'],
        ['a\r\nb\tc', 'a\\r\\nb\\tc'],
        ['\u001b]0;owned\u0007\u001b[2J', '\\u{001b}]0;owned\\u{0007}\\u{001b}[2J'],
        ['\u009b31m', '\\u{009b}31m'],
        ['abc\u202edcba', 'abc\\u{202e}dcba'],
        ['\u2066x\u2069 \u2028', '\\u{2066}x\\u{2069} \\u{2028}'],
        ['Café ☕ 日本 — “quoted”', 'Café ☕ 日本 — “quoted”'],
    ])('%j → %j', (text, shown) => expect(oneLine(text)).toBe(shown));
});

test('journey check: a title with a line break and terminal escapes stays on its one line, and cannot act on the terminal', () => {
    const map = 'channel Web "Web"\nstakeholder Desk "Desk"\njourney J "J" {\n  stage S {\n'
        + '    touchpoint T "Line\\nbreak \u001b]0;owned\u0007\u001b[2J" { channel Web owner Dsk emotion 2 }\n  }\n}\n';
    const run = journey(['check', 'map.journey', '--no-color'], tempFolder({ 'map.journey': map }));
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u0007');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings?, \d+ notes? in 1 file$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^map\.journey:\d+:\d+: (error|warning|info|hint) \[[\w-]+\] /);
    expect(run.stdout).toContain('\\u{001b}]0;owned\\u{0007}');
    expect(run.stdout).toContain("No stakeholder named 'Dsk'");
});
