import { describe, expect, test } from 'vitest';
import { exportMermaid } from '../../src/interop/mermaid-export.js';
import { isLineStartTrap, mermaidActor, mermaidTaskName, mermaidText } from '../../src/interop/mermaid-text.js';
import { build, exampleFiles } from './interop-fixtures.js';

const PEOPLE = 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\nstakeholder Iam\nchannel Phone\n';

async function exported(journey: string, options: { metadata?: boolean } = {}, people = PEOPLE): Promise<string> {
    const { model } = await build({ 'people.journey': people, 'map.journey': journey });
    return exportMermaid(model, model.journeys.find(j => j.source.uri.endsWith('map.journey'))!.name, options);
}

/** The diagram without its metadata comments. */
function plain(text: string): string {
    return text.split('\n').filter(line => !line.trim().startsWith('%%')).join('\n');
}

/** The records of the `%% journey-maps:` lines, parsed. */
function records(text: string): Array<Record<string, unknown>> {
    return text.split('\n').filter(l => l.trim().startsWith('%% journey-maps:')).map(l => JSON.parse(l.trim().slice('%% journey-maps:'.length)));
}

describe('exportMermaid: the diagram', () => {
    test('title, a section per stage, a task per touchpoint with its score, the persona and the owner as actors', async () => {
        const text = await exported(`journey Reset "Password reset" {
    persona Alex
    stage Detect "Can't log in" {
        touchpoint CantLogIn "Can't log into their machine" { channel Phone owner Desk emotion 2 confused }
        touchpoint Retries { emotion 1 }
    }
    stage Resolve {
        touchpoint Reset "Resets it" { owner Iam emotion 4 }
    }
}`, { metadata: false });
        expect(text).toBe([
            'journey',
            '    title Password reset',
            '    accTitle: Journey map: Password reset',
            "    accDescr: The journey of Alex (Office worker), in 2 stages and 3 touchpoints. Stages: Can't log in, Resolve. Lowest point: Retries in Can't log in, emotion 1 of 5.",
            "    section Can't log in",
            "        Can't log into their machine: 2: Office worker, Service desk",
            '        Retries: 1: Office worker',
            '    section Resolve',
            '        Resets it: 4: Office worker, Iam',
            '',
        ].join('\n'));
    });

    test('a journey without a title shows its name; without persona or owner a task has no actors', async () => {
        const text = await exported('journey Reset { stage S { touchpoint Call { emotion 5 } } }', { metadata: false });
        expect(text).toBe([
            'journey',
            '    title Reset',
            '    accTitle: Journey map: Reset',
            '    accDescr: A journey in 1 stage and 1 touchpoint. Stages: S. Lowest point: Call in S, emotion 5 of 5.',
            '    section S',
            '        Call: 5',
            '',
        ].join('\n'));
    });

    test('the same actor for persona and owner is listed once', async () => {
        const text = await exported('journey R { persona Alex stage S { touchpoint T { owner Me emotion 3 } } }', { metadata: false },
            'persona Alex "Office worker"\nstakeholder Me "Office worker"\n');
        expect(text).toContain('        T: 3: Office worker\n');
    });
});

