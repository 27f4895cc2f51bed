import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { claimName, identifierFrom, NAME_KEYWORDS } from '../../src/interop/identifiers.js';
import { draftFromModel, sharedDeclarations } from '../../src/interop/draft-from-model.js';
import { exportMermaid } from '../../src/interop/mermaid-export.js';
import type { JourneyModel, WorkspaceModel } from '../../src/model/journey-model.js';
import { importMermaid, NotAMermaidJourney } from '../../src/interop/mermaid-import.js';
import { build, exampleFiles, fileOf, withoutPlaces } from './interop-fixtures.js';

function namesOf(items: Array<{ name: string }>): Set<string> {
    return new Set(items.map(item => item.name));
}

/** Warnings as `line:column: message`. */
function warningsOf(source: string): string[] {
    return importMermaid(source).warnings.map(w => `${w.line}:${w.column}: ${w.message}`);
}

/** A diagram around task lines (the first task line is line 4). */
function tasks(...lines: string[]): string {
    return ['journey', '    title T', '    section S', ...lines.map(l => `        ${l}`), ''].join('\n');
}

function notAJourney(source: string): NotAMermaidJourney {
    try {
        importMermaid(source);
    } catch (error) {
        if (error instanceof NotAMermaidJourney) return error;
        throw error;
    }
    throw new Error('imported without complaint');
}

const WORKING_DAY = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

