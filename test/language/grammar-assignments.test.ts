// The grammar takes fields in any order and any number of times, so Langium's grammar check warns
// that a second `owner` (say) would replace the first. scripts/generate-parser.mjs leaves those
// warnings out of the build because duplicate-fields.ts reports each such field to the author;
// this test is what makes that true: a field Langium warns about must be covered there.
import fs from 'node:fs';
import path from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST, URI } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { describe, expect, test } from 'vitest';
import { SINGLE_FIELDS } from '../../src/language/validation/duplicate-fields.js';

const grammarPath = path.resolve(__dirname, '..', '..', 'src', 'language', 'journey.langium');

// Written only together with another single field: a second one means a second of that one.
const COMES_WITH: Record<string, string> = { giveUpReason: 'givesUp', comparison: 'target' };

async function multiAssignmentWarnings(text: string): Promise<Array<{ rule: string; feature: string }>> {
    const { shared } = createLangiumGrammarServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(grammarPath));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? [])
        .map(d => ({ line: d.range.start.line, message: d.message }))
        .filter(d => d.message.startsWith('Found multiple assignments to'))
        .map(d => {
            const node = AstUtils.streamAst(document.parseResult.value).filter(GrammarAST.isAssignment)
                .find(n => n.$cstNode!.range.start.line === d.line && d.message.includes(`'${n.feature}'`))!;
            const rule = AstUtils.getContainerOfType(node, GrammarAST.isParserRule)!;
            return { rule: rule.fragment ? rule.name.replace(/(Field|Member)$/, '') : rule.name, feature: node.feature };
        });
}

function uncovered(warnings: Array<{ rule: string; feature: string }>): string[] {
    return warnings
        .filter(({ rule, feature }) => !(SINGLE_FIELDS[rule]?.[feature] || SINGLE_FIELDS[rule]?.[COMES_WITH[feature] ?? '']))
        .map(({ rule, feature }) => `${rule}.${feature}`);
}

describe('fields the grammar lets repeat', () => {
    test('every one Langium warns about is reported as a duplicate-field when written twice', async () => {
        const warnings = await multiAssignmentWarnings(fs.readFileSync(grammarPath, 'utf8'));
        expect(warnings.length).toBeGreaterThan(20);
        expect(uncovered(warnings)).toEqual([]);
    });

    test('a field that is not covered is found', async () => {
        const text = fs.readFileSync(grammarPath, 'utf8').replace("| 'description' description=STRING;\n\nQuestion:", "| 'description' description=STRING\n    | 'effort' effort=STRING;\n\nQuestion:");
        expect(text).toContain("'effort' effort=STRING");
        expect(uncovered(await multiAssignmentWarnings(text))).toEqual(['Improvement.effort']);
    });
});
