/**
 * The map "Journey Maps: New Journey Map" opens (the walkthrough's first step): the blank
 * `journey init` template in one file, with one gap to fix, and no clash with the names the
 * workspace already declares.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { templatesFor } from '../../src/cli/init/templates/index.js';
import { starterMapText } from '../../src/extension/walkthrough/starter-map.js';
import { journey, repoRoot, tempFolder } from '../cli/journey-cli.js';

interface Finding { file: string; severity: string; code: string; message: string }

function check(files: Record<string, string>): Finding[] {
    const run = journey(['check', '--format', 'json', '.'], tempFolder(files));
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as { diagnostics: Finding[] }).diagnostics;
}

describe('the starter map', () => {
    test('is the blank template: its people, the journey and its ideal, in one file', () => {
        const { people, actual, ideal } = templatesFor('en').blank;
        expect(starterMapText()).toBe(`${people}\n${actual}\n${ideal}`);
    });

    test('has no errors and exactly the gaps the template teaches (a touchpoint without an owner)', () => {
        const codes = check({ 'journey-map.journey': starterMapText() }).map(d => `${d.severity} ${d.code}`);
        expect(codes).toEqual(Object.entries(templatesFor('en').blank.teaches).flatMap(([code, n]) => Array<string>(n).fill(`warning ${code}`)));
    });

    test('in a workspace that declares the same names, renames its own, outside strings, and adds no error', () => {
        const workspace = [
            'persona Employee "Someone else"',
            'stakeholder ServiceDesk "Our desk"',
            'stakeholder Employee "A stakeholder may share a persona\'s name"',
            'channel Portal "Our portal"',
            'channel Portal2 "Taken too"',
            'journey ServiceRequest "Ours" { persona Employee  outcome "Done" stage S { touchpoint T { channel Portal  owner ServiceDesk  emotion 3 } } }',
        ].join('\n');
        const text = starterMapText({
            persona: new Set(['Employee']), stakeholder: new Set(['ServiceDesk', 'Employee']),
            channel: new Set(['Portal', 'Portal2']), journey: new Set(['ServiceRequest']),
        });
        expect(text).toMatch(/^persona Employee2 "Employee" \{$/m);
        expect(text).toMatch(/^stakeholder ServiceDesk2 "Service desk"/m);
        expect(text).toMatch(/^channel Portal3 "Self-service portal"$/m);
        expect(text).toMatch(/^journey ServiceRequest2 "Requests a service/m);
        expect(text).toMatch(/^ideal journey ServiceRequestIdeal "[^"]*" improves ServiceRequest2 \{$/m);
        // References and comments follow the rename; the ideal journey's own name was free.
        expect(text).toContain('channel Portal3  owner ServiceDesk2  emotion 4');
        expect(text).toContain('Add owner ServiceDesk2 to close the gap');
        const findings = check({ 'people.journey': workspace, 'journey-map.journey': text });
        expect(findings.filter(d => d.severity === 'error')).toEqual([]);
        expect(findings.filter(d => d.file.endsWith('journey-map.journey')).map(d => d.code)).toEqual(['missing-owner']);
    });

    test('the walkthrough shows an excerpt of it, which parses and uses its names', () => {
        const markdown = fs.readFileSync(path.join(repoRoot, 'docs', 'walkthrough', 'create-map.md'), 'utf8');
        const excerpt = /```journey\n([\s\S]*?)```/.exec(markdown)?.[1];
        expect(excerpt).toBeDefined();
        const names = [...excerpt!.matchAll(/^\s*(?:persona|stakeholder|channel|journey|stage|touchpoint) (\w+)/gm)].map(m => m[1]);
        expect(names.length).toBeGreaterThan(5);
        for (const name of names) expect(starterMapText(), name).toMatch(new RegExp(`\\b(persona|stakeholder|channel|journey|stage|touchpoint) ${name}\\b`));
        expect(check({ 'excerpt.journey': excerpt! }).filter(d => d.severity === 'error')).toEqual([]);
    });
});
