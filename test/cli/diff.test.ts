import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { journey, tempFolder } from './journey-cli.js';

const PEOPLE = 'persona Alex "Office worker"\nstakeholder Desk "Service desk"\nstakeholder Iam "Identity team"\nchannel Phone "Phone"\nchannel Portal "Portal"\n';
const MAP = `journey Reset "Password reset" {
    persona Alex
    outcome "Back at work"
    stage Help {
        touchpoint Calls "Calls the desk" { channel Phone  owner Desk  emotion 1 angry }
        touchpoint Portal "Tries the portal" { channel Portal  owner Desk  emotion 3 }
    }
    improvement Callback "Offer a callback" { addresses Calls  owner Desk  priority P1  status planned }
}
`;
const CHANGED = MAP
    .replace('owner Desk  emotion 1 angry', 'owner Iam  emotion 4 relieved')
    .replace('status planned', 'status done')
    .replace('touchpoint Portal "Tries the portal" { channel Portal  owner Desk  emotion 3 }', 'touchpoint Portal "Tries the portal" { channel Portal  emotion 3 }\n        touchpoint Chat "Opens a chat" { channel Portal  owner Desk  emotion 4 }');

const RENAMED = MAP
    .replace('touchpoint Calls "Calls the desk" { channel Phone  owner Desk  emotion 1 angry }', 'touchpoint CallsServiceDesk "Calls the service desk" { channel Phone  owner Desk  emotion 3 calm }')
    .replace('addresses Calls ', 'addresses CallsServiceDesk ');

function git(folder: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: folder, stdio: 'pipe' });
}

