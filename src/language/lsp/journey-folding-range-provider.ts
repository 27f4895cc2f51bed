import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { FoldingRangeProvider, LangiumServices } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

// As language-configuration.json: VS Code ignores those markers once a server provides
// folding ranges, so the server folds regions itself.
const REGION_START = /^\s*\/\/\s*#?region\b/;
const REGION_END = /^\s*\/\/\s*#?endregion\b/;

/**
 * Folds every `{ … }` block that spans lines, multi-line comments, runs of `//` comments and
 * `// #region` … `// #endregion`. Langium's default folds whole elements of three lines or
 * more, so a two-line block or comment did not fold, and a `persona` without braces did.
 */
export class JourneyFoldingRangeProvider implements FoldingRangeProvider {
    constructor(private readonly services: LangiumServices) {}

    getFoldingRanges(document: LangiumDocument): MaybePromise<FoldingRange[]> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const lines = document.textDocument.getText().split(/\r?\n/);
        return [...this.blocks(document, lines), ...this.comments(document, lines), ...regions(lines)]
            .sort((a, b) => a.startLine - b.startLine);
    }

    private blocks(document: LangiumDocument, lines: string[]): FoldingRange[] {
        const ranges: FoldingRange[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
            const closes = GrammarUtils.findNodesForKeyword(node.$cstNode, '}');
            const close = closes[closes.length - 1];
            if (!open || !close) continue;
            const start = open.range.start.line;
            const end = endLine(lines, close.range.start);
            if (end > start) ranges.push(FoldingRange.create(start, end));
        }
        return ranges;
    }

    private comments(document: LangiumDocument, lines: string[]): FoldingRange[] {
        const multiline = this.services.parser.GrammarConfig.multilineCommentRules;
        const ranges: FoldingRange[] = [];
        let run: { start: number; end: number } | undefined;
        const flushRun = () => {
            if (run && run.end > run.start) ranges.push(FoldingRange.create(run.start, run.end, undefined, undefined, FoldingRangeKind.Comment));
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(document.parseResult.value.$cstNode!)) {
            if (!leaf.hidden) continue;
            const { start, end } = leaf.range;
            if (multiline.includes(leaf.tokenType.name)) {
                flushRun();
                if (end.line > start.line) ranges.push(FoldingRange.create(start.line, end.line, undefined, undefined, FoldingRangeKind.Comment));
            } else if (leaf.tokenType.name === 'SL_COMMENT' && !REGION_START.test(lines[start.line]!) && !REGION_END.test(lines[start.line]!)) {
                // Only whole-line comments following one another make a run.
                const alone = lines[start.line]!.trimStart().startsWith('//');
                if (alone && run && run.end === start.line - 1) run.end = start.line;
                else { flushRun(); if (alone) run = { start: start.line, end: start.line }; }
            }
        }
        flushRun();
        return ranges;
    }
}

/** The last line to hide: the line before a `}` that starts its line, else the `}`'s own line. */
function endLine(lines: string[], close: { line: number; character: number }): number {
    const before = lines[close.line]!.slice(0, close.character);
    return before.trim() === '' ? close.line - 1 : close.line;
}

function regions(lines: string[]): FoldingRange[] {
    const ranges: FoldingRange[] = [];
    const open: number[] = [];
    lines.forEach((line, index) => {
        if (REGION_START.test(line)) open.push(index);
        else if (REGION_END.test(line)) {
            const start = open.pop();
            if (start !== undefined && index > start) ranges.push(FoldingRange.create(start, index, undefined, undefined, FoldingRangeKind.Region));
        }
    });
    return ranges;
}
