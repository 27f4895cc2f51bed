import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';

/** The indentation step the document uses (its first indented line that is not inside a comment), four spaces if none. */
export function indentUnit(document: LangiumDocument): string {
    const match = /^([ \t]+)[^\s*/]/m.exec(document.textDocument.getText());
    return match?.[1]?.startsWith('\t') ? '\t' : match?.[1] ?? '    ';
}

/** The document's line ending, so that inserted lines match it. */
export function lineEnding(document: LangiumDocument): string {
    return document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
}

function lineIndent(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

function braces(node: AstNode): { open?: LeafCstNode; close?: LeafCstNode } {
    if (!node.$cstNode) return {};
    // The element's own braces are its direct leaves; nested elements have their own CST nodes.
    const leaves = [...CstUtils.flattenCst(node.$cstNode)].filter(leaf => leaf.astNode === node && !leaf.hidden);
    return { open: leaves.find(l => l.text === '{'), close: leaves.findLast(l => l.text === '}') };
}

/**
 * Adds a field to an element, where an author would write it: on its own line at the top of
 * a multi-line block, inside a one-line block, or in a new block when the element has none.
 */
export function insertField(document: LangiumDocument, node: AstNode, field: string): TextEdit {
    const { open, close } = braces(node);
    const end = node.$cstNode!.range.end;
    if (!open || !close) return { range: { start: end, end }, newText: ` { ${field} }` };
    if (open.range.start.line === close.range.start.line) {
        return { range: { start: close.range.start, end: close.range.start }, newText: `${field} ` };
    }
    const indent = lineIndent(document, open.range.start.line) + indentUnit(document);
    const at: Position = open.range.end;
    return { range: { start: at, end: at }, newText: `${lineEnding(document)}${indent}${field}` };
}

/** Adds a member (an improvement, a touchpoint…) at the end of a block, before its closing brace. */
export function insertMember(document: LangiumDocument, node: AstNode, lines: string[]): TextEdit {
    const { close } = braces(node);
    const eol = lineEnding(document);
    const end = node.$cstNode!.range.end;
    if (!close) {
        const indent = lineIndent(document, node.$cstNode!.range.start.line) + indentUnit(document);
        return { range: { start: end, end }, newText: ` {${eol}${lines.map(l => indent + l).join(eol)}${eol}${lineIndent(document, node.$cstNode!.range.start.line)}}` };
    }
    const closeIndent = lineIndent(document, close.range.start.line);
    const indent = closeIndent + indentUnit(document);
    // Insert at the start of the closing brace's line, so the brace keeps its own line.
    const onOwnLine = document.textDocument.getText({ start: { line: close.range.start.line, character: 0 }, end: close.range.start }).trim() === '';
    const at: Position = onOwnLine ? { line: close.range.start.line, character: 0 } : close.range.start;
    const body = lines.map(l => (l ? indent + l : '')).join(eol);
    return { range: { start: at, end: at }, newText: onOwnLine ? `${body}${eol}` : `${eol}${body}${eol}${closeIndent}` };
}

/** Adds text after a node (on the next line), or at the start of the document. Lines in `text` are joined with the document's line ending. */
export function insertAfter(document: LangiumDocument, node: AstNode | undefined, text: string[]): TextEdit {
    const eol = lineEnding(document);
    if (!node?.$cstNode) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${text.join(eol)}${eol}` };
    const end = node.$cstNode.range.end;
    return { range: { start: end, end }, newText: `${eol}${text.join(eol)}` };
}

/** A name in the map's own style for a new element: `Improve` + the touchpoint's name. */
export function freshName(base: string, taken: Set<string>): string {
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

/** A quoted text the grammar reads back as `text`: backslash, quote and control characters escaped. */
export function quote(text: string): string {
    const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    // eslint-disable-next-line no-control-regex
    return `"${text.replace(/[\\"\n\r\t]|[\u0000-\u001f]/g, ch => escapes[ch] ?? ' ')}"`;
}
