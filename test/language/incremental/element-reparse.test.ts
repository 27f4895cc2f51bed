// Parsing one element again must give exactly what parsing the whole file gives: the same
// syntax tree (every node, offset, range and token), the same AST, and the same diagnostics,
// after hundreds of random edits of every kind.
import { EmptyFileSystem, isCompositeCstNode, URI, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import { openForEditing } from '../../../bench/editing-session.js';
import { declarationsFile, journeyFile } from '../../../bench/scale/synthetic-workspace.mjs';
import { astShape, cstShape } from './tree-shape.js';

function containersAreConsistent(root: AstNode): void {
    const visit = (node: AstNode) => {
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            const children = Array.isArray(value) ? value : [value];
            children.forEach((child, index) => {
                if (child && typeof child === 'object' && '$type' in child) {
                    expect(child.$container).toBe(node);
                    expect(child.$containerProperty).toBe(key);
                    if (Array.isArray(value)) expect(child.$containerIndex).toBe(index);
                    expect(child.$cstNode.astNode).toBe(child);
                    visit(child);
                }
            });
        }
    };
    visit(root);
}

function rootsAreConsistent(node: CstNode, root: CstNode): void {
    expect(node.root).toBe(root);
    if (isCompositeCstNode(node)) for (const child of node.content) {
        expect(child.container).toBe(node);
        rootsAreConsistent(child, root);
    }
}

function diagnosticsOf(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => `${JSON.stringify(d.range)} ${d.code} ${d.message}`);
}

/** A seeded random edit: what people type, paste and delete, including what breaks the file. */
function randomEdit(text: string, random: (n: number) => number): string {
    const snippets = ['a', 'Z', ' ', '\n', '"', '}', '{', '1', '9', 'é', 'Ω', '// note\n', '/* c */', 'touchpoint X "x" { }', ' emotion 2 ', ' pain "p" ', 'owner ServiceDesk ', ',', '%', 'moment of truth '];
    const at = random(text.length);
    switch (random(4)) {
        case 0: return text.slice(0, at) + snippets[random(snippets.length)] + text.slice(at);
        case 1: return text.slice(0, at) + text.slice(at + 1 + random(12));
        case 2: return text.slice(0, at) + snippets[random(snippets.length)] + text.slice(at + 1 + random(4));
        default: {
            // Inside a quoted title, the commonest keystroke of all.
            const quote = text.indexOf('"', at);
            return quote < 0 ? text : `${text.slice(0, quote + 1)}${'abc'[random(3)]}${text.slice(quote + 1)}`;
        }
    }
}

const BASE = `// Team map\n${declarationsFile()}\n${journeyFile(3, 40).replace('touchpoint T5 ', '/* five */ touchpoint T5 ').replace('touchpoint T9 "', '// nine\n        touchpoint T9 "')}`
    + '\npersona Guest "Guest" {\n    goal "Browse"\n}\n';

describe('reparsing one element', () => {
    it.each([
        ['LF', BASE, 12345],
        ['CRLF', BASE.replace(/\n/g, '\r\n'), 777],
    ])('gives the same tree, AST and diagnostics as a whole parse, over 250 random edits (%s)', async (_, base, firstSeed) => {
        const session = await openForEditing({ 'map.journey': base });
        const document = session.documents.get('map.journey')!;
        const reference = createJourneyServices(EmptyFileSystem);

        let seed = firstSeed;
        const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % Math.max(1, n); };
        let text = base;
        let reparsed = 0;
        let clean = base;
        const parseResultBefore = () => document.parseResult.value;
        for (let edit = 1; edit <= 250; edit++) {
            // After an edit that breaks the file, the next one mends it (as the author does), so that
            // about half the edits start from a file without syntax errors, where the fast path applies.
            const broken = document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0;
            text = broken ? clean : randomEdit(text, random);
            const rootBefore = parseResultBefore();
            await session.setText('map.journey', text);
            if (document.parseResult.value === rootBefore && text !== rootBefore.$cstNode?.root.fullText) throw new Error('unreachable');
            if (document.parseResult.value === rootBefore) reparsed++;
            if (document.parseResult.parserErrors.length === 0 && document.parseResult.lexerErrors.length === 0) clean = text;

            const whole = reference.Journey.parser.LangiumParser.parse(text);
            const label = `edit ${edit}`;
            expect(document.parseResult.value.$cstNode!.root.fullText, label).toBe(text);
            expect(cstShape(document.parseResult.value.$cstNode!), label).toEqual(cstShape(whole.value.$cstNode!));
            expect(astShape(document.parseResult.value), label).toEqual(astShape(whole.value));
            containersAreConsistent(document.parseResult.value);
            rootsAreConsistent(document.parseResult.value.$cstNode!, document.parseResult.value.$cstNode!.root);

            const fresh = reference.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ref/${edit}/map.journey`));
            reference.shared.workspace.LangiumDocuments.addDocument(fresh);
            await reference.shared.workspace.DocumentBuilder.build([fresh], { validation: true });
            expect(diagnosticsOf(document), label).toEqual(diagnosticsOf(fresh));
            await reference.shared.workspace.DocumentBuilder.update([], [fresh.uri]);
        }
        // Most edits fall in a clean file, inside one element: the fast path must be the usual one.
        expect(reparsed).toBeGreaterThan(40);
    }, 200_000);
});

describe('when reparsing one element fails unexpectedly', () => {
    it('parses the file whole, and the document is as a whole parse leaves it', async () => {
        const session = await openForEditing({ 'failing.journey': BASE });
        const document = session.documents.get('failing.journey')!;
        const services = session.services;

        const parser = services.Journey.parser.LangiumParser;
        const parse = parser.parse.bind(parser);
        parser.parse = ((text: string, options?: { rule?: string }) => {
            if (options?.rule) throw new Error('simulated failure');
            return parse(text, options);
        }) as typeof parser.parse;
        const errors: unknown[] = [];
        const consoleError = console.error;
        console.error = (...args: unknown[]) => { errors.push(args); };
        try {
            const text = BASE.replace('"Step 3 of journey 3"', '"Step 3 of journey 3, edited"');
            await session.setText('failing.journey', text);
            expect(errors).toHaveLength(1);
            expect(document.parseResult.value.$cstNode!.root.fullText).toBe(text);
            expect(cstShape(document.parseResult.value.$cstNode!)).toEqual(cstShape(parse(text).value.$cstNode!));
            expect(document.diagnostics?.length).toBeGreaterThan(0);
        } finally {
            console.error = consoleError;
            parser.parse = parse;
        }
    });
});
