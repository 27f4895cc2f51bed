// The shape of a parse, for comparing an incremental parse with a whole one: every CST node's
// offset, length, range, token and grammar element, and the AST without its back links.
import { isCompositeCstNode, isLeafCstNode, type CstNode } from 'langium';

export function cstShape(node: CstNode): unknown {
    const common = { offset: node.offset, length: node.length, hidden: node.hidden, range: node.range, grammar: node.grammarSource?.$cstNode?.offset, text: node.text };
    if (isLeafCstNode(node)) return { ...common, token: node.tokenType.name };
    if (isCompositeCstNode(node)) return { ...common, ast: node.astNode.$type, content: node.content.map(cstShape) };
    return common;
}

export function astShape(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(astShape);
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    if ('$refText' in record) return { ref: record.$refText };
    const shape: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
        if (key === '$type' || !key.startsWith('$')) shape[key] = astShape(value);
    }
    if (typeof record.$containerIndex === 'number') shape.$containerIndex = record.$containerIndex;
    shape.$cst = (record.$cstNode as CstNode | undefined)?.offset;
    return shape;
}