describe('exportMermaid: escaping', () => {
    test(':, ; and # become entity codes in titles, sections, tasks and actors; a , only in actors', async () => {
        const text = await exported(`journey R "Reset: #1; now" {
    persona Alex
    stage S "Step: one #2; x" {
        touchpoint T "Call: wait #3; then, go" { owner Desk emotion 2 }
    }
}`, { metadata: false }, 'persona Alex "Me: the #1; really"\nstakeholder Desk "Desk, first line"\n');
        expect(text).toBe([
            'journey',
            '    title Reset#58; #35;1#59; now',
            '    accTitle: Journey map: Reset: #35;1; now',
            '    accDescr: The journey of Alex (Me: the #35;1; really), in 1 stage and 1 touchpoint. Stages: Step: one #35;2; x. Lowest point: Call: wait #35;3; then, go in Step: one #35;2; x, emotion 2 of 5.',
            '    section Step#58; one #35;2#59; x',
            '        Call#58; wait #35;3#59; then, go: 2: Me#58; the #35;1#59; really, Desk#44; first line',
            '',
        ].join('\n'));
    });

    test('< (Mermaid would break the line at <br>), %% (a directive) and control characters are escaped', () => {
        expect(mermaidText('a <br> b')).toBe('a #60;br> b');
        expect(mermaidText('50%% {init}')).toBe('50#37;% {init}');
        expect(mermaidText('50% done')).toBe('50% done');
        expect(mermaidText('tab\there\nnew')).toBe('tab#9;here#10;new');
        expect(mermaidActor('Desk, first')).toBe('Desk#44; first');
    });

    test('a task text that would start a title, section, journey, accTitle or accDescr line gets its first letter escaped', () => {
        expect(mermaidTaskName('title page')).toBe('#116;itle page');
        expect(mermaidTaskName('TITLE page')).toBe('#84;ITLE page');
        // A tab is written as an entity code anyway, and `Title#9;` is no keyword any more.
        expect(mermaidTaskName('Title\tpage')).toBe('Title#9;page');
        expect(mermaidTaskName('section two')).toBe('#115;ection two');
        expect(mermaidTaskName('Section two')).toBe('#83;ection two');
        expect(mermaidTaskName('journey')).toBe('#106;ourney');
        expect(mermaidTaskName('Journey-planner')).toBe('#74;ourney-planner');
        expect(mermaidTaskName('JOURNEY planner')).toBe('#74;OURNEY planner');
        expect(mermaidTaskName('accTitle')).toBe('#97;ccTitle');
        expect(mermaidTaskName('accDescr')).toBe('#97;ccDescr');
        expect(mermaidTaskName('accDescr { x }')).toBe('#97;ccDescr { x }');
    });

    test('words that only begin like a keyword are left alone', () => {
        for (const text of ['Titles and names', 'title', 'Sections', 'journeyman', 'accTitle of the page', 'accDescription']) {
            expect(mermaidTaskName(text)).toBe(text);
            expect(isLineStartTrap(text)).toBe(false);
        }
    });

    test('a task text that Mermaid would read as a comment, or whose leading spaces it would drop, is escaped', () => {
        expect(mermaidTaskName('%done')).toBe('#37;done');
        expect(mermaidTaskName('a%%b')).toBe('a#37;%b');
        expect(mermaidTaskName('#3 is an issue')).toBe('#35;3 is an issue');
        expect(mermaidTaskName('  title')).toBe('#32;#32;title');
    });

    test('the traps in a whole export', async () => {
        const text = await exported(`journey R {
    stage S {
        touchpoint A "title page" { emotion 2 }
        touchpoint B "section two" { emotion 2 }
        touchpoint C "Journey" { emotion 2 }
    }
}`, { metadata: false });
        expect(text.split('\n').slice(5, 8)).toEqual(['        #116;itle page: 2', '        #115;ection two: 2', '        #74;ourney: 2']);
        for (const line of text.split('\n').slice(5)) expect(line.trim()).not.toMatch(/^(title\s|section\s|journey)/i);
    });
});

describe('exportMermaid: scores', () => {
    test('whole emotions 1–5 are the score; others are rounded into 1–5, and the metadata keeps them', async () => {
        const text = await exported(`journey R {
    stage S {
        touchpoint A { emotion 4 }
        touchpoint B { emotion 2.5 }
        touchpoint C { emotion 7 }
        touchpoint D { emotion -1 }
        touchpoint E { emotion 0 }
    }
}`);
        expect(plain(text).split('\n').slice(5, 10).map(l => l.trim())).toEqual(['A: 4', 'B: 3', 'C: 5', 'D: 1', 'E: 1']);
        const touchpoints = records(text).filter(r => r.kind === 'touchpoint');
        expect(touchpoints.map(r => r.score)).toEqual([undefined, 2.5, 7, -1, 0]);
    });

    test('a touchpoint with no emotion gets the neutral 3, and the metadata says it had none', async () => {
        const text = await exported('journey R { stage S { touchpoint A touchpoint B { emotion 3 calm } } }');
        expect(plain(text)).toContain('        A: 3\n        B: 3\n');
        const [a, b] = records(text).filter(r => r.kind === 'touchpoint');
        expect(a).toEqual({ kind: 'touchpoint', name: 'A', noEmotion: true });
        expect(b).toEqual({ kind: 'touchpoint', name: 'B', feeling: 'calm' });
    });
});

