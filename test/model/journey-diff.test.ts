import { describe, expect, test } from 'vitest';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { diffWorkspaces, type DiffSide } from '../../src/model/journey-diff.js';
import { diffMarkdown } from '../../src/render/journey-diff-markdown.js';
import { modelOf, PEOPLE } from './model-test-helpers.js';

const BEFORE = `journey Reset "Password reset" {
    persona Alex
    outcome "Back at work"
    stage Detect {
        touchpoint Locked "Locked out" { channel Device  owner Desk  emotion 2 confused }
        touchpoint Retries { channel Device  owner Desk  emotion 2  repeats Locked }
    }
    stage Help {
        touchpoint Calls "Calls the desk" { channel Phone  owner Desk  emotion 1 angry  gives up }
        touchpoint Portal { channel Portal  emotion 3 }
    }
    improvement Callback "Offer a callback" { addresses Calls  owner Desk  priority P1  status planned }
    improvement Kiosk { addresses Locked  owner Desk  priority P3 }
    improvement Search { addresses Portal  owner Desk  priority P2  status proposed }
}
`;

async function side(text: string, uri = 'file:///ws/reset.journey'): Promise<DiffSide> {
    const model = await modelOf({ 'people.journey': PEOPLE, 'reset.journey': text });
    return { model, gaps: analyseGaps(model), uris: new Set([uri]), displayPath: u => u.replace('file:///ws/', '') };
}

