/**
 * The snippets VS Code offers in .journey files (snippets/journey.code-snippets, package.json
 * contributes.snippets): each one, expanded as VS Code would with its defaults, parses, links
 * and is already in the canonical layout of `journey fmt`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { afterEach, describe, expect, test } from 'vitest';
import { formatJourneyText } from '../../src/language/formatting/format-journey.js';
import { errors, messages, resetWorkspace, services, validate } from './journey-test-services.js';

afterEach(resetWorkspace);

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const [contribution] = manifest.contributes.snippets as { language: string; path: string }[];

interface Snippet { prefix: string | string[]; body: string | string[]; description: string }
const parseErrors: ParseError[] = [];
const snippets = parseJsonc(fs.readFileSync(path.join(root, contribution.path), 'utf8'), parseErrors) as Record<string, Snippet>;

/**
 * The text VS Code inserts when every placeholder keeps its default: `${1:text}` is the text,
 * `${1|a,b|}` the first choice, `$1` and `$0` nothing. Lines after the first get the
 * indentation of the line the snippet is typed on, and a tab is one level of indentation
 * (four spaces: package.json sets editor.tabSize for the journey language).
 */
export function expand(name: string, indent = ''): string {
    const snippet = snippets[name];
    if (!snippet) throw new Error(`no snippet named ${name}`);
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    const text = body
        .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(',')[0])
        .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
        .replace(/\$\{\d+\}|\$\d+/g, '');
    if (text.includes('$')) throw new Error(`${name}: a placeholder the expansion does not know: ${text}`);
    return text.split('\n').map((line, i) => (i === 0 ? line : indent + line)).join('\n').replace(/\t/g, '    ');
}

const declarations = () => `${expand('Persona')}\n${expand('Stakeholder')}\n${expand('Channel')}\n`;
const inJourney = (element: string) => `${declarations()}\njourney Context "Context" {\n    persona Customer\n    ${expand(element, '    ')}\n}\n`;
const inStage = (element: string) => `${declarations()}\njourney Context "Context" {\n    persona Customer\n    stage Context "Context" {\n        ${expand(element, '        ')}\n    }\n}\n`;
/** A journey whose touchpoint `Step` the element refers to, with the element after its stage. */
const afterStep = (element: string) => [
    declarations(),
    'journey Context "Context" {',
    '    persona Customer',
    '    stage Context "Context" {',
    '        touchpoint Step "A step" {',
    '            channel Portal  owner ServiceDesk  emotion 3',
    '        }',
    '    }',
    `    ${expand(element, '    ')}`,
    '}',
    '',
].join('\n');

/** Each snippet in a small document, where it belongs. */
const DOCUMENTS: Record<string, () => string> = {
    Persona: () => `${expand('Persona')}\n`,
    Stakeholder: () => `${expand('Stakeholder')}\n`,
    Channel: () => `${expand('Channel')}\n`,
    Journey: () => `${declarations()}\n${expand('Journey')}\n`,
    'Ideal journey': () => `${declarations()}\n${expand('Journey')}\n\n${expand('Ideal journey')}\n`,
    Stage: () => inJourney('Stage'),
    Touchpoint: () => inStage('Touchpoint'),
    Improvement: () => afterStep('Improvement'),
    Question: () => afterStep('Question'),
    Metric: () => afterStep('Metric'),
};

describe('snippets/journey.code-snippets', () => {
    test('is contributed for the journey language and is valid JSON with comments', () => {
        expect(contribution.language).toBe('journey');
        expect(parseErrors).toEqual([]);
        for (const [name, snippet] of Object.entries(snippets)) {
            expect(snippet.prefix, name).toBeTruthy();
            expect(snippet.description.length, name).toBeGreaterThan(10);
        }
    });

    test('has the snippets the editor conventions ask for, each tested below', () => {
        expect(Object.keys(snippets)).toEqual(Object.keys(DOCUMENTS));
    });

    test('indents with tabs only, which VS Code turns into the editor\'s indentation', () => {
        for (const [name, snippet] of Object.entries(snippets)) {
            const lines = Array.isArray(snippet.body) ? snippet.body : [snippet.body];
            for (const line of lines) expect(line, name).not.toMatch(/^\t* +/);
        }
    });

    test('the touchpoint offers the emotion scale and the improvement the priorities, as choices', () => {
        expect(String(snippets.Touchpoint.body)).toContain('emotion ${5|1,2,3,4,5|}');
        expect(String(snippets.Improvement.body)).toContain('priority ${5|P1,P2,P3,P4|}');
    });

    test.each(Object.keys(DOCUMENTS))('%s, expanded with its defaults, parses, links, and is in the canonical layout', async name => {
        const text = DOCUMENTS[name]();
        const { document } = await validate(text);
        expect(document.parseResult.lexerErrors, text).toEqual([]);
        expect(document.parseResult.parserErrors.map(e => e.message), text).toEqual([]);
        expect(messages(errors(document)), text).toEqual([]);
        const formatted = formatJourneyText(services.Journey, text);
        expect(formatted.ok && formatted.text, `journey fmt --check would reformat:\n${text}`).toBe(text);
    });
});
