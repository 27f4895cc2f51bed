import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { beforeEach, describe, expect, test } from 'vitest';
import { buildWorkspace, resetWorkspace, services } from '../journey-test-services.js';

const definition = expectGoToDefinition(services.Journey);
const references = expectFindReferences(services.Journey);

// One file, so that langium/test's markers can name every range: `<|>` is where the cursor is,
// `<|…|>` an expected range.
function map(body: string): string {
    return `
persona <|Alex|> "Office worker"
stakeholder <|ServiceDesk|> "Service desk manager" influence high
stakeholder IdentityTeam "Identity team" influence medium
channel <|Phone|> "Service desk phone"
journey <|Support|> "IT support" {
${body}
}`;
}

describe('go to definition', () => {
    beforeEach(resetWorkspace);

    test.each([
        ['a persona', 'persona <|>Alex', 0],
        ['a stakeholder after owner', 'stage S { touchpoint T { channel Phone owner Servi<|>ceDesk } }', 1],
        ['a channel', 'stage S { touchpoint T { <|>channel <|>Phone } }', 2],
        ['the actor of a frontstage lane', 'stage S { touchpoint T { frontstage "Greets" by <|>ServiceDesk } }', 1],
    ])('%s', async (_name, body, rangeIndex) => {
        const text = map(body);
        // The last `<|>` marks the cursor (one test also has one on a keyword before it).
        const index = text.split('<|>').length - 2;
        await definition({ text, index, rangeIndex, disposeAfterCheck: true });
    });

    test('a touchpoint from addresses, repeats and about', async () => {
        const body = `
    stage S {
        touchpoint <|Call|> { channel Phone }
        touchpoint Again { channel Phone repeats C<|>all }
    }
    improvement Callback { addresses <|>Call }
    question "Why?" { about Ca<|>ll }`;
        for (const index of [0, 1, 2]) await definition({ text: map(body), index, rangeIndex: 4, disposeAfterCheck: true });
    });

    test('the actual journey from improves', async () => {
        const text = `${map('stage S { touchpoint Call { channel Phone } }')}
ideal journey Better improves Sup<|>port { stage S { touchpoint Call { channel Phone } } }`;
        await definition({ text, index: 0, rangeIndex: 3, disposeAfterCheck: true });
    });

    test('nothing on a keyword, a string, a number or an unresolved name', async () => {
        for (const body of [
            'stage S { touchpoint T { chan<|>nel Phone } }',
            'stage S { touchpoint T "A ti<|>tle" { channel Phone } }',
            'stage S { touchpoint T { channel Phone emotion <|>2 } }',
            'stage S { touchpoint T { channel Phone owner Nob<|>ody } }',
        ]) {
            await definition({ text: map(body), index: 0, rangeIndex: [], disposeAfterCheck: true });
        }
    });
});

describe('find references', () => {
    beforeEach(resetWorkspace);

    test('of a stakeholder: every owner and lane actor, with or without its declaration', async () => {
        const body = `
    stage S {
        touchpoint Call { channel Phone owner <|ServiceDesk|> frontstage "Greets" by <|ServiceDesk|> }
        touchpoint Mail { channel Phone owner IdentityTeam }
    }
    improvement Callback { addresses Call owner <|Service<|>Desk|> }`;
        // Only the stakeholder's ranges are expected: unmark the other declarations, and its own when not asked for.
        const text = map(body).replace(/<\|(Alex|Phone|Support)\|>/g, '$1');
        await references({ text: text.replace('stakeholder <|ServiceDesk|>', 'stakeholder ServiceDesk'), includeDeclaration: false, disposeAfterCheck: true });
        await references({ text, includeDeclaration: true, disposeAfterCheck: true });
    });

    test('of an unused stakeholder: none, or only its declaration', async () => {
        const plain = (body: string) => map(body).replace(/<\||\|>/g, '');
        await references({ text: plain('stage S { touchpoint T { channel Phone } }').replace('stakeholder IdentityTeam', 'stakeholder Identity<|>Team'), includeDeclaration: false, disposeAfterCheck: true });
        await references({ text: plain('stage S { touchpoint T { channel Phone } }').replace('stakeholder IdentityTeam', 'stakeholder <|Identity<|>Team|>'), includeDeclaration: true, disposeAfterCheck: true });
    });
});

describe('across files', () => {
    let documents: Record<string, LangiumDocument>;
    const SHARED = 'stakeholder ServiceDesk "Service desk manager" influence high\nchannel Phone "Phone"\n';
    const FIRST = 'journey A { stage S { touchpoint Call { channel Phone owner ServiceDesk } } }\n';
    const SECOND = 'journey B { stage S { touchpoint Mail { channel Phone owner ServiceDesk } } }\n';

    beforeEach(async () => {
        await resetWorkspace();
        documents = await buildWorkspace({ 'shared.journey': SHARED, 'a.journey': FIRST, 'b.journey': SECOND });
    });

    function position(file: string, word: string) {
        const document = documents[file]!;
        return { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(document.textDocument.getText().indexOf(word) + 1) };
    }

    test('go to definition lands in the file that declares the name', async () => {
        const links = await services.Journey.lsp.DefinitionProvider!.getDefinition(documents['a.journey']!, position('a.journey', 'ServiceDesk'));
        expect(links?.map(link => [link.targetUri, link.targetSelectionRange.start])).toEqual([[documents['shared.journey']!.uri.toString(), { line: 0, character: 'stakeholder '.length }]]);
    });

    test('find references lists the uses in every file', async () => {
        const found = await services.Journey.lsp.ReferencesProvider!.findReferences(documents['shared.journey']!, { ...position('shared.journey', 'ServiceDesk'), context: { includeDeclaration: true } });
        const where = found.map(location => `${location.uri.split('/').pop()}:${location.range.start.line}:${location.range.start.character}`).sort();
        expect(where).toEqual([
            `a.journey:0:${FIRST.indexOf('ServiceDesk')}`,
            `b.journey:0:${SECOND.indexOf('ServiceDesk')}`,
            `shared.journey:0:${'stakeholder '.length}`,
        ]);
    });
});
