import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const FEATURES = new WeakMap<AstNode, string | null>();

/**
 * The property a CST node is assigned to (`name` for the `name=Name` of a touchpoint), or
 * undefined. Looked up once per grammar element: Langium walks up the grammar for every CST
 * node it asks about, which was a good part of building a large map's model and index.
 */
export function assignedFeature(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) return undefined;
    let feature = FEATURES.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        FEATURES.set(source, feature);
    }
    return feature ?? undefined;
}

/**
 * The first CST node of an element's own assignment to `property`, as
 * GrammarUtils.findNodeForProperty finds it (the element's CST children, fragments inlined),
 * in one pass that stops at the first match.
 */
export function firstNodeForProperty(cst: CstNode | undefined, property: string): CstNode | undefined {
    if (!cst || !isCompositeCstNode(cst)) return undefined;
    const element = cst.astNode;
    const visit = (node: CstNode): CstNode | undefined => {
        if (!isCompositeCstNode(node)) return undefined;
        for (const child of node.content) {
            if (assignedFeature(child) === property) return child;
            if (isCompositeCstNode(child) && child.astNode === element) {
                const found = visit(child);
                if (found) return found;
            }
        }
        return undefined;
    };
    return visit(cst);
}
