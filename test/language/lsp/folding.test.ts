import { expectFoldings } from 'langium/test';
import { beforeEach, describe, expect, test } from 'vitest';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { resetWorkspace, services } from '../journey-test-services.js';

const foldings = expectFoldings(services.Journey);

/** Each folding as `start-end kind`, lines counted from 0. */
async function folds(text: string): Promise<string[]> {
    let result: string[] = [];
    await foldings({ text, disposeAfterCheck: true, assert: (list: FoldingRange[]) => { result = list.map(f => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`); } });
    return result;
}

describe('folding ranges', () => {
    beforeEach(resetWorkspace);

    test('the helper: every block from its `{` to the line before its `}`', async () => {
        // <| … |> mark where each folding starts and ends (the line before the closing brace).
        await foldings({
            text: 'journey Support <|{\n    stage Contact <|{\n        touchpoint Call|>\n    }|>\n}\n',
            disposeAfterCheck: true,
        });
    });

    test('every `{ … }` spanning lines, two-line blocks too; one-line blocks not', async () => {
        const text = [
            'persona Alex "Office worker" {',   // 0
            '    goal "Work" }',                // 1: `}` ends a line with content: that line folds too
            'journey Support {',                // 2
            '    stage Contact {',              // 3
            '        touchpoint Call { emotion 2 }', // 4: one line, no folding
            '        touchpoint Ticket {',      // 5
            '            emotion 3',            // 6
            '        }',                        // 7
            '    }',                            // 8
            '}',                                // 9
        ].join('\n');
        expect(await folds(text)).toEqual(['0-1', '2-8', '3-7', '5-6']);
    });

    test('a `{` on the line after the header folds from there', async () => {
        expect(await folds('journey Support\n{\n    stage Contact\n    stage Resolve\n}')).toEqual(['1-3']);
    });

    test('an element without braces spanning lines does not fold (the default folded it)', async () => {
        expect(await folds('persona Alex\n    goal "Work"\n    goal "Rest"\n    need "Quiet"')).toEqual([]);
    });

    test('multi-line comments, runs of line comments and #regions', async () => {
        const text = [
            '/* Shared declarations', // 0
            '   for every journey */', // 1
            '// #region People',      // 2
            '// Personas first,',     // 3
            '// then stakeholders.',  // 4
            'persona Alex // trailing comments do not join a run', // 5
            '// #endregion',          // 6
            '/* one line */',         // 7
            '// alone',               // 8
        ].join('\n');
        expect(await folds(text)).toEqual([`0-1 ${FoldingRangeKind.Comment}`, `2-6 ${FoldingRangeKind.Region}`, `3-4 ${FoldingRangeKind.Comment}`]);
    });

    test('a document that does not parse still folds its blocks', async () => {
        expect(await folds('journey Support {\n    stage Contact {\n        touchpoint\n    }\n}')).toEqual(['0-3', '1-2']);
    });
});
