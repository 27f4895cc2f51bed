import { describe, expect, test } from 'vitest';
import { apply, diagnose, find, quickFixes, quickFixesFor, summary, type Files } from './quick-fix-helpers.js';

const PEOPLE = `persona Alex "Office worker"
stakeholder Desk "Service desk"
stakeholder Iam "Identity team"
channel Phone
channel Portal
`;

/**
 * Applies the fix titled `title` for the first `code` diagnostic in `file`, rebuilds, and
 * checks that exactly that diagnostic is gone and nothing else changed, except the findings
 * the fix resolves as well (`alsoResolved`, e.g. the new owner is no longer unused).
 */
async function applyFix(files: Files, file: string, code: string, title: string, alsoResolved: string[] = []): Promise<Files> {
    const before = await diagnose(files);
    const diagnostic = find(before, file, code);
    const actions = await quickFixes(file, diagnostic);
    const action = actions.find(a => a.title === title);
    expect(action, `offered: ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const fixed = apply(files, action!);
    const after = await diagnose(fixed);
    const gone = summary(before).filter(line => !summary(after).includes(line));
    const added = summary(after).filter(line => !summary(before).includes(line));
    expect(gone.map(line => alsoResolved.find(prefix => line.startsWith(prefix)) ?? line)).toEqual(
        [`${file}:${code}: ${diagnostic.message}`, ...alsoResolved].sort());
    expect(added).toEqual([]);
    return fixed;
}

describe('quick fixes: applied, then validated again', () => {
    test('missing-owner: one fix per declared stakeholder, inserted on its own line', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J {\n    persona Alex\n    outcome "Done"\n    stage S {\n        touchpoint T {\n            channel Phone\n        }\n    }\n}\n',
        };
        const before = await diagnose(files);
        const titles = (await quickFixes('j.journey', find(before, 'j.journey', 'missing-owner'))).map(a => a.title);
        expect(titles).toEqual(['Set owner to Desk (Service desk)', 'Set owner to Iam (Identity team)']);
        const fixed = await applyFix(files, 'j.journey', 'missing-owner', 'Set owner to Iam (Identity team)', ["people.journey:unused-declaration: The stakeholder 'Iam'"]);
        expect(fixed['j.journey']).toBe('journey J {\n    persona Alex\n    outcome "Done"\n    stage S {\n        touchpoint T {\n            owner Iam\n            channel Phone\n        }\n    }\n}\n');
    });

    test('missing-owner on a one-line touchpoint and on one without braces', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Phone } touchpoint U } }\n',
        };
        const once = await applyFix(files, 'j.journey', 'missing-owner', 'Set owner to Desk (Service desk)', ["people.journey:unused-declaration: The stakeholder 'Desk'"]);
        expect(once['j.journey']).toBe('journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Phone owner Desk } touchpoint U } }\n');
        const twice = await applyFix(once, 'j.journey', 'missing-owner', 'Set owner to Desk (Service desk)');
        expect(twice['j.journey']).toBe('journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Phone owner Desk } touchpoint U { owner Desk } } }\n');
    });

    test('unresolved-reference: change to the closest name (preferred), or declare it in the shared file', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J {\n    persona Alex\n    outcome "Done"\n    stage S {\n        touchpoint T { channel Phone owner Dsk }\n    }\n}\n',
        };
        const diagnostic = find(await diagnose(files), 'j.journey', 'unresolved-reference');
        const actions = await quickFixes('j.journey', diagnostic);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ["Change to 'Desk'", true],
            ["Declare stakeholder 'Dsk' in people.journey", false],
        ]);
        const changed = await applyFix(files, 'j.journey', 'unresolved-reference', "Change to 'Desk'", ["people.journey:unused-declaration: The stakeholder 'Desk'"]);
        expect(changed['j.journey']).toContain('owner Desk }');
        const declared = apply(files, actions[1]);
        expect(declared['people.journey']).toBe(PEOPLE.replace('stakeholder Iam "Identity team"', 'stakeholder Iam "Identity team"\nstakeholder Dsk'));
        const after = await diagnose(declared);
        expect(summary(after).filter(l => l.includes('unresolved-reference'))).toEqual([]);
    });

    test('unresolved-reference: a channel with no close name is declared', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Chat owner Desk } } }\n',
        };
        const diagnostic = find(await diagnose(files), 'j.journey', 'unresolved-reference');
        const actions = await quickFixes('j.journey', diagnostic);
        expect(actions.map(a => a.title)).toEqual(["Declare channel 'Chat' in people.journey"]);
        const fixed = apply(files, actions[0]);
        expect(fixed['people.journey']).toBe(`${PEOPLE.trimEnd()}\nchannel Chat\n`);
        // Declared and used: no error, and not unused either.
        expect(summary(await diagnose(fixed)).filter(l => /unresolved-reference|'Chat'/.test(l))).toEqual([]);
    });

    test('unaddressed-pain: an improvement that addresses the low point', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': [
                'journey J {',
                '    persona Alex',
                '    outcome "Done"',
                '    stage S {',
                '        touchpoint Queue "Waits in the queue" { channel Phone owner Desk emotion 1 }',
                '    }',
                '}',
                '',
            ].join('\n'),
        };
        const fixed = await applyFix(files, 'j.journey', 'unaddressed-pain', 'Add an improvement that addresses Queue (owner Desk, priority P2)');
        expect(fixed['j.journey']).toBe([
            'journey J {',
            '    persona Alex',
            '    outcome "Done"',
            '    stage S {',
            '        touchpoint Queue "Waits in the queue" { channel Phone owner Desk emotion 1 }',
            '    }',
            '',
            '    improvement ImproveQueue "Improve: Waits in the queue" {',
            '        addresses Queue',
            '        owner Desk',
            '        priority P2',
            '    }',
            '}',
            '',
        ].join('\n'));
    });

    test('ideal-step-missing: the ideal step is copied into the actual journey as an assumed placeholder', async () => {
        const files = {
            'people.journey': PEOPLE,
            'now.journey': 'journey Now {\n    persona Alex\n    outcome "Done"\n    stage Resolve "Resolves" {\n        touchpoint Call { channel Phone owner Desk emotion 3 }\n    }\n}\n',
            'ideal.journey': 'ideal journey Better improves Now {\n    persona Alex\n    outcome "Done"\n    stage Resolve "Resolves" {\n        touchpoint Call { channel Phone owner Desk emotion 3 }\n        touchpoint SelfReset "Resets alone" { channel Phone owner Iam emotion 4 }\n    }\n}\n',
        };
        const fixed = await applyFix(files, 'ideal.journey', 'ideal-step-missing', 'Copy SelfReset into Now as a placeholder (evidence assumed)');
        expect(fixed['now.journey']).toBe([
            'journey Now {',
            '    persona Alex',
            '    outcome "Done"',
            '    stage Resolve "Resolves" {',
            '        touchpoint Call { channel Phone owner Desk emotion 3 }',
            '        touchpoint SelfReset "Resets alone" {',
            '            channel Phone  owner Iam',
            '            evidence assumed',
            '        }',
            '    }',
            '}',
            '',
        ].join('\n'));
    });

    test('ideal-step-missing in a stage the actual journey lacks: a new stage after the last one', async () => {
        const files = {
            'people.journey': PEOPLE,
            'now.journey': 'journey Now {\n    persona Alex\n    outcome "Done"\n    stage Detect {\n        touchpoint Call { channel Phone owner Desk emotion 3 }\n    }\n}\n',
            'ideal.journey': 'ideal journey Better improves Now {\n    persona Alex\n    outcome "Done"\n    stage Detect {\n        touchpoint Call { channel Phone owner Desk emotion 3 }\n    }\n    stage Follow "Follows up" {\n        touchpoint Survey { channel Phone owner Desk }\n    }\n}\n',
        };
        const fixed = await applyFix(files, 'ideal.journey', 'ideal-step-missing', 'Copy Survey into Now as a placeholder (evidence assumed)');
        expect(fixed['now.journey']).toBe([
            'journey Now {',
            '    persona Alex',
            '    outcome "Done"',
            '    stage Detect {',
            '        touchpoint Call { channel Phone owner Desk emotion 3 }',
            '    }',
            '',
            '    stage Follow "Follows up" {',
            '        touchpoint Survey {',
            '            channel Phone  owner Desk',
            '            evidence assumed',
            '        }',
            '    }',
            '}',
            '',
        ].join('\n'));
    });

    test('the shipped example: copying the lock-screen reset changes nothing else', async () => {
        const fs = await import('node:fs');
        const files = Object.fromEntries(['shared.journey', 'password-reset.journey', 'password-reset-ideal.journey']
            .map(name => [name, fs.readFileSync(`examples/${name}`, 'utf8')]));
        const fixed = await applyFix(files, 'password-reset-ideal.journey', 'ideal-step-missing',
            'Copy ResetsFromLockScreen into PasswordReset as a placeholder (evidence assumed)');
        expect(fixed['password-reset.journey']).toContain('    stage Resolve "Tries to reset the password" {\n        touchpoint ResetsFromLockScreen');
    });

    test('CRLF files get CRLF lines, tab-indented files get tabs', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J {\r\n\tpersona Alex\r\n\toutcome "Done"\r\n\tstage S {\r\n\t\ttouchpoint T {\r\n\t\t\tchannel Phone emotion 1\r\n\t\t}\r\n\t}\r\n}\r\n',
        };
        const owned = await applyFix(files, 'j.journey', 'missing-owner', 'Set owner to Desk (Service desk)', ["people.journey:unused-declaration: The stakeholder 'Desk'"]);
        expect(owned['j.journey']).toContain('\t\ttouchpoint T {\r\n\t\t\towner Desk\r\n\t\t\tchannel Phone');
        const improved = await applyFix(owned, 'j.journey', 'unaddressed-pain', 'Add an improvement that addresses T (owner Desk, priority P2)');
        expect(improved['j.journey']).toContain('\t}\r\n\r\n\timprovement ImproveT "Improve: T" {\r\n\t\taddresses T\r\n\t\towner Desk\r\n\t\tpriority P2\r\n\t}\r\n}\r\n');
        expect(improved['j.journey'].replace(/\r\n/g, '')).not.toContain('\n');
    });

    test('an unowned low point: one improvement per stakeholder, so the stub is not a new gap', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Phone emotion 1 } } }\n',
        };
        const diagnostic = find(await diagnose(files), 'j.journey', 'unaddressed-pain');
        expect((await quickFixes('j.journey', diagnostic)).map(a => a.title)).toEqual([
            'Add an improvement that addresses T (owner Desk, priority P2)', 'Add an improvement that addresses T (owner Iam, priority P2)',
        ]);
    });

    test('a title with a line break or quotes is written back escaped', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J { persona Alex outcome "Done" stage S { touchpoint T "Says \\"no\\"\\nthen waits" { channel Phone owner Desk emotion 1 } } }\n',
        };
        const fixed = await applyFix(files, 'j.journey', 'unaddressed-pain', 'Add an improvement that addresses T (owner Desk, priority P2)');
        expect(fixed['j.journey']).toContain('improvement ImproveT "Improve: Says \\"no\\"\\nthen waits" {');
    });

    test('the same fix is offered once when two diagnostics ask for it', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Phone emotion 3 moment of truth } } }\n',
        };
        const diagnostics = (await diagnose(files))['j.journey'].filter(d => d.code === 'missing-owner' || d.code === 'moment-of-truth-at-risk');
        expect(diagnostics).toHaveLength(2);
        const actions = await quickFixesFor('j.journey', diagnostics);
        expect(actions.map(a => a.title)).toEqual(['Set owner to Desk (Service desk)', 'Set owner to Iam (Identity team)']);
    });

    test('improvement-without-priority: P1 to P4', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J {\n    persona Alex\n    outcome "Done"\n    stage S { touchpoint T { channel Phone owner Desk emotion 2 } }\n    improvement Fix {\n        addresses T\n        owner Desk\n    }\n}\n',
        };
        const diagnostic = find(await diagnose(files), 'j.journey', 'improvement-without-priority');
        expect((await quickFixes('j.journey', diagnostic)).map(a => a.title)).toEqual([
            'Set priority P1 (do first)', 'Set priority P2 (next)', 'Set priority P3 (later)', 'Set priority P4 (when there is time)',
        ]);
        const fixed = await applyFix(files, 'j.journey', 'improvement-without-priority', 'Set priority P1 (do first)');
        expect(fixed['j.journey']).toContain('    improvement Fix {\n        priority P1\n        addresses T\n');
    });

    test('an unowned moment of truth gets the owner fix too', async () => {
        const files = {
            'people.journey': PEOPLE,
            'j.journey': 'journey J { persona Alex outcome "Done" stage S { touchpoint T { channel Phone emotion 3 moment of truth } } }\n',
        };
        const diagnostic = find(await diagnose(files), 'j.journey', 'moment-of-truth-at-risk');
        const actions = await quickFixes('j.journey', diagnostic);
        expect(actions.map(a => a.title)).toContain('Set owner to Desk (Service desk)');
        const after = await diagnose(apply(files, actions[0]));
        expect(summary(after).filter(l => /moment-of-truth-at-risk|missing-owner/.test(l))).toEqual([]);
    });
});
