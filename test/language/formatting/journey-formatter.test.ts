/**
 * The canonical formatter, through the language server's Format Document and Format
 * Selection (langium/test's expectFormatting), and over a corpus: the examples and
 * deliberately messy files must format idempotently, keep every token and comment, and keep
 * the meaning of the map (the same journey model before and after).
 */
import fs from 'node:fs';
import path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { expectFormatting } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { formatJourneyText } from '../../../src/language/formatting/format-journey.js';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import { buildFiles } from '../../support/build-files.js';
import { parse, resetWorkspace, services } from '../journey-test-services.js';

afterEach(resetWorkspace);

const format = expectFormatting(services.Journey);
const root = path.resolve(__dirname, '..', '..', '..');

describe('Format Document', () => {
    test('lays out a map written on one line', async () => {
        await format({
            before: 'persona Alex "Office worker" channel Phone "Phone" journey J { persona Alex stage S { touchpoint T { channel Phone emotion 2 confused } touchpoint U "Gives up" { channel Phone gives up "Queue" moment of truth } } }',
            after: [
                'persona Alex "Office worker"',
                'channel Phone "Phone"',
                'journey J {',
                '    persona Alex',
                '    stage S {',
                '        touchpoint T { channel Phone  emotion 2 confused }',
                '        touchpoint U "Gives up" { channel Phone  gives up "Queue"  moment of truth }',
                '    }',
                '}',
                '',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    test('re-indents blocks to four spaces and keeps the author\'s line breaks between fields', async () => {
        await format({
            before: 'journey J {\n  stage S {\n\t touchpoint T {\n channel Phone   owner Desk\n    emotion  3\n   }\n }\n}',
            after: 'journey J {\n    stage S {\n        touchpoint T {\n            channel Phone  owner Desk\n            emotion 3\n        }\n    }\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('keeps comments where they were: trailing, on their own line, inside a one-line block', async () => {
        await format({
            before: '// top\njourney J {   // after the brace\n  stage S { touchpoint T { owner Desk /* why */ } }\n     // before the closing brace\n}\n// end',
            after: '// top\njourney J { // after the brace\n    stage S {\n        touchpoint T { owner Desk /* why */ }\n    }\n    // before the closing brace\n}\n// end\n',
            disposeAfterCheck: true,
        });
    });

    test('attaches commas, percent signs and minus signs; one space elsewhere in a field', async () => {
        await format({
            before: 'journey J { stage S { touchpoint T { metric M "Rate"   actual 38 %   target  <= 10 % } touchpoint U { metric D actual - 2 } } improvement I { addresses T , U } }',
            after: [
                'journey J {',
                '    stage S {',
                '        touchpoint T { metric M "Rate" actual 38% target <= 10% }',
                '        touchpoint U { metric D actual -2 }',
                '    }',
                '    improvement I { addresses T, U }',
                '}',
                '',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });

    test('keeps at most one blank line, none inside the edges of a block, and one line break at the end', async () => {
        await format({
            before: '\n\n\npersona A\n\n\n\nchannel C\njourney J {\n\n\n    persona A\n\n\n\n    outcome "O"\n\n}\n\n\n',
            after: 'persona A\n\nchannel C\njourney J {\n    persona A\n\n    outcome "O"\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('continues a field broken over lines one level deeper', async () => {
        await format({
            before: 'stakeholder Desk "Service desk"\ninfluence high\njourney J {\nimprovement I {\naddresses T,\nU\n}\n}',
            after: 'stakeholder Desk "Service desk"\n    influence high\njourney J {\n    improvement I {\n        addresses T,\n            U\n    }\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('joins a { written on its own line to its element, and starts the block after a comment that follows {', async () => {
        await format({
            before: 'journey J\n{\n    stage S "t"\n  { touchpoint A { /* c */ emotion 3\n pain "p" } }\n}',
            after: 'journey J {\n    stage S "t" {\n        touchpoint A { /* c */\n            emotion 3\n            pain "p"\n        }\n    }\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('keeps Windows line endings', async () => {
        const document = await parse('journey J {\r\n  stage S {}\r\n}');
        const edits = await services.Journey.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('journey J {\r\n    stage S {}\r\n}\r\n');
    });

    test('leaves a canonical file alone: no edits at all', async () => {
        const text = fs.readFileSync(path.join(root, 'examples', 'password-reset.journey'), 'utf8');
        const document = await parse(text);
        const edits = await services.Journey.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: false } });
        expect(edits).toEqual([]);
    });

    test('does not touch a file with a syntax error', async () => {
        const document = await parse('journey J {\n   stage S {   touchpoint T { emotion }\n}');
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        const edits = await services.Journey.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits).toEqual([]);
    });
});

describe('Format Selection', () => {
    test('changes only the selected lines', async () => {
        await format({
            before: 'journey J {\n  stage A {\n  touchpoint T {   owner   Desk }\n  }\n  stage B {\n  touchpoint U {   owner   Desk }\n  }\n}\n',
            range: { start: { line: 5, character: 0 }, end: { line: 5, character: 36 } },
            after: 'journey J {\n  stage A {\n  touchpoint T {   owner   Desk }\n  }\n  stage B {\n        touchpoint U { owner Desk }\n  }\n}\n',
            disposeAfterCheck: true,
        });
    });
});

describe('formatting the examples and a messy corpus', () => {
    const core = createJourneyServices(EmptyFileSystem).Journey;
    const corpus = [
        ...['password-reset.journey', 'password-reset-ideal.journey', 'shared.journey'].map(name => path.join(root, 'examples', name)),
        ...fs.readdirSync(path.join(root, 'examples', 'es')).map(name => path.join(root, 'examples', 'es', name)),
        ...fs.readdirSync(path.join(root, 'test', 'fixtures', 'messy')).map(name => path.join(root, 'test', 'fixtures', 'messy', name)),
    ];

    const formatted = (text: string) => {
        const outcome = formatJourneyText(core, text);
        if (!outcome.ok) throw new Error(`cannot format: ${outcome.blocker.line}:${outcome.blocker.column} ${outcome.blocker.message}`);
        return outcome.text;
    };
    const tokens = (text: string) => {
        const lexed = core.parser.Lexer.tokenize(text);
        return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
    };

    test.each(corpus.map(file => [path.relative(root, file), file]))('%s: idempotent, and every token and comment kept in order', (_name, file) => {
        const text = fs.readFileSync(file, 'utf8');
        const once = formatted(text);
        expect(formatted(once)).toBe(once);
        expect(tokens(once)).toEqual(tokens(text));
        expect(once).not.toMatch(/[ \t]+\r?$/m);
        expect(once.endsWith('\n') && !once.endsWith('\n\n')).toBe(true);
    });

    test('the examples are canonically formatted (CI runs journey fmt --check examples)', () => {
        for (const file of corpus.filter(f => f.includes(`${path.sep}examples${path.sep}`))) {
            expect(formatted(fs.readFileSync(file, 'utf8')), path.relative(root, file)).toBe(fs.readFileSync(file, 'utf8'));
        }
    });

    test.each(fs.readdirSync(path.join(root, 'test', 'fixtures', 'messy')))('messy/%s means the same after formatting: an equal journey model', async name => {
        const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'messy', name), 'utf8');
        const modelOf = async (source: string) => {
            const isolated = createJourneyServices(EmptyFileSystem);
            const documents = await buildFiles(isolated, { [name]: source });
            expect((documents[name].diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
            return JSON.stringify(isolated.Journey.gaps.Analysis.getModel(), (key, value) => (['range', 'nameRange', 'source'].includes(key) ? undefined : value));
        };
        expect(await modelOf(formatted(text))).toBe(await modelOf(text));
    });
});
