import type { LayoutToken, WhitespaceEdit } from './layout-token.js';

/** Canonical indentation: four spaces per level of braces. Not configurable, like gofmt. */
export const INDENT = '    ';

/**
 * The canonical layout of a .journey file, as edits to the whitespace between its tokens.
 * Only whitespace changes, so no token, and no comment, can be lost or reordered.
 *
 * Line breaks between fields are the author's choice (a touchpoint's `channel`, `owner` and
 * `emotion` often share a line); everything else is fixed:
 * - elements (declarations, stages, touchpoints, improvements, questions) start a line;
 * - `{` ends a line and `}` stands on its own line, indented to its element, except that a
 *   block of fields written on one line stays on it: `question "Why?" { owner Desk }`;
 * - fields on one line are two spaces apart, words within a field one space apart;
 * - a line broken inside a field continues one level deeper;
 * - `,` and `%` attach to the word before, a minus sign to its number;
 * - a comment stays where it was: at the end of its line, or on a line of its own;
 * - at most one blank line in a row, none just inside braces or at the start, no trailing
 *   spaces, and one line break at the end of the file.
 *
 * `range` limits the edits to the tokens that start in it (Format Selection).
 */
export function canonicalLayout(text: string, tokens: readonly LayoutToken[], range?: { start: number; end: number }): WhitespaceEdit[] {
    const eol = text.includes('\r\n') && text.indexOf('\r\n') === text.indexOf('\n') - 1 ? '\r\n' : '\n';
    const gaps: WhitespaceEdit[] = [];
    const oneLine = oneLineBlocks(text, tokens);
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const previous = tokens[i - 1];
        if (token.kind === 'close') depth = Math.max(0, depth - 1);
        if (!previous) {
            gaps.push({ offset: 0, end: token.offset, text: '' });
        } else {
            const original = text.slice(previous.end, token.offset);
            gaps.push({ offset: previous.end, end: token.offset, text: separator(tokens[i - 2], previous, token, original, eol, oneLine, () => indentFor(tokens, i, depth)) });
        }
        if (token.kind === 'open') depth++;
    }
    const last = tokens[tokens.length - 1];
    gaps.push({ offset: last?.end ?? 0, end: text.length, text: last ? eol : '' });
    return gaps.filter(gap => text.slice(gap.offset, gap.end) !== gap.text && inRange(gap, text.length, range));
}

function separator(beforePrevious: LayoutToken | undefined, previous: LayoutToken, token: LayoutToken, original: string, eol: string, oneLine: ReadonlySet<LayoutToken>, indent: () => string): string {
    const lineBreaks = original.split('\n').length - 1;
    const newline = (blankAllowed: boolean) => eol + (blankAllowed && lineBreaks >= 2 ? eol : '') + indent();
    const isComment = token.kind === 'comment' || token.kind === 'line-comment';
    if (previous.kind === 'line-comment') return newline(true);
    // `{` stays on its element's line.
    if (token.kind === 'open') return ' ';
    // A comment just after `{` stays there; what follows it starts the block's first line.
    if (previous.kind === 'comment' && beforePrevious?.kind === 'open' && !oneLine.has(beforePrevious) && token.kind !== 'close') return newline(false);
    if (previous.kind === 'open') {
        if (token.kind === 'close') return '';
        if (oneLine.has(previous)) return ' ';
        if (isComment && lineBreaks === 0) return ' ';
        return newline(false);
    }
    if (token.kind === 'close') return oneLine.has(token) ? ' ' : newline(false);
    if (isComment) return lineBreaks > 0 ? newline(true) : ' ';
    if (previous.kind === 'close' || token.startsElement) return newline(true);
    if (lineBreaks > 0 && token.kind !== 'comma') return newline(true);
    if (token.startsField) return '  ';
    if (token.kind === 'comma' || token.image === '%' || previous.image === '-') return '';
    return ' ';
}

/**
 * The braces of blocks written on one line that may stay so: fields only, no element, no
 * nested block and no line comment (which would swallow the closing brace).
 */
function oneLineBlocks(text: string, tokens: readonly LayoutToken[]): Set<LayoutToken> {
    const result = new Set<LayoutToken>();
    const open: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].kind === 'open') open.push(i);
        if (tokens[i].kind !== 'close') continue;
        const start = open.pop();
        if (start === undefined || start + 1 === i) continue;
        const inner = tokens.slice(start + 1, i);
        const flat = !text.slice(tokens[start].end, tokens[i].offset).includes('\n')
            && inner.every(t => !t.startsElement && t.kind !== 'open' && t.kind !== 'close' && t.kind !== 'line-comment');
        if (flat) result.add(tokens[start]).add(tokens[i]);
    }
    return result;
}

/**
 * The indentation of a token that starts a line: its depth, one more when it continues a
 * field or an element's header. A comment on a line of its own is indented like the token
 * after it, or like the block's content when the block closes after it.
 */
function indentFor(tokens: readonly LayoutToken[], index: number, depth: number): string {
    let next = index;
    while (next < tokens.length && isCommentToken(tokens[next])) next++;
    const token = tokens[next];
    if (!token) return INDENT.repeat(depth);
    // A closing brace has already lowered `depth`; a comment before it sits inside the block.
    if (token.kind === 'close') return INDENT.repeat(depth);
    let previous = index - 1;
    while (previous >= 0 && isCommentToken(tokens[previous])) previous--;
    const before = tokens[previous];
    const continues = before !== undefined && before.kind !== 'open' && before.kind !== 'close' && !token.startsElement && !token.startsField;
    return INDENT.repeat(depth + (continues ? 1 : 0));
}

function isCommentToken(token: LayoutToken): boolean {
    return token.kind === 'comment' || token.kind === 'line-comment';
}

/** A gap belongs to the token after it (it sets that token's line and indentation). */
function inRange(gap: WhitespaceEdit, textLength: number, range?: { start: number; end: number }): boolean {
    if (!range) return true;
    if (gap.end === textLength) return gap.offset <= range.end;
    return gap.end >= range.start && gap.end < range.end;
}

/** The text with the edits applied (edits in order, not overlapping). */
export function applyWhitespaceEdits(text: string, edits: readonly WhitespaceEdit[]): string {
    let result = '';
    let at = 0;
    for (const edit of edits) {
        result += text.slice(at, edit.offset) + edit.text;
        at = edit.end;
    }
    return result + text.slice(at);
}
