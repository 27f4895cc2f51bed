import { AstUtils } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { isJourney } from '../../src/language/generated/ast.js';
import { buildWorkspace, errors, messages, resetWorkspace, SHARED, validate } from './journey-test-services.js';

afterEach(resetWorkspace);

describe('unresolved references', () => {
    test('a misspelt stakeholder suggests the closest name', async () => {
        const result = await validate(`${SHARED} journey J { stage S { touchpoint T { owner ServiceDsk } } }`);
        expect(messages(result.diagnostics)).toEqual(["No stakeholder named 'ServiceDsk'. Did you mean 'ServiceDesk'?"]);
        expect(result.diagnostics[0].code).toBe('unresolved-reference');
        const text = result.document.textDocument.getText(result.diagnostics[0].range);
        expect(text).toBe('ServiceDsk');
    });

    test('a wrong case is a likely typo too', async () => {
        const result = await validate(`${SHARED} journey J { stage S { touchpoint T { channel phone } } }`);
        expect(messages(result.diagnostics)).toEqual(["No channel named 'phone'. Did you mean 'Phone'?"]);
    });

    test('with nothing close, the known names are listed', async () => {
        const result = await validate(`${SHARED} journey J { stage S { touchpoint T { channel Carrier } } }`);
        expect(messages(result.diagnostics)).toEqual(["No channel named 'Carrier'. Known channels: Email, Phone, Portal."]);
    });

    test('with nothing declared, it says so', async () => {
        const result = await validate(`journey J { persona Nobody }`);
        expect(messages(result.diagnostics)).toEqual(["No persona named 'Nobody'. No persona is declared yet."]);
    });

    test('an improvement names touchpoints of its own journey', async () => {
        const result = await validate(`journey J {
            stage S { touchpoint CallDesk { } }
            improvement I { addresses CallDesk, CalDesk }
        }`);
        expect(messages(result.diagnostics)).toEqual(["No touchpoint named 'CalDesk' in journey 'J'. Did you mean 'CallDesk'?"]);
    });

    test("touchpoints of another journey are out of reach", async () => {
        const result = await validate(`
            journey A { stage S { touchpoint OnlyInA { } } }
            journey B { stage S { touchpoint InB { } } improvement I { addresses OnlyInA } }`);
        expect(messages(result.diagnostics)).toEqual(["No touchpoint named 'OnlyInA' in journey 'B'. Known touchpoints: InB."]);
    });

    test('questions may be about touchpoints in any stage of the journey', async () => {
        const result = await validate(`journey J {
            stage A { touchpoint First { } }
            stage B { touchpoint Second { question "Why?" { about First } } }
            question "And?" { about First, Second }
        }`);
        expect(result.diagnostics).toEqual([]);
        const journey = result.document.parseResult.value.elements.find(isJourney)!;
        expect(journey.questions[0].about.map(r => r.ref?.$container.name)).toEqual(['A', 'B']);
    });
});

describe('references across files', () => {
    test('journeys use personas, stakeholders and channels declared in a shared file', async () => {
        const docs = await buildWorkspace({
            'shared.journey': SHARED,
            'reset.journey': `journey Reset { persona Alex stage S { touchpoint Call { channel Phone owner ServiceDesk backstage "x" by IdentityTeam } } }`,
            'reset-ideal.journey': `ideal journey ResetIdeal improves Reset { persona Alex stage S { touchpoint Call { channel Portal owner ServiceDesk } } }`,
        });
        for (const doc of Object.values(docs)) expect(doc.diagnostics).toEqual([]);
        const ideal = docs['reset-ideal.journey'].parseResult.value.elements.find(isJourney)!;
        const call = ideal.stages[0].touchpoints[0];
        expect(AstUtils.getDocument(call.owner!.ref!).uri.path).toBe('/ws/shared.journey');
        expect(AstUtils.getDocument(ideal.improves!.ref!).uri.path).toBe('/ws/reset.journey');
    });

    test('a typo in another file still gets a suggestion from the shared file', async () => {
        const docs = await buildWorkspace({
            'shared.journey': SHARED,
            'reset.journey': `journey Reset { persona Alexx }`,
        });
        expect(messages(docs['reset.journey'].diagnostics)).toEqual(["No persona named 'Alexx'. Did you mean 'Alex'?"]);
    });

    test('a name declared in two files is reported in both, pointing at the other', async () => {
        const docs = await buildWorkspace({
            'a.journey': `channel Phone "Desk phone"`,
            'b.journey': `\n\nchannel Phone "Mobile"`,
        });
        expect(messages(docs['a.journey'].diagnostics)).toEqual([
            "There is more than one channel named 'Phone' (also in b.journey line 3). Rename one of them.",
        ]);
        expect(messages(docs['b.journey'].diagnostics)).toEqual([
            "There is more than one channel named 'Phone' (also in a.journey line 1). Rename one of them.",
        ]);
        const related = docs['a.journey'].diagnostics![0].relatedInformation![0];
        expect(related.location.uri).toBe('file:///ws/b.journey');
        expect(related.location.range.start).toEqual({ line: 2, character: 8 });
    });

    test('removing the shared file breaks the links, adding it back restores them', async () => {
        const journeyText = `journey Reset { persona Alex }`;
        let docs = await buildWorkspace({ 'reset.journey': journeyText });
        expect(errors(docs['reset.journey']).length).toBe(1);
        await resetWorkspace();
        docs = await buildWorkspace({ 'shared.journey': SHARED, 'reset.journey': journeyText });
        expect(docs['reset.journey'].diagnostics).toEqual([]);
    });
});