describe('journey diff', () => {
    test('two files side by side: a Markdown report of what changed for the customer', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'new.journey': CHANGED });
        const run = journey(['diff', 'old.journey', 'new.journey'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const md = run.stdout;
        expect(md).toMatch(/^## Journey map changes\n\nComparing old\.journey → new\.journey: 1 journey changed, 1 gap introduced, 0 resolved\./);
        expect(md).toContain('| ➕ added | Opens a chat (`Chat`) | Help | Portal |');
        expect(md).toContain('| Calls the desk (`Calls`) | Desk | Iam |');
        expect(md).toContain('| Tries the portal (`Portal`) | Desk | none |');
        expect(md).toContain('| Calls the desk (`Calls`) | 1 angry | 4 relieved | ⬆️ +3 |');
        expect(md).toContain('- ✅ completed: Offer a callback (P1; owner Desk; addresses Calls)');
        expect(md).toContain('| `missing-owner` | 1 | – |');
        expect(md).toMatch(/\*\*Before\*\*\n\n```mermaid\njourney\n {4}title Password reset\n/);
        expect(md).toMatch(/\*\*After\*\*\n\n```mermaid\njourney\n[\s\S]*Opens a chat: 4: /);
    });

    test('--format json gives the same content as data, with the Mermaid diagrams', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'new.journey': CHANGED });
        const run = journey(['diff', '--format', 'json', 'old.journey', 'new.journey'], dir);
        expect(run.status).toBe(0);
        const diff = JSON.parse(run.stdout);
        expect(diff).toMatchObject({ version: 1, base: 'old.journey', head: 'new.journey', gaps: { byRule: [{ code: 'missing-owner', introduced: 1, resolved: 0 }] } });
        expect(diff.journeys[0].touchpoints.added.map((t: { name: string }) => t.name)).toEqual(['Chat']);
        expect(diff.journeys[0].emotions[0]).toMatchObject({ name: 'Calls', delta: 3 });
        expect(diff.journeys[0].improvements.completed[0].name).toBe('Callback');
        expect(diff.journeys[0].mermaid.before).toMatch(/^journey\n/);
        expect(diff.journeys[0].mermaid.after).toContain('Opens a chat');
    });

    test('a touchpoint renamed is shown as renamed, with its other changes, in Markdown and JSON', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'new.journey': RENAMED });
        const md = journey(['diff', 'old.journey', 'new.journey'], dir);
        expect(md.stderr).toBe('');
        expect(md.status).toBe(0);
        expect(md.stdout).toContain('Comparing old.journey → new.journey: 1 journey changed, 0 gaps introduced, 0 resolved.');
        expect(md.stdout).toContain('**Touchpoints:** 1 renamed\n');
        expect(md.stdout).toContain('| ✏️ renamed | Calls the service desk (`Calls` → `CallsServiceDesk`) | Help | Phone |');
        expect(md.stdout).toContain('| Calls the service desk (`CallsServiceDesk`) | 1 angry | 3 calm | ⬆️ +2 |');
        expect(md.stdout).toContain('**Also changed:** touchpoint CallsServiceDesk: title.');
        expect(md.stdout).not.toMatch(/➕ added|➖ removed|addresses/);
        const json = journey(['diff', '--format', 'json', 'old.journey', 'new.journey'], dir);
        expect(json.status).toBe(0);
        const [reset] = JSON.parse(json.stdout).journeys;
        expect(reset.touchpoints).toMatchObject({ added: [], removed: [], moved: [], renamed: [{ name: 'CallsServiceDesk', before: { name: 'Calls', title: 'Calls the desk' }, stage: 'Help', channel: 'Phone' }] });
        expect(reset.emotions).toMatchObject([{ name: 'CallsServiceDesk', delta: 2 }]);
        expect(reset.gaps).toEqual({ introduced: [], resolved: [] });
    });

    test('--fail-on-new-gaps exits 1 when gaps were introduced, and 0 when none were', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'new.journey': CHANGED });
        const worse = journey(['diff', '--fail-on-new-gaps', 'old.journey', 'new.journey'], dir);
        expect(worse.status).toBe(1);
        expect(worse.stderr).toBe('journey: 1 new gap (--fail-on-new-gaps)\n');
        const better = journey(['diff', '--fail-on-new-gaps', 'new.journey', 'old.journey'], dir);
        expect(better.status).toBe(0);
        expect(better.stdout).toContain('0 gaps introduced, 1 resolved');
    });

    test('-o writes the report to a file, atomically, and nothing to stdout', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'new.journey': CHANGED });
        const run = journey(['diff', 'old.journey', 'new.journey', '-o', 'comment.md'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(fs.readFileSync(path.join(dir, 'comment.md'), 'utf8')).toContain('## Journey map changes');
    });

    test('folders: every map in each', () => {
        const dir = tempFolder({ 'base/people.journey': PEOPLE, 'base/reset.journey': MAP, 'head/people.journey': PEOPLE, 'head/reset.journey': MAP });
        const run = journey(['diff', 'base', 'head'], dir);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain("No change to the customer's experience.");
        expect(run.stdout).toContain('Unchanged: Password reset.');
    });

    test('--git <rev> compares the working tree with a revision', () => {
        const dir = tempFolder({ 'maps/people.journey': PEOPLE, 'maps/reset.journey': MAP, 'README.md': '# maps\n' });
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'maps');
        fs.writeFileSync(path.join(dir, 'maps', 'reset.journey'), CHANGED);
        const run = journey(['diff', '--git', 'main'], dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Comparing main → working tree: 1 journey changed, 1 gap introduced, 0 resolved (hints: 0 introduced, 1 resolved).');
        expect(run.stdout).toContain('| ➕ added | Opens a chat (`Chat`) | Help | Portal |');
        const scoped = journey(['diff', '--git', 'HEAD', 'maps'], path.join(dir));
        expect(scoped.stdout).toContain('1 journey changed');
    });

    test('--git with a file: its neighbours supply declarations on both sides', () => {
        const dir = tempFolder({ 'my maps/people.journey': PEOPLE, 'my maps/reset.journey': MAP });
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'maps');
        fs.writeFileSync(path.join(dir, 'my maps', 'reset.journey'), CHANGED);
        const run = journey(['diff', '--git', 'main', 'my maps/reset.journey'], dir);
        expect(run.stderr).toBe('');
        expect(run.stdout).toContain('| Calls the desk (`Calls`) | Desk | Iam |');
        expect(run.stdout).toContain('Comparing main → working tree: 1 journey changed, 1 gap introduced, 0 resolved.');
    });

    test('--git with a quoted glob matches the same maps at the revision', () => {
        const dir = tempFolder({ 'maps/people.journey': PEOPLE, 'maps/reset.journey': MAP, 'maps/notes.md': 'x' });
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'maps');
        const run = journey(['diff', '--git', 'main', '--format', 'json', 'maps/*.journey'], dir);
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout).journeys.map((j: { change: string }) => j.change)).toEqual(['unchanged']);
    });

    test('--git: a map deleted since the revision is reported as removed', () => {
        const dir = tempFolder({ 'maps/people.journey': PEOPLE, 'maps/reset.journey': MAP });
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'maps');
        fs.rmSync(path.join(dir, 'maps', 'reset.journey'));
        const named = journey(['diff', '--git', 'main', 'maps/reset.journey'], dir);
        expect(named.status).toBe(0);
        expect(named.stdout).toContain('### Password reset (removed)');
        fs.rmSync(path.join(dir, 'maps'), { recursive: true });
        const all = journey(['diff', '--git', 'main'], dir);
        expect(all.status).toBe(0);
        expect(all.stdout).toContain('### Password reset (removed)');
    });

    test('--fail-on-new-gaps does not pass a head that cannot be read', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'new.journey': 'garbage !!\n' });
        const run = journey(['diff', '--fail-on-new-gaps', 'old.journey', 'new.journey'], dir);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/journey: the head has \d+ errors? \(--fail-on-new-gaps\)\n$/);
    });

    test('--git: a map with a syntax error is compared as far as it can be read, with a note', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'maps');
        fs.writeFileSync(path.join(dir, 'reset.journey'), CHANGED.replace('emotion 4 relieved', 'emotion relieved'));
        const run = journey(['diff', '--git', 'main'], dir);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("journey: note: reset.journey:5:79: Expected a number but found 'relieved'. (compared as far as it could be read)\n");
        expect(run.stdout).toContain('| ➕ added | Opens a chat (`Chat`) | Help | Portal |');
        expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
    });

    test.each([
        [['diff', 'old.journey'], "journey: diff needs a base and a head (files or folders), or --git <revision>; got 1 path\n"],
        [['diff', 'old.journey', 'missing.journey'], 'journey: missing.journey: no such file or folder\n'],
        [['diff', 'old.journey', 'empty'], 'journey: no .journey files found in empty\n'],
        [['diff', '--git', 'main'], 'journey: --git: . is not inside a git repository\n'],
    ])('bad input %j: one clear line, exit 2', (args, message) => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'old.journey': MAP, 'empty/readme.md': 'x' });
        const run = journey(args, dir);
        expect(run.stderr).toBe(message);
        expect(run.status).toBe(2);
    });

    test('--git with an unknown revision says how to fetch it (exit 2)', () => {
        const dir = tempFolder({ 'people.journey': PEOPLE, 'reset.journey': MAP });
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'maps');
        const run = journey(['diff', '--git', 'origin/main'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe("journey: --git: unknown revision 'origin/main' (for a pull request's base, fetch it first: git fetch origin main)\n");
    });

    test('--help describes the command', () => {
        const run = journey(['diff', '--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('--git <revision>');
        expect(run.stdout).toContain('--fail-on-new-gaps');
    });
});

// Edits the tables do not show (a journey field, a stage added, a touchpoint's description), a
// new gap, and a head that cannot be read: every sentence about them in the chosen locale.
const EDITED = MAP
    .replace('outcome "Back at work"', 'outcome "Working again"')
    .replace('owner Desk  emotion 3 }', 'owner Desk  emotion 3  description "Self-service" }')
    .replace('    improvement', '    stage Wrap {\n        touchpoint Thanks "Says thanks" { channel Phone  emotion 4 }\n    }\n    improvement');
const UNREADABLE = 'journey Reset "Password reset" {\n    stage Help { touchpoint Calls { emotion relieved } }\n}\n';

describe('journey diff in the chosen locale', () => {
    const folders: string[] = [];
    afterAll(() => folders.forEach(folder => fs.rmSync(folder, { recursive: true, force: true })));
    const folder = () => {
        const dir = tempFolder({ 'base/people.journey': PEOPLE, 'base/reset.journey': MAP, 'head/people.journey': PEOPLE, 'head/reset.journey': EDITED, 'bad/people.journey': PEOPLE, 'bad/reset.journey': UNREADABLE });
        folders.push(dir);
        return dir;
    };

    test('English is as before: the other edits named, the gate and the note worded as they were', () => {
        const dir = folder();
        const run = journey(['diff', '--fail-on-new-gaps', 'base', 'head'], dir);
        expect(run.stdout).toContain('**Also changed:** outcome; stage Wrap added; touchpoint Portal: description.');
        expect(run.stderr).toBe('journey: 1 new gap (--fail-on-new-gaps)\n');
        const unread = journey(['diff', '--fail-on-new-gaps', 'base', 'bad'], dir);
        expect(unread.stderr).toContain("journey: note: bad/reset.journey:2:45: Expected a number but found 'relieved'. (compared as far as it could be read)\n");
        expect(unread.stderr).toMatch(/journey: the head has 1 error \(--fail-on-new-gaps\)\n$/);
    });

    test('Greek: the report, the gate, the note on an unreadable head and a usage error', () => {
        const dir = folder();
        const run = journey(['diff', '--fail-on-new-gaps', '--locale', 'el', 'base', 'head'], dir);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('**Άλλες αλλαγές:** outcome; προστέθηκε το στάδιο Wrap; σημείο επαφής Portal: description.');
        expect(run.stderr).toBe('journey: 1 νέο κενό (--fail-on-new-gaps)\n');
        for (const english of ['Also changed', 'stage Wrap', 'touchpoint Portal', 'new gap']) expect(run.stdout + run.stderr, english).not.toContain(english);
        const unread = journey(['diff', '--fail-on-new-gaps', '--locale', 'el', 'base', 'bad'], dir);
        expect(unread.stderr).toContain("journey: σημείωση: bad/reset.journey:2:45: Αναμενόταν αριθμός, αλλά βρέθηκε 'relieved'. (συγκρίθηκε όσο μπορούσε να διαβαστεί)\n");
        expect(unread.stderr).toMatch(/journey: η νέα έκδοση έχει 1 σφάλμα \(--fail-on-new-gaps\)\n$/);
        expect(unread.stderr).not.toMatch(/note:|compared as far|the head has|Expected/);
        const usage = journey(['diff', '--locale', 'el', 'base'], dir);
        expect(usage.status).toBe(2);
        expect(usage.stderr).toBe('journey: το diff χρειάζεται μια βάση και μια νέα έκδοση (αρχεία ή φακέλους) ή --git <revision>· δόθηκε 1 διαδρομή αρχείου\n');
    });

    test('Spanish, another language', () => {
        const dir = folder();
        const run = journey(['diff', '--fail-on-new-gaps', '--locale', 'es', 'base', 'head'], dir);
        expect(run.stdout).toContain('outcome; etapa Wrap añadida; punto de contacto Portal: description.');
        expect(run.stderr).toBe('journey: 1 brecha nueva (--fail-on-new-gaps)\n');
        const unread = journey(['diff', '--fail-on-new-gaps', '--locale', 'es', 'base', 'bad'], dir);
        expect(unread.stderr).toMatch(/journey: la nueva versión tiene 1 error \(--fail-on-new-gaps\)\n$/);
    });
});