describe('diffWorkspaces', () => {
    test('the same maps: nothing changed', async () => {
        const diff = diffWorkspaces(await side(BEFORE), await side(BEFORE), { base: 'a', head: 'b' });
        expect(diff.journeys.map(j => j.change)).toEqual(['unchanged']);
        expect(diff.gaps).toEqual({ introduced: [], resolved: [], byRule: [] });
        expect(diffMarkdown(diff)).toContain("No change to the customer's experience.");
    });

    test('reformatting or reordering text is not a change (positions are ignored)', async () => {
        const moved = `// A comment\n\n${BEFORE.replace(/ {2}/g, ' ')}`;
        const diff = diffWorkspaces(await side(BEFORE), await side(moved), { base: 'a', head: 'b' });
        expect(diff.journeys[0].change).toBe('unchanged');
        expect(diff.gaps.introduced).toEqual([]);
    });

    test('touchpoints added, removed and moved between stages and channels', async () => {
        const after = BEFORE
            .replace(/        touchpoint Retries .*\n/, '')
            .replace('touchpoint Portal { channel Portal ', 'touchpoint Portal { channel Email ')
            .replace('    stage Help {\n', '    stage Help {\n        touchpoint Chat "Opens a chat" { channel Portal  owner Desk  emotion 4 }\n')
            .replace(/( {8}touchpoint Locked .*\n)/, '')
            .replace('    stage Help {\n', '    stage Help {\n        touchpoint Locked "Locked out" { channel Device  owner Desk  emotion 2 confused }\n');
        const [journey] = diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' }).journeys;
        expect(journey.change).toBe('changed');
        expect(journey.touchpoints.added).toEqual([{ name: 'Chat', title: 'Opens a chat', stage: 'Help', channel: 'Portal', owner: 'Desk', emotion: 4 }]);
        expect(journey.touchpoints.removed.map(t => t.name)).toEqual(['Retries']);
        expect(journey.touchpoints.moved).toEqual([
            { name: 'Locked', title: 'Locked out', from: { stage: 'Detect', channel: 'Device' }, to: { stage: 'Help', channel: 'Device' } },
            { name: 'Portal', title: undefined, from: { stage: 'Help', channel: 'Portal' }, to: { stage: 'Help', channel: 'Email' } },
        ]);
    });

    test('owner changes and emotion shifts, with the direction', async () => {
        const after = BEFORE.replace('owner Desk  emotion 1 angry', 'owner Iam  emotion 4 relieved').replace('touchpoint Portal { channel Portal  emotion 3 }', 'touchpoint Portal { channel Portal  owner Desk }');
        const [journey] = diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' }).journeys;
        expect(journey.owners).toEqual([
            { name: 'Calls', title: 'Calls the desk', before: 'Desk', after: 'Iam' },
            { name: 'Portal', title: undefined, before: undefined, after: 'Desk' },
        ]);
        expect(journey.emotions).toEqual([
            { name: 'Calls', title: 'Calls the desk', before: { score: 1, feeling: 'angry' }, after: { score: 4, feeling: 'relieved' }, delta: 3 },
            { name: 'Portal', title: undefined, before: { score: 3, feeling: undefined }, after: undefined, delta: undefined },
        ]);
        const markdown = diffMarkdown(diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' }));
        expect(markdown).toContain('| Calls the desk (`Calls`) | 1 angry | 4 relieved | ⬆️ +3 |');
        expect(markdown).toContain('| `Portal` | 3 | – | unrated |');
        expect(markdown).toContain('| Calls the desk (`Calls`) | Desk | Iam |');
        expect(markdown).toContain('| `Portal` | none | Desk |');
    });

    test('improvements added, completed (status done), status changed and removed', async () => {
        const after = BEFORE
            .replace('status planned', 'status done')
            .replace('status proposed', 'status started')
            .replace(/    improvement Kiosk .*\n/, '    improvement Signage "Explain the lock-out" { addresses Locked  owner Desk  priority P2 }\n');
        const { improvements } = diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' }).journeys[0];
        expect(improvements.added.map(i => i.name)).toEqual(['Signage']);
        expect(improvements.completed).toEqual([{ name: 'Callback', title: 'Offer a callback', priority: 'P1', status: 'done', owner: 'Desk', addresses: ['Calls'] }]);
        expect(improvements.statusChanged.map(i => `${i.name}: ${i.before} → ${i.status}`)).toEqual(['Search: proposed → started']);
        expect(improvements.removed.map(i => i.name)).toEqual(['Kiosk']);
        const markdown = diffMarkdown(diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' }));
        expect(markdown).toContain('- ✅ completed: Offer a callback (P1; owner Desk; addresses Calls)');
        expect(markdown).toContain('- 🔄 proposed → started: Search (P2; owner Desk; addresses Portal)');
    });

    test('gaps introduced and resolved, by rule, matched by what they say and not where', async () => {
        const after = `\n\n${BEFORE}`
            .replace('touchpoint Portal { channel Portal  emotion 3 }', 'touchpoint Portal { channel Portal  owner Desk  emotion 3 }')
            .replace('owner Desk  emotion 2  repeats Locked', 'emotion 2  repeats Locked');
        const diff = diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' });
        expect(diff.gaps.introduced.map(g => `${g.code} ${g.file}:${g.line}`)).toEqual(['missing-owner reset.journey:8']);
        expect(diff.gaps.resolved.map(g => `${g.code} ${g.file}:${g.line}`)).toEqual(['missing-owner reset.journey:10']);
        expect(diff.gaps.byRule).toEqual([{ code: 'missing-owner', introduced: 1, resolved: 1 }]);
        expect(diff.journeys[0].gaps.introduced[0].message).toContain("'Retries'");
    });

    test('rewording a touchpoint does not make its gaps new; the edit is named instead', async () => {
        const after = BEFORE.replace('"Calls the desk"', '"Phones the service desk"').replace('emotion 1 angry', 'emotion 1 "very angry"').replace('touchpoint Portal { channel Portal  emotion 3 }', 'touchpoint Portal { channel Portal  emotion 3  need "An answer" }');
        const diff = diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' });
        expect(diff.gaps.introduced).toEqual([]);
        expect(diff.gaps.resolved).toEqual([]);
        expect(diff.journeys[0].otherChanges).toEqual(['touchpoint Calls: title', 'touchpoint Portal: needs']);
        expect(diffMarkdown(diff)).toContain('**Also changed:** touchpoint Calls: title; touchpoint Portal: needs.');
    });

    test('touchpoints swapped within a stage, and journey fields, are named', async () => {
        const swapped = BEFORE.replace(/( {8}touchpoint Locked .*\n)( {8}touchpoint Retries .*\n)/, '$2$1').replace('outcome "Back at work"', 'outcome "Working again"');
        const [journey] = diffWorkspaces(await side(BEFORE), await side(swapped), { base: 'a', head: 'b' }).journeys;
        expect(journey.change).toBe('changed');
        expect(journey.otherChanges).toEqual(['outcome', 'order of touchpoints']);
    });

    test('a touchpoint renamed: shown as renamed, its emotion shift reported, its gaps kept', async () => {
        const after = BEFORE
            .replace('touchpoint Calls "Calls the desk" { channel Phone  owner Desk  emotion 1 angry', 'touchpoint CallsServiceDesk "Calls the service desk" { channel Phone  owner Desk  emotion 3 calm')
            .replace('addresses Calls ', 'addresses CallsServiceDesk ');
        const base = await side(BEFORE);
        // The base's dead end is on Calls: it must not be resolved and introduced again.
        expect(base.gaps.filter(g => g.code === 'dead-end').map(g => g.message)).toEqual([expect.stringContaining("'Calls'")]);
        const diff = diffWorkspaces(base, await side(after), { base: 'a', head: 'b' });
        const [journey] = diff.journeys;
        expect(journey.touchpoints).toEqual({
            added: [], removed: [], moved: [],
            renamed: [{ name: 'CallsServiceDesk', title: 'Calls the service desk', before: { name: 'Calls', title: 'Calls the desk' }, stage: 'Help', channel: 'Phone', similarity: 0.77 }],
        });
        expect(journey.emotions).toEqual([
            { name: 'CallsServiceDesk', title: 'Calls the service desk', before: { score: 1, feeling: 'angry' }, after: { score: 3, feeling: 'calm' }, delta: 2 },
        ]);
        expect(journey.owners).toEqual([]);
        // The title is named like any retitled touchpoint; the improvement's `addresses` followed the rename and is no news.
        expect(journey.otherChanges).toEqual(['touchpoint CallsServiceDesk: title']);
        expect(journey.improvements).toEqual({ added: [], completed: [], removed: [], statusChanged: [] });
        expect(diff.gaps).toEqual({ introduced: [], resolved: [], byRule: [] });
        const markdown = diffMarkdown(diff);
        expect(markdown).toContain('**Touchpoints:** 1 renamed\n');
        expect(markdown).toContain('| ✏️ renamed | Calls the service desk (`Calls` → `CallsServiceDesk`) | Help | Phone |');
        expect(markdown).toContain('| Calls the service desk (`CallsServiceDesk`) | 1 angry | 3 calm | ⬆️ +2 |');
        expect(markdown).not.toMatch(/➕ added|➖ removed/);
    });

    test('renames followed through references: repeats and addresses are no news, owner changes are', async () => {
        const after = BEFORE
            .replace('touchpoint Locked "Locked out" { channel Device  owner Desk', 'touchpoint LockedOut "Locked out" { channel Device  owner Iam')
            .replace('repeats Locked', 'repeats LockedOut')
            .replace('addresses Locked ', 'addresses LockedOut ')
            .replace('touchpoint Portal {', 'touchpoint WebPortal {')
            .replace('addresses Portal ', 'addresses WebPortal ');
        const base = await side(BEFORE);
        expect(base.gaps.map(g => g.code)).toEqual(expect.arrayContaining(['missing-owner', 'repeated-step']));
        const diff = diffWorkspaces(base, await side(after), { base: 'a', head: 'b' });
        const [journey] = diff.journeys;
        expect(journey.touchpoints.renamed.map(r => `${r.before.name} → ${r.name}`)).toEqual(['Locked → LockedOut', 'Portal → WebPortal']);
        expect(journey.touchpoints.added).toEqual([]);
        expect(journey.touchpoints.removed).toEqual([]);
        expect(journey.owners).toEqual([{ name: 'LockedOut', title: 'Locked out', before: 'Desk', after: 'Iam' }]);
        expect(journey.otherChanges).toEqual([]);
        // Portal's missing owner and Retries' loop back to Locked stay the same gaps.
        expect(diff.gaps).toEqual({ introduced: [], resolved: [], byRule: [] });
        expect(diffMarkdown(diff)).toContain('| ✏️ renamed | `Portal` → `WebPortal` | Help | Portal |');
    });

    test('a new name with a new title in the same place is a touchpoint removed and another added', async () => {
        const after = BEFORE
            .replace('touchpoint Calls "Calls the desk"', 'touchpoint Chat "Opens a chat"')
            .replace('addresses Calls ', 'addresses Chat ');
        const diff = diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' });
        const [journey] = diff.journeys;
        expect(journey.touchpoints.renamed).toEqual([]);
        expect(journey.touchpoints.removed.map(t => t.name)).toEqual(['Calls']);
        expect(journey.touchpoints.added.map(t => t.name)).toEqual(['Chat']);
        expect(journey.otherChanges).toEqual(['improvement Callback: addresses']);
        expect(diff.gaps.byRule).toEqual([{ code: 'dead-end', introduced: 1, resolved: 1 }]);
    });

    test('an emotion shift is rounded, not floating-point noise', async () => {
        const [journey] = diffWorkspaces(await side(BEFORE), await side(BEFORE.replace('emotion 1 angry', 'emotion 1.3 angry')), { base: 'a', head: 'b' }).journeys;
        expect(journey.emotions[0].delta).toBe(0.3);
    });

    test('an @ in a title cannot mention anyone in the comment', async () => {
        const markdown = diffMarkdown(diffWorkspaces(await side(BEFORE), await side(BEFORE.replace('"Password reset"', '"Ping @octocat & @org/team"').replace('emotion 1 angry', 'emotion 2 angry')), { base: 'a', head: 'b' }));
        expect(markdown).toContain('### Ping @\u2060octocat &amp; @\u2060org/team');
        expect(markdown).not.toMatch(/@(?!\u2060)/);
    });

    test('a journey added or removed', async () => {
        const ideal = `${BEFORE}\nideal journey Better improves Reset { persona Alex  outcome "Back at work"  stage Detect { touchpoint Locked { channel Device  owner Desk  emotion 4 } } }\n`;
        const diff = diffWorkspaces(await side(BEFORE), await side(ideal), { base: 'a', head: 'b' });
        // The ideal's arrival changes the actual journey only through the comparison gaps it brings.
        expect(diff.journeys.map(j => `${j.name} ${j.change}`)).toEqual(['Better added', 'Reset changed']);
        const reset = diff.journeys[1];
        expect(reset.touchpoints).toEqual({ added: [], removed: [], moved: [], renamed: [] });
        expect(new Set(reset.gaps.introduced.map(g => g.code))).toEqual(new Set(['emotion-gap', 'extra-step']));
        const back = diffWorkspaces(await side(ideal), await side(BEFORE), { base: 'a', head: 'b' });
        expect(back.journeys.map(j => `${j.name} ${j.change}`)).toEqual(['Better removed', 'Reset changed']);
        expect(diffMarkdown(back, name => ({ before: name === 'Better' ? 'journey\n    title Better\n' : undefined }))).toContain('### Ideal: Better (removed)');
    });

    test('names in the report cannot break its Markdown', async () => {
        const after = BEFORE.replace('"Calls the desk"', '"Calls | the *desk* <b>now</b>"').replace('emotion 1 angry', 'emotion 2 angry');
        const markdown = diffMarkdown(diffWorkspaces(await side(BEFORE), await side(after), { base: 'a', head: 'b' }));
        expect(markdown).toContain('| Calls \\| the \\*desk\\* &lt;b&gt;now&lt;/b&gt; (`Calls`) | 1 angry | 2 angry | ⬆️ +1 |');
    });
});