describe('exportMermaid: metadata', () => {
    test('each record sits just before the line it describes; journey-wide ones at the top and the end', async () => {
        const text = await exported(`journey Reset "Password reset" {
    persona Alex
    outcome "Back at work"
    stage Detect "Can't log in" {
        description "First signs"
        touchpoint CantLogIn "Can't log in" { channel Phone owner Desk emotion 2 confused need "Why" pain "Nothing said" moment of truth }
    }
    improvement Fix "Say why" { addresses CantLogIn owner Desk priority P1 }
    question "Why?" { about CantLogIn }
}`);
        expect(text).toBe([
            'journey',
            '    %% journey-maps: {"kind":"persona","name":"Alex","title":"Office worker","shared":true}',
            '    %% journey-maps: {"kind":"stakeholder","name":"Desk","title":"Service desk","shared":true}',
            '    %% journey-maps: {"kind":"channel","name":"Phone","shared":true}',
            '    %% journey-maps: {"kind":"journey","format":1,"name":"Reset","title":"Password reset","persona":"Alex","outcome":"Back at work","actors":{"Alex":"Office worker","Desk":"Service desk"}}',
            '    title Password reset',
            '    accTitle: Journey map: Password reset',
            "    accDescr: The journey of Alex (Office worker), in 1 stage and 1 touchpoint. Stages: Can't log in. Lowest point: Can't log in in Can't log in, emotion 2 of 5.",
            '    %% journey-maps: {"kind":"stage","name":"Detect","title":"Can\'t log in","description":"First signs"}',
            "    section Can't log in",
            '        %% journey-maps: {"kind":"touchpoint","name":"CantLogIn","title":"Can\'t log in","channel":"Phone","owner":"Desk","needs":["Why"],"pains":["Nothing said"],"momentOfTruth":true,"feeling":"confused"}',
            "        Can't log in: 2: Office worker, Service desk",
            '    %% journey-maps: {"kind":"improvement","name":"Fix","title":"Say why","addresses":["CantLogIn"],"owner":"Desk","priority":"P1"}',
            '    %% journey-maps: {"kind":"question","text":"Why?","about":["CantLogIn"]}',
            '',
        ].join('\n'));
    });

    test('the declarations the journey uses are recorded: its own file\'s, then the shared ones, marked shared', async () => {
        const text = await exported('persona Sam "Student" { goal "Pass" }\nstakeholder Tutor influence high\njourney R { persona Sam stage S { touchpoint T { owner Desk } } }');
        expect(records(text).slice(0, 4)).toEqual([
            { kind: 'persona', name: 'Sam', title: 'Student', goals: ['Pass'] },
            { kind: 'stakeholder', name: 'Tutor', influence: 'high' },
            { kind: 'stakeholder', name: 'Desk', title: 'Service desk', shared: true },
            { kind: 'journey', format: 1, name: 'R', persona: 'Sam', actors: { Sam: 'Student', Desk: 'Service desk' } },
        ]);
    });

    test('shared declarations: the persona, every stakeholder that owns or acts, the channels; each once, unused ones not', async () => {
        const text = await exported(`journey R {
    persona Alex
    question "Q" { owner Iam }
    stage S {
        backstage "Unlocks" by Iam
        touchpoint T { channel Phone owner Desk question "Who?" { owner Desk } }
    }
    improvement I { owner Desk }
}`, {}, PEOPLE + 'persona Other\nstakeholder Unused\nchannel Fax\n');
        expect(records(text).filter(r => r.shared)).toEqual([
            { kind: 'persona', name: 'Alex', title: 'Office worker', shared: true },
            { kind: 'stakeholder', name: 'Desk', title: 'Service desk', shared: true },
            { kind: 'stakeholder', name: 'Iam', shared: true },
            { kind: 'channel', name: 'Phone', shared: true },
        ]);
    });

    test('no % and no line separator inside a comment: Mermaid looks for %%{directives}%% even in comments', async () => {
        const text = await exported('journey R { stage S { touchpoint T "50%%{init}%%" { pain "100% sure\u2028really" } } }');
        const line = text.split('\n').find(l => l.includes('"kind":"touchpoint"'))!;
        expect(line.slice(line.indexOf('{'))).not.toMatch(/[%\u2028]/);
        expect(records(text).find(r => r.kind === 'touchpoint')).toMatchObject({ title: '50%%{init}%%', pains: ['100% sure\u2028really'] });
    });

    test('metadata: false gives the same diagram without the comments', async () => {
        const { model } = await build(exampleFiles());
        for (const journey of model.journeys) {
            const full = exportMermaid(model, journey.name);
            const bare = exportMermaid(model, journey.name, { metadata: false });
            expect(bare).toBe(plain(full));
            expect(bare).not.toContain('%%');
        }
    });

    test('an unknown journey is an error', async () => {
        const { model } = await build({ 'a.journey': 'journey R {}' });
        expect(() => exportMermaid(model, 'Nope')).toThrow("no journey named 'Nope'");
    });
});

describe('exportMermaid: what a screen reader announces', () => {
    const JOURNEY = `journey Reset "Password reset" {
    persona Alex
    stage Detect "Can't log in" {
        touchpoint CantLogIn "Can't log into their machine" { channel Phone owner Desk emotion 2 confused }
        touchpoint Retries { emotion 1 }
    }
    stage Resolve {
        touchpoint Reset "Resets it" { owner Iam emotion 4 }
    }
}`;

    test('accTitle names the map; accDescr, without a description, sums it up: persona, stages, lowest point', async () => {
        const lines = (await exported(JOURNEY, { metadata: false })).split('\n');
        expect(lines.slice(1, 4)).toEqual([
            '    title Password reset',
            '    accTitle: Journey map: Password reset',
            "    accDescr: The journey of Alex (Office worker), in 2 stages and 3 touchpoints. Stages: Can't log in, Resolve. Lowest point: Retries in Can't log in, emotion 1 of 5.",
        ]);
    });

    test('accDescr is the journey\'s own description when it has one, on one line', async () => {
        const text = await exported(JOURNEY.replace('persona Alex', 'persona Alex\n    description "From six interviews;\\n  March #3"'), { metadata: false });
        expect(text.split('\n')[3]).toBe('    accDescr: From six interviews; March #35;3'); // Mermaid shows '#3'
    });

    test('in the journey\'s own language', async () => {
        const text = await exported(JOURNEY.replace('persona Alex', 'persona Alex\n    language el'), { metadata: false });
        expect(text.split('\n')[2]).toBe('    accTitle: Χάρτης διαδρομής πελάτη: Password reset');
        expect(text.split('\n')[3]).toMatch(/^    accDescr: \S/);
        expect(text.split('\n')[3]).not.toContain('The journey of');
    });
});