describe('importMermaid without metadata', () => {
    test("Mermaid's own example: the actor in every task is the persona, the others are owners, all declared", () => {
        const result = importMermaid(WORKING_DAY);
        expect(result.warnings).toEqual([]);
        expect(result.text).toBe(`persona Me

stakeholder Cat

journey MyWorkingDay "My working day" {
    persona Me

    stage GoToWork "Go to work" {
        touchpoint MakeTea "Make tea" {
            emotion 5
        }
        touchpoint GoUpstairs "Go upstairs" {
            emotion 3
        }
        touchpoint DoWork "Do work" {
            owner Cat  emotion 1
        }
    }

    stage GoHome "Go home" {
        touchpoint GoDownstairs "Go downstairs" {
            emotion 5
        }
        touchpoint SitDown "Sit down" {
            emotion 5
        }
    }
}
`);
    });

    test('the file stands alone: journey check finds no errors in it', async () => {
        const sources = [
            WORKING_DAY,
            tasks('low: 3: low, high', 'P1: 2: low', 'Call: wait: 3: low, Desk, first', 'Make tea: 4: low', 'Make tea: 4: low', '2nd call: 1', '???: 2: ???', 'Звонок в службу: 2: low'),
        ];
        for (const source of sources) {
            const { text } = importMermaid(source);
            expect((await build({ 'imported.journey': text })).errors).toEqual([]);
        }
    });

    test('every example, exported without metadata, imports to a file without errors that exports to the same diagram', async () => {
        const { model } = await build(exampleFiles());
        for (const journey of model.journeys) {
            const diagram = exportMermaid(model, journey.name, { metadata: false });
            const imported = importMermaid(diagram);
            expect(imported.warnings).toEqual([]);
            const rebuilt = await build({ 'imported.journey': imported.text });
            expect(rebuilt.errors).toEqual([]);
            expect(exportMermaid(rebuilt.model, rebuilt.model.journeys[0].name, { metadata: false })).toBe(diagram);
        }
    });

    test('names are made from texts: valid, never a keyword, never twice', () => {
        const { text } = importMermaid(tasks('low: 3: low, high', 'P1: 2: low', 'Make tea: 4: low', 'Make tea: 4: low', '2nd call: 1: low', '???: 2: low', 'Звонок в службу: 2: low'));
        expect(text).toContain('persona Low "low"\n');
        expect(text).toContain('stakeholder High "high"\n');
        expect(text).toContain('touchpoint Low "low" {');
        expect(text).toContain('touchpoint TouchpointP1 "P1" {');
        expect(text).toContain('touchpoint MakeTea "Make tea" {');
        expect(text).toContain('touchpoint MakeTea2 "Make tea" {');
        expect(text).toContain('touchpoint Touchpoint2ndCall "2nd call" {');
        expect(text).toContain('touchpoint Touchpoint "???" {');
        expect(text).toContain('touchpoint ЗвонокВСлужбу "Звонок в службу" {');
    });

    test('identifierFrom and claimName', () => {
        expect(identifierFrom("Can't log in", 'Stage')).toBe('CantLogIn');
        expect(identifierFrom('Asked to check email for the reset link', 'Touchpoint')).toBe('AskedToCheckEmail');
        expect(identifierFrom('Alex', 'Persona')).toBe('Alex');
        expect(identifierFrom('stage', 'Stage')).toBe('Stage');
        expect(identifierFrom('P2', 'Stage')).toBe('StageP2');
        expect(identifierFrom('42', 'Stage')).toBe('Stage42');
        expect(identifierFrom('...', 'Stage')).toBe('Stage');
        expect(identifierFrom('détection rápida', 'Stage')).toBe('DétectionRápida');
        const taken = new Set(['A']);
        expect([claimName('A', taken), claimName('A', taken), claimName('B', taken)]).toEqual(['A2', 'A3', 'B']);
    });

    test('the keywords avoided are the keywords of the grammar', () => {
        const grammar = fs.readFileSync(path.resolve(__dirname, '..', '..', 'src', 'language', 'journey.langium'), 'utf8')
            .replace(/\/\/.*$/gm, '').replace(/terminal[\s\S]*$/, '');
        const keywords = new Set([...grammar.matchAll(/'([^']+)'/g)].map(m => m[1]).filter(k => /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u.test(k)));
        expect([...NAME_KEYWORDS].sort()).toEqual([...keywords].sort());
    });

    test('entity codes are decoded; front matter gives the title; accDescr the description', () => {
        const { text } = importMermaid([
            '---', 'title: "Front: title"', '---', 'journey', '    accDescr: About #35;1', '    section Step #58; one',
            '        Call #35;1#59; then#44; go: 2: Desk#44; first, #quot;Me#quot;', '',
        ].join('\n'));
        expect(text).toContain('journey FrontTitle "Front: title" {\n    persona DeskFirst\n    description "About #1"');
        expect(text).toContain('stage StepOne "Step : one" {');
        expect(text).toContain('touchpoint Call1ThenGo "Call #1; then, go" {');
        expect(text).toContain('persona DeskFirst "Desk, first"');
        expect(text).toContain('stakeholder Me "\\"Me\\""');
    });

    test('tasks before the first section go to a first stage', () => {
        expect(importMermaid('journey\n  A: 3\n  section S\n  B: 4\n').text).toContain('    stage Steps {\n        touchpoint A {');
    });

    test('a task with more actors than a persona and an owner keeps the others in its description', () => {
        const source = tasks('Meet: 3: Me, Cat, Dog, Bird', 'Eat: 3: Me');
        expect(warningsOf(source)).toEqual(["4:9: a touchpoint has one owner: 'Cat' is its owner, and 'Dog', 'Bird' are noted in its description"]);
        expect(importMermaid(source).text).toContain('owner Cat  emotion 3\n            description "Also involved: Dog, Bird."');
    });
});

describe('importMermaid: warnings about what Mermaid does with a line', () => {
    test("a ':' inside a task name: Mermaid ends the name there", () => {
        expect(warningsOf(tasks('Call: wait: 3: Me'))).toEqual([
            "4:13: ':' in a task name: Mermaid ends the name here and shows task 'Call' with score 'wait' and actors '3'; imported as task 'Call: wait' with score 3. Write #58; for a ':' in a name.",
        ]);
        expect(importMermaid(tasks('Call: wait: 3: Me')).text).toContain('touchpoint CallWait "Call: wait" {\n            emotion 3');
    });

    test("a task line that starts with 'title': Mermaid makes the line the diagram's title", () => {
        expect(warningsOf(tasks('Title page: 3: Me'))).toEqual([
            "4:9: this task starts with 'title', so Mermaid reads the whole line as the diagram's title ('page: 3: Me') and the task is lost; imported as a task. Write #84; for its first letter.",
        ]);
        const { text } = importMermaid(tasks('Title page: 3: Me'));
        expect(text).toContain('journey T {');
        expect(text).toContain('touchpoint TitlePage "Title page" {');
    });

    test('a second title: Mermaid keeps only the last one', () => {
        const { warnings, text } = importMermaid('journey\n    title First\n    title Second\n    section S\n        Call: 3: Me\n');
        expect(warnings.map(w => `${w.line}:${w.column}: ${w.message}`)).toEqual([
            "3:5: a second title: Mermaid shows only the last one ('Second'), so 'First' is not shown; the last one is imported",
        ]);
        expect(text).toContain('journey Second {');
    });

    test("a task line that starts with 'section' or 'journey': Mermaid rejects the diagram", () => {
        expect(warningsOf(tasks('section two: 3', 'Journey planning: 2'))).toEqual([
            "4:9: this task starts with 'section', so Mermaid reads a section there and then rejects the diagram; imported as a task. Write #115; for its first letter.",
            "5:9: this task starts with 'journey', which Mermaid reads as the diagram keyword, so it rejects the diagram; imported as a task. Write #74; for its first letter.",
        ]);
    });

    test('a score above 5 or below 1, or not whole: drawn off the scale, imported rounded into 1–5', () => {
        expect(warningsOf(tasks('A: 7: Me', 'B: 0', 'C: 2.5: Me'))).toEqual([
            '4:12: the score 7 is not a whole number from 1 to 5, so Mermaid draws the task off its scale; imported as emotion 5',
            '5:12: the score 0 is not a whole number from 1 to 5, so Mermaid draws the task off its scale; imported as emotion 1',
            '6:12: the score 2.5 is not a whole number from 1 to 5, so Mermaid draws the task off its scale; imported as emotion 3',
        ]);
        expect(importMermaid(tasks('A: 7: Me')).text).toContain('emotion 5');
    });

    test('a score that is not a number, or missing', () => {
        expect(warningsOf(tasks('A: high: Me', 'B: : Me'))).toEqual([
            "4:12: the score 'high' is not a number, so Mermaid cannot place the task on its 1–5 scale; imported without an emotion",
            '5:10: the score is missing: Mermaid reads it as 0, below its 1–5 scale; imported without an emotion',
        ]);
    });

    test("a task without ': score' at all", () => {
        expect(warningsOf(tasks('Just a task'))).toEqual([
            "4:9: this task has no score (': 1' to ': 5' after its name), so Mermaid rejects the diagram; imported without an emotion",
        ]);
    });

    test("an empty actor from a trailing ':'", () => {
        expect(warningsOf(tasks('A: 5:'))).toEqual([
            "4:13: nothing after this ':': Mermaid reads an empty actor name and adds a nameless actor to the legend; ignored",
        ]);
    });

    test("an empty actor from a trailing ',' or from ', ,'", () => {
        expect(warningsOf(tasks('A: 5: Me,', 'B: 5: Me, , Cat'))).toEqual([
            "4:17: an empty actor name (from a ',' with no name after it): Mermaid adds a nameless actor to the legend; ignored",
            "5:17: an empty actor name (from a ',' with no name after it): Mermaid adds a nameless actor to the legend; ignored",
        ]);
    });

    test("a ':' in the actor list: Mermaid drops the rest", () => {
        expect(warningsOf(tasks('A: 5: Me: Cat'))).toEqual([
            "4:17: Mermaid reads the actors only up to this ':' and drops ': Cat'; imported as part of the actor names. Write #58; for a ':' in a name.",
        ]);
    });

    test("a '#' that is no entity code starts a comment: in a title, section or actor list Mermaid drops the rest", () => {
        expect(warningsOf(['journey', '    title Ticket #42 fix', '    section Step #2', '        A: 5: Me #boss', ''].join('\n'))).toEqual([
            "2:18: Mermaid reads '#' as the start of a comment and does not show the rest of the line ('#42 fix') in the title; imported as written. Write #35; for a '#' that Mermaid shows.",
            "3:18: Mermaid reads '#' as the start of a comment and does not show the rest of the line ('#2') in the section name; imported as written. Write #35; for a '#' that Mermaid shows.",
            "4:18: Mermaid reads '#' as the start of a comment and does not show the rest of the line ('#boss') in the task; imported as written. Write #35; for a '#' that Mermaid shows.",
        ]);
        expect(importMermaid(['journey', '    title Ticket #42 fix', ''].join('\n')).text).toContain('journey Ticket42Fix "Ticket #42 fix"');
    });

    test("a '#' in a task name costs the task its score: Mermaid rejects the diagram", () => {
        expect(warningsOf(tasks('Call #1: 3: Me'))).toEqual([
            "4:14: Mermaid reads '#' as the start of a comment, so this task loses its score and Mermaid rejects the diagram; imported as written. Write #35; for a '#' that Mermaid shows.",
        ]);
        expect(importMermaid(tasks('Call #1: 3: Me')).text).toContain('touchpoint Call1 "Call #1" {');
    });

    test("a line that starts with '#' or '%' is a comment to Mermaid: a task there is not shown", () => {
        expect(warningsOf(tasks('#1 priority: 5: Me', '% old: 3', '# just a note', '% another note'))).toEqual([
            "4:9: Mermaid reads a line that starts with '#' as a comment, so it does not show this task; imported as a task. Write #35; for the '#'.",
            "5:9: Mermaid reads a line that starts with '%' as a comment, so it does not show this task; imported as a task. Write #37; for the '%'.",
        ]);
        expect(importMermaid(tasks('# just a note')).text).not.toContain('touchpoint');
    });

    test("a ';' is not allowed at all: Mermaid rejects the diagram", () => {
        expect(warningsOf(tasks('Tries; fails: 2: Me'))).toEqual([
            "4:14: Mermaid does not accept ';' in a journey line and rejects the diagram; imported as written. Write #59; for a ';'.",
        ]);
    });

    test("a ':' in a section name: Mermaid rejects the diagram", () => {
        expect(warningsOf(['journey', '    section Stage 1: Detect', '        A: 3', ''].join('\n'))).toEqual([
            "2:20: Mermaid ends a section name at ':' and then rejects the diagram; imported as written. Write #58; for a ':' in a name.",
        ]);
    });

    test('entity codes are not taken for comments or separators', () => {
        expect(warningsOf(tasks('Call#58; wait #35;2#59; go: 3: Desk#44; first'))).toEqual([]);
    });

    test('a task line that starts with a colon has no name', () => {
        expect(warningsOf(tasks(': 5: Me'))).toEqual(["4:9: a task line that starts with ':' has no task name; Mermaid rejects the diagram; not imported"]);
    });
});

describe('importMermaid: not a journey', () => {
    test('another Mermaid diagram', () => {
        const error = notAJourney('%% a flowchart\nflowchart TD\n  A --> B\n');
        expect([error.line, error.column, error.message]).toEqual([2, 1, "not a Mermaid journey diagram: it starts with 'flowchart' (a journey diagram starts with the line 'journey')"]);
    });

    test('an indented first line, after front matter', () => {
        const error = notAJourney('---\ntitle: x\n---\n  sequenceDiagram\n');
        expect([error.line, error.column]).toEqual([4, 3]);
    });

    test('nothing but comments, or nothing at all', () => {
        expect(notAJourney('%% only a comment\n').message).toBe('not a Mermaid journey diagram: there is no diagram in it');
        expect(notAJourney('').message).toBe('not a Mermaid journey diagram: there is no diagram in it');
    });

    test('a word that only starts with journey', () => {
        expect(notAJourney('journeys\n').message).toContain("it starts with 'journeys'");
    });
});

describe('importMermaid with metadata', () => {
    test('every example round trips: import(export) rebuilds the same model, and import → export → import gives the same text', async () => {
        const files = exampleFiles();
        const original = await build(files);
        expect(original.errors).toEqual([]);
        for (const journey of original.model.journeys) {
            const file = fileOf(original.model, journey.name);
            // Imported back beside the shared file: what the other files declare is not repeated.
            const others = (await build(Object.fromEntries(Object.entries(files).filter(([name]) => name !== file)))).model;
            const declared = { personas: namesOf(others.personas), stakeholders: namesOf(others.stakeholders), channels: namesOf(others.channels) };
            const first = importMermaid(exportMermaid(original.model, journey.name), { declared });
            expect(first.warnings).toEqual([]);
            const replaced = await build({ ...files, [file]: first.text });
            expect(replaced.errors).toEqual([]);
            expect(withoutPlaces(replaced.model)).toEqual(withoutPlaces(original.model));
            expect(exportMermaid(replaced.model, journey.name)).toBe(exportMermaid(original.model, journey.name));
            const second = importMermaid(exportMermaid(replaced.model, journey.name), { declared });
            expect(second.text).toBe(first.text);
        }
    });

    test('every example, imported on its own, declares what it uses: no errors, and the same journey and declarations', async () => {
        const files = exampleFiles();
        const original = await build(files);
        for (const journey of original.model.journeys) {
            const { text, warnings } = importMermaid(exportMermaid(original.model, journey.name));
            expect(warnings).toEqual([]);
            // An ideal journey refers to the actual journey it improves: that one is imported beside it.
            const beside: Record<string, string> = {};
            if (journey.improves) {
                const first = (await build({ 'imported.journey': text })).model;
                const declared = { personas: namesOf(first.personas), stakeholders: namesOf(first.stakeholders), channels: namesOf(first.channels) };
                beside['improved.journey'] = importMermaid(exportMermaid(original.model, journey.improves.name), { declared }).text;
            }
            const alone = await build({ 'imported.journey': text, ...beside });
            expect(alone.errors, journey.name).toEqual([]);
            const back = alone.model.journeys.find(j => j.name === journey.name)!;
            const uses = (model: WorkspaceModel, j: JourneyModel) => {
                const own = draftFromModel(model, j);
                const shared = sharedDeclarations(model, j);
                const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
                return { journey: own.journey, personas: byName([...own.personas, ...shared.personas]), stakeholders: byName([...own.stakeholders, ...shared.stakeholders]), channels: byName([...own.channels, ...shared.channels]) };
            };
            expect(uses(alone.model, back)).toEqual(uses(original.model, journey));
            expect(withoutPlaces(back)).toEqual(withoutPlaces(journey));
        }
    });

    test('sharedDeclarations: false leaves out what was declared in other files; declared leaves out what is there already', async () => {
        const { model } = await build({ 'people.journey': 'persona Alex "Office worker"\nstakeholder Desk\nchannel Phone\n', 'map.journey': 'stakeholder Own\njourney R { persona Alex stage S { touchpoint T { channel Phone owner Desk } touchpoint U { owner Own } } }' });
        const text = exportMermaid(model, 'R');
        const declarations = (imported: string) => imported.split('\n').filter(line => /^(persona|stakeholder|channel) /.test(line));
        expect(declarations(importMermaid(text).text)).toEqual(['persona Alex "Office worker"', 'stakeholder Own', 'stakeholder Desk', 'channel Phone']);
        expect(declarations(importMermaid(text, { sharedDeclarations: false }).text)).toEqual(['stakeholder Own']);
        const declared = { personas: new Set(['Alex']), stakeholders: new Set(['Own']), channels: new Set<string>() };
        expect(declarations(importMermaid(text, { declared }).text)).toEqual(['stakeholder Desk', 'channel Phone']);
    });

    test('the Spanish example comes back as its file, declarations included (comments aside)', async () => {
        const files = exampleFiles();
        const { model } = await build(files);
        const { text } = importMermaid(exportMermaid(model, 'RestablecerContraseña'));
        const source = files['es/restablecimiento-de-contraseña.journey'].replace(/^\/\/.*\n/gm, '').replace(/^\n/, '');
        // The only difference: a feeling written in quotes comes back as a plain word.
        expect(text).toBe(source.replace('emotion 2 "confundida"', 'emotion 2 confundida'));
    });

    test('odd values survive: no emotion, scores off the scale, quotes, backslashes, keywords as feelings and units', async () => {
        const files = {
            'a.journey': `persona P
stakeholder D "Desk: one; #1, two"
journey J "J: #1" {
    persona P
    stage S "title" {
        touchpoint A "title page" { owner D emotion 2.5 low }
        touchpoint B "say \\"hi\\" \\\\ back\\tthere"
        touchpoint C { emotion 7 "very good" metric M actual -3 "per day" target >= 0.0000001 "P1" }
        touchpoint D "" { emotion 0 up }
    }
}
`,
        };
        const original = await build(files);
        const imported = importMermaid(exportMermaid(original.model, 'J'));
        expect(imported.warnings).toEqual([]);
        const rebuilt = await build({ 'a.journey': imported.text });
        expect(withoutPlaces(rebuilt.model)).toEqual(withoutPlaces(original.model));
    });

    test('an edit made in the Mermaid text wins over the metadata; the rest is kept', async () => {
        const { model } = await build(exampleFiles());
        const edited = exportMermaid(model, 'PasswordReset')
            .replace("Can't log into their machine: 2:", 'Cannot log in at all: 1:')
            .replace('    section Looks for help', '    section Seeks help')
            .replace('Starts the reset: 3: Office worker, Identity and access management team', 'Starts the reset: 3: Office worker, Service desk manager, Night shift');
        const { text, warnings } = importMermaid(edited);
        expect(text).toContain([
            '        touchpoint CantLogIn "Cannot log in at all" {',
            '            channel Device  owner EndUserComputing  emotion 1 confused',
            '            need "To know why the password is refused"',
        ].join('\n'));
        expect(text).toContain('    stage SeekHelp "Seeks help" {');
        expect(text).toContain('            channel Portal  owner ServiceDesk  emotion 3 hopeful\n            description "Also involved: Night shift."');
        expect(warnings.map(w => w.message)).toEqual(["a touchpoint has one owner: 'Service desk manager' is its owner, and 'Night shift' is noted in its description"]);
    });

    test('a task added in Mermaid gets a fresh name and a declared owner; a removed one just goes', async () => {
        const { model } = await build(exampleFiles());
        const edited = exportMermaid(model, 'PasswordResetIdeal')
            .replace('        Logs in with the new password: 5: Office worker, End-user computing\n', '        Logs in with the new password: 5: Office worker, End-user computing\n        Tells a colleague: 4: Office worker, Peer\n')
            .replace(/ {8}%% journey-maps: \{"kind":"touchpoint","name":"CallsDesk".*\n.*\n/, '');
        const { text, warnings } = importMermaid(edited, { sharedDeclarations: false });
        expect(warnings).toEqual([]);
        expect(text.startsWith('stakeholder Peer\n\nideal journey PasswordResetIdeal')).toBe(true);
        expect(text).toContain('        touchpoint TellsAColleague "Tells a colleague" {\n            owner Peer  emotion 4\n        }');
        expect(text).toContain('    stage FollowUp "If self-service is not enough"\n}');
    });

    test('metadata that describes nothing, is not JSON, or is of an unknown kind is reported and ignored', () => {
        expect(warningsOf([
            'journey',
            '    %% journey-maps: {not json',
            '    %% journey-maps: {"kind":"gizmo","name":"X"}',
            '    %% journey-maps: {"kind":"touchpoint"}',
            '    %% journey-maps: {"kind":"touchpoint","name":"Orphan","pains":"not a list"}',
            '    section S',
            '    %% journey-maps: {"kind":"stage","name":"Lost"}',
            '        A: 3',
            '',
        ].join('\n'))).toEqual([
            '2:5: journey-maps metadata that is not valid JSON; ignored',
            "3:5: journey-maps metadata of an unknown kind 'gizmo'; ignored",
            '4:5: journey-maps touchpoint metadata without a name; ignored',
            "5:5: journey-maps touchpoint metadata: 'pains' is not what it should be; ignored",
            "5:5: this journey-maps metadata for touchpoint 'Orphan' is not followed by its task line, so it describes nothing; ignored",
            "7:5: this journey-maps metadata for stage 'Lost' is not followed by its section line, so it describes nothing; ignored",
        ]);
    });

    test('a task copied with its metadata gets a fresh name', () => {
        const line = '        %% journey-maps: {"kind":"touchpoint","name":"Call"}\n        Call: 3\n';
        const { text, warnings } = importMermaid(`journey\n    section S\n${line}${line}`);
        expect(text).toContain('touchpoint Call {\n            emotion 3\n        }\n        touchpoint Call2 {');
        expect(warnings.map(w => `${w.line}: ${w.message}`)).toEqual(["6: the journey-maps metadata names touchpoint 'Call' twice; this one is imported as 'Call2'"]);
    });
});

describe('importMermaid: accTitle and accDescr', () => {
    const SOURCE = {
        'map.journey': 'persona Alex\njourney Reset "Password reset" {\n    persona Alex\n    stage S {\n        touchpoint A { emotion 2 }\n    }\n}\n',
    };

    test('someone else\'s accTitle is reported and left out; our own export\'s is not news', async () => {
        expect(warningsOf('journey\n    accTitle: The reset\n    section S\n        A: 3\n'))
            .toEqual(["2:5: accTitle (the diagram's accessible title) has no place in a .journey file; not imported"]);
        const { model } = await build(SOURCE);
        const exported = exportMermaid(model, 'Reset');
        expect(exported).toContain('\n    accTitle: Journey map: Password reset\n');
        expect(importMermaid(exported).warnings).toEqual([]);
    });

    test('the summary our export writes as accDescr does not become the journey\'s description', async () => {
        const { model } = await build(SOURCE);
        const exported = exportMermaid(model, 'Reset');
        expect(exported).toMatch(/\n {4}accDescr: The journey of Alex, in 1 stage and 1 touchpoint\./);
        expect(importMermaid(exported).text).not.toContain('description');
    });

    test('an accDescr edited after the export wins over the description the metadata kept', async () => {
        const { model } = await build({ 'map.journey': SOURCE['map.journey'].replace('persona Alex\n    stage', 'persona Alex\n    description "Kept"\n    stage') });
        const exported = exportMermaid(model, 'Reset');
        expect(importMermaid(exported).text).toContain('description "Kept"');
        expect(importMermaid(exported.replace('accDescr: Kept', 'accDescr: Edited in Mermaid')).text).toContain('description "Edited in Mermaid"');
    });
});
