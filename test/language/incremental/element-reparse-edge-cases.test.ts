// Edge cases of parsing one element again, each compared with a whole parse of the same
// text (tree, AST, diagnostics) and with what the editor features give on a freshly built file.
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import { formatJourneyText } from '../../../src/language/formatting/format-journey.js';
import { openForEditing } from '../../../bench/editing-session.js';
import { declarationsFile, journeyFile } from '../../../bench/scale/synthetic-workspace.mjs';
import { astShape, cstShape } from './tree-shape.js';

const diagnosticsOf = (document: LangiumDocument) => (document.diagnostics ?? []).map(d => `${JSON.stringify(d.range)} ${d.code} ${d.message}`);

const reference = createJourneyServices(EmptyFileSystem);
let refCount = 0;

async function freshDocument(text: string): Promise<LangiumDocument> {
    const document = reference.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ref/${++refCount}/map.journey`));
    reference.shared.workspace.LangiumDocuments.addDocument(document);
    await reference.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

/** Positions to ask hover and completion at: just inside the edited element and far after it. */
function probePositions(text: string, at: number): number[] {
    return [at, Math.min(text.length - 2, at + 40), text.length - 30, text.lastIndexOf('Fix0') + 1].filter(p => p > 0 && p < text.length);
}

/** Opens `base`, applies the edits one after another, and compares everything after each. */
async function expectLikeWholeParse(base: string, ...edits: string[]): Promise<{ fastPaths: number }> {
    const session = await openForEditing({ 'map.journey': base });
    const document = session.documents.get('map.journey')!;
    const lsp = session.services.Journey.lsp;
    let fastPaths = 0;
    for (const [index, text] of edits.entries()) {
        const before = document.parseResult.value;
        await session.setText('map.journey', text);
        if (document.parseResult.value === before) fastPaths++;
        const label = `edit ${index + 1}`;
        const whole = reference.Journey.parser.LangiumParser.parse(text);
        expect(document.parseResult.value.$cstNode!.root.fullText, label).toBe(text);
        expect(cstShape(document.parseResult.value.$cstNode!), label).toEqual(cstShape(whole.value.$cstNode!));
        expect(astShape(document.parseResult.value), label).toEqual(astShape(whole.value));
        const fresh = await freshDocument(text);
        expect(diagnosticsOf(document), label).toEqual(diagnosticsOf(fresh));

        // The editor features, which read the patched tree.
        const params = { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } };
        const freshParams = { textDocument: { uri: fresh.uri.toString() }, options: { tabSize: 4, insertSpaces: true } };
        expect(await lsp.Formatter!.formatDocument(document, params), `${label} formatting`).toEqual(await reference.Journey.lsp.Formatter!.formatDocument(fresh, freshParams));
        const formatted = formatJourneyText(session.services.Journey, text);
        const lspEdits = await lsp.Formatter!.formatDocument(document, params);
        if (formatted.ok) expect(TextDocument.applyEdits(document.textDocument, lspEdits), `${label} formatted text`).toBe(formatted.text);
        expect(await lsp.FoldingRangeProvider!.getFoldingRanges(document, params), `${label} folding`).toEqual(await reference.Journey.lsp.FoldingRangeProvider!.getFoldingRanges(fresh, freshParams));
        expect((await lsp.SemanticTokenProvider!.semanticHighlight(document, params)).data, `${label} semantic tokens`)
            .toEqual((await reference.Journey.lsp.SemanticTokenProvider!.semanticHighlight(fresh, freshParams)).data);
        const changedAt = [...text].findIndex((c, i) => c !== before.$cstNode?.root.fullText[i]);
        for (const offset of probePositions(text, Math.max(0, changedAt))) {
            const position = document.textDocument.positionAt(offset);
            expect(await lsp.HoverProvider!.getHoverContent(document, { ...params, position }), `${label} hover at ${offset}`)
                .toEqual(await reference.Journey.lsp.HoverProvider!.getHoverContent(fresh, { ...freshParams, position }));
            const items = (await lsp.CompletionProvider!.getCompletion(document, { ...params, position }))?.items.map(i => `${i.label} ${JSON.stringify(i.textEdit)}`);
            const freshItems = (await reference.Journey.lsp.CompletionProvider!.getCompletion(fresh, { ...freshParams, position }))?.items.map(i => `${i.label} ${JSON.stringify(i.textEdit)}`);
            expect(items, `${label} completion at ${offset}`).toEqual(freshItems);
        }
        await reference.shared.workspace.DocumentBuilder.update([], [fresh.uri]);
    }
    return { fastPaths };
}

const JOURNEY = journeyFile(0, 40);
const BASE = `${declarationsFile()}\n${JOURNEY}`;
const replaceOnce = (text: string, from: string, to: string) => {
    const at = text.indexOf(from);
    if (at < 0) throw new Error(`not found: ${from}`);
    return text.slice(0, at) + to + text.slice(at + from.length);
};

describe('reparsing one element: edge cases', () => {
    it('edits just after the opening brace and just before the closing brace', async () => {
        const a = replaceOnce(BASE, 'touchpoint T3 "Step 4 of journey 0" {', 'touchpoint T3 "Step 4 of journey 0" { need "x"');
        const b = replaceOnce(a, '"Answer faster" { addresses T0 owner ServiceDesk priority P2 }', '"Answer faster" { addresses T0 owner ServiceDesk priority P2 status done }');
        const c = replaceOnce(b, 'status done }', 'status done\n}');
        const r = await expectLikeWholeParse(BASE, a, b, c);
        expect(r.fastPaths).toBeGreaterThan(0);
    });

    it('an element that is last in the file, without a final newline', async () => {
        const base = `${BASE}persona Last "Last" {\n    goal "g"\n}`;
        const r = await expectLikeWholeParse(base, replaceOnce(base, 'goal "g"', 'goal "gg" need "n"'), replaceOnce(base, 'goal "g"\n}', 'goal "g"\n\n}'));
        expect(r.fastPaths).toBe(2);
    });

    it('comments before, after and inside an element, and a multi-line block comment after its brace', async () => {
        const base = replaceOnce(replaceOnce(BASE, '        touchpoint T5 ', '        // before five\n        touchpoint T5 '),
            'touchpoint T6 "Step 7 of journey 0" {', 'touchpoint T6 "Step 7 of journey 0" { // after the brace')
            .replace('improvement Fix0 "Answer faster" { addresses T0 owner ServiceDesk priority P2 }',
                'improvement Fix0 "Answer faster" { addresses T0 owner ServiceDesk priority P2 /* inside */ } /* after\n   on two lines */ // and more');
        const edits = [
            replaceOnce(base, 'priority P2 /* inside */ }', 'priority P1 /* inside */ }'),
            replaceOnce(base, 'priority P2 /* inside */ }', 'priority P2\n  /* inside */ }'),
            replaceOnce(base, 'priority P2 /* inside */ }', 'priority P2 /* inside */\n\n}'),
            replaceOnce(base, '"Step 6 of journey 0"', '"Step six"'),
            replaceOnce(base, '// after the brace', '// after the brace, edited'),
        ];
        for (const edit of edits) await expectLikeWholeParse(base, edit);
    });

    it('a `}` and a line comment typed inside an element, with more on the same line after its brace', async () => {
        const base = BASE.replace('improvement Fix0 "Answer faster" { addresses T0 owner ServiceDesk priority P2 }',
            'improvement Fix0 "Answer faster" { addresses T0 owner ServiceDesk priority P2 } improvement Fix1 "More" { addresses T1 }');
        await expectLikeWholeParse(base, replaceOnce(base, 'priority P2 }', 'priority P2 } // }'));
        await expectLikeWholeParse(base, replaceOnce(base, 'owner ServiceDesk priority P2 }', 'owner ServiceDesk } // priority P2 }'));
    });

    it('surrogate pairs and emoji', async () => {
        const base = replaceOnce(BASE, '"Step 3 of journey 0"', '"Step 3 😀 of journey 0"');
        await expectLikeWholeParse(base,
            replaceOnce(base, '😀', '😁'), // same high surrogate: the change starts between the two halves
            replaceOnce(base, '😀', '😀👍🏽'),
            replaceOnce(base, '😀 ', ''),
            replaceOnce(base, 'outcome "Outcome 0"', 'outcome "Outcome 0 🎯"'),
        );
        const emojiOnFirstLine = replaceOnce(base, 'need "Know what happens next"', 'need "🎯🎯" need "after 🎯"');
        await expectLikeWholeParse(base, emojiOnFirstLine, replaceOnce(emojiOnFirstLine, '"after 🎯"', '"after 🎯🎯"'));
    });

    it('CRLF: inserting and removing \\r or \\n inside an element', async () => {
        const base = BASE.replace(/\n/g, '\r\n');
        const t2 = base.indexOf('touchpoint T2 ');
        const crlf = base.indexOf('\r\n', t2 + 20);
        await expectLikeWholeParse(base,
            base.slice(0, crlf) + '\n' + base.slice(crlf + 2), // \r\n → \n
            base.slice(0, crlf) + base.slice(crlf + 1), // \r\n → \n by removing the \r
            base.slice(0, crlf + 1) + base.slice(crlf + 2), // \r\n → lone \r
            base.slice(0, crlf) + '\r\n\r\n' + base.slice(crlf + 2),
            base.slice(0, crlf) + '\r' + base.slice(crlf), // \r\r\n
            base.slice(0, crlf + 1) + '\r' + base.slice(crlf + 1), // \r\r\n the other way
        );
    });

    it('whitespace-only edits and turning a braced element into an unbraced one', async () => {
        const r = await expectLikeWholeParse(BASE,
            replaceOnce(BASE, 'touchpoint T4 "Step 5 of journey 0" {', 'touchpoint T4 "Step 5 of journey 0"   {'),
            replaceOnce(BASE, '        touchpoint T4 "Step 5 of journey 0" {\n', '        touchpoint T4 "Step 5 of journey 0" {\n\t\n'),
            replaceOnce(BASE, 'persona Employee "Employee" { goal "Get back to work" need "A quick answer" }', 'persona Employee "Employee" goal "Get back to work" need "A quick answer" }'),
            replaceOnce(BASE, 'persona Employee "Employee" { goal "Get back to work" need "A quick answer" }', 'persona Employee "Employee"   goal "Get back to work" need "A quick answer"  '),
        );
        expect(r.fastPaths).toBeGreaterThan(0);
    });

    it('documents with a byte order mark', async () => {
        const base = `\uFEFF${BASE}`;
        const r = await expectLikeWholeParse(base, replaceOnce(base, '"Step 3 of journey 0"', '"Step 3 of journey zero"'), replaceOnce(base, 'persona Employee "Employee" {', 'persona Employee "Employee" { segment "s"'));
        expect(r.fastPaths).toBeGreaterThan(0);
    });

    it('the same document edited many times in a row, and twice without waiting', async () => {
        const texts: string[] = [];
        let text = BASE;
        for (let i = 0; i < 8; i++) {
            text = replaceOnce(text, `touchpoint T${i} "Step ${i + 1}`, `touchpoint T${i} "Step ${i + 1}${'!'.repeat(i + 1)}\n`);
            texts.push(text);
        }
        await expectLikeWholeParse(BASE, ...texts);

        // Two keystrokes whose builds overlap, as in the language server (the second cancels the first).
        const session = await openForEditing({ 'map.journey': BASE });
        const document = session.documents.get('map.journey')!;
        const { WorkspaceLock, DocumentBuilder, TextDocuments } = session.services.shared.workspace;
        const textDocument = TextDocuments!.get(document.uri.toString())!;
        const one = replaceOnce(BASE, '"Step 3 of journey 0"', '"Step 3 of journey 0 a"');
        const two = replaceOnce(one, '"Step 9 of journey 0"', '"Step 9 of journey 0 b"');
        TextDocument.update(textDocument, [{ text: one }], 1001);
        const first = WorkspaceLock.write(token => DocumentBuilder.update([document.uri], [], token));
        await new Promise(resolve => setTimeout(resolve, 0));
        TextDocument.update(textDocument, [{ text: two }], 1002);
        const second = WorkspaceLock.write(token => DocumentBuilder.update([document.uri], [], token));
        await Promise.allSettled([first, second]);
        const whole = reference.Journey.parser.LangiumParser.parse(two);
        expect(cstShape(document.parseResult.value.$cstNode!)).toEqual(cstShape(whole.value.$cstNode!));
        const fresh = await freshDocument(two);
        expect(diagnosticsOf(document)).toEqual(diagnosticsOf(fresh));
        await reference.shared.workspace.DocumentBuilder.update([], [fresh.uri]);
    });

    it('an edit to an element\'s keyword itself (touchpoint → touchpoints, and back)', async () => {
        const broken = replaceOnce(BASE, 'touchpoint T3 "', 'touchpoints T3 "');
        await expectLikeWholeParse(BASE, broken, BASE, replaceOnce(BASE, 'touchpoint T3 "', 'touchpointT3 "'));
    });

    it('a question inside a touchpoint, and a stage', async () => {
        const base = replaceOnce(BASE, '            moment of truth\n', '            moment of truth\n            question "Why?" { answer "Because" about T0 }\n');
        await expectLikeWholeParse(base,
            replaceOnce(base, 'answer "Because"', 'answer "Because I said so"'),
            replaceOnce(base, 'about T0 }', 'about T0, T1 }'),
            replaceOnce(base, 'stage S1 "Stage 2" {', 'stage S1 "Stage 2" { description "d"'));
    });
});
