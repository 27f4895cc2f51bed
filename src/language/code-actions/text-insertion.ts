import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';

/** The indentation step the document uses (its first indented line), four spaces if none. */
export function indentUnit(document: LangiumDocument): string {
    const match = /^\n?([ \t]+)\S/m.exec(document.textDocument.getText());
    return match?.[1]?.startsWith('\t') ? '\t' : match?.[1] ?? '    ';
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
    return { range: { start: at, end: at }, newText: `\n${indent}${field}` };
}

/** Adds a member (an improvement, a touchpoint…) at the end of a block, before its closing brace. */
export function insertMember(document: LangiumDocument, node: AstNode, lines: string[]): TextEdit {
    const { close } = braces(node);
    const end = node.$cstNode!.range.end;
    if (!close) {
        const indent = lineIndent(document, node.$cstNode!.range.start.line) + indentUnit(document);
        return { range: { start: end, end }, newText: ` {\n${lines.map(l => indent + l).join('\n')}\n${lineIndent(document, node.$cstNode!.range.start.line)}}` };
    }
    const closeIndent = lineIndent(document, close.range.start.line);
    const indent = closeIndent + indentUnit(document);
    // Insert at the start of the closing brace's line, so the brace keeps its own line.
    const onOwnLine = document.textDocument.getText({ start: { line: close.range.start.line, character: 0 }, end: close.range.start }).trim() === '';
    const at: Position = onOwnLine ? { line: close.range.start.line, character: 0 } : close.range.start;
    const body = lines.map(l => (l ? indent + l : '')).join('\n');
    return { range: { start: at, end: at }, newText: onOwnLine ? `${body}\n` : `\n${body}\n${closeIndent}` };
}

/** Adds top-level text after a node, or at the start of the document, as its own paragraph. */
export function insertAfter(node: AstNode | undefined, text: string): TextEdit {
    if (!node?.$cstNode) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${text}\n` };
    const end = node.$cstNode.range.end;
    return { range: { start: end, end }, newText: `\n${text}` };
}

/** A name in the map's own style for a new element: `Improve` + the touchpoint's name. */
export function freshName(base: string, taken: Set<string>): string {
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
