import { CompositeCstNodeImpl, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LangiumParser, type RootCstNode } from 'langium';
import { findChangedSpan, type ChangedSpan } from './changed-span.js';

/**
 * Elements that can be parsed again on their own: each starts with its keyword and ends with
 * its closing brace, so no token can cross its edges and no decision of the parser inside it
 * looks past them. What an edit inside one gives is what parsing the whole file would give.
 */
const REPARSEABLE = new Set(['Touchpoint', 'Stage', 'Improvement', 'Question', 'Persona', 'Stakeholder', 'Channel']);

/** Below this size a whole parse is as quick, and simpler to trust. */
const MIN_FILE_LENGTH = 4_000;

interface Position {
    line: number;
    character: number;
}

/**
 * Parses again only the innermost element (touchpoint, stage, …) that holds an edit, and puts
 * it in place of the old one in the document's syntax tree, moving everything after it. A
 * keystroke in a 1,000-touchpoint map parses one touchpoint instead of 5,000 lines. Returns
 * false, having changed nothing, wherever that cannot be done exactly: the file or the new
 * element has a syntax error, the edit crosses an element's edge, or the file is small. Then
 * the caller parses the whole file, as Langium does. Tested against whole parses of the same
 * texts (test/language/incremental/element-reparse.test.ts).
 */
export function reparseElement(document: LangiumDocument, parser: LangiumParser, newText: string): boolean {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode?.root as RootCstNode & { _text: string } | undefined;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return false;
    const oldText = root.fullText;
    if (oldText.length < MIN_FILE_LENGTH || newText.length < MIN_FILE_LENGTH) return false;
    const span = findChangedSpan(oldText, newText);
    if (!span) return false;
    const element = enclosingElement(root, span);
    if (!element) return false;
    const old = element.$cstNode as CompositeCstNodeImpl;
    const start = old.offset;
    const oldEnd = old.end;
    const newEnd = oldEnd + span.delta;
    const result = parser.parse(newText.slice(start, newEnd), { rule: element.$type });
    const fresh = result.value;
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || fresh.$type !== element.$type) return false;
    const freshRoot = fresh.$cstNode;
    if (!freshRoot || !isCompositeCstNode(freshRoot) || freshRoot.end !== newEnd - start || freshRoot.offset !== 0) return false;

    const levels = wrapperLevels(old, element);
    const startPosition = old.range.start;
    const oldEndPosition = { ...old.range.end };
    // New composite nodes take the old ones' place, as many levels deep as the whole parse makes
    // them (a declaration is a `Declaration` rule call around a `Persona` one); the sub-parse's
    // root holds only the innermost level's content.
    let replacement: CompositeCstNodeImpl | undefined;
    let innermost: CompositeCstNodeImpl | undefined;
    for (const level of levels) {
        const composite = new CompositeCstNodeImpl();
        composite.grammarSource = level.grammarSource;
        composite.root = root;
        composite.astNode = fresh;
        if (innermost) innermost.content.push(composite);
        else replacement = composite;
        innermost = composite;
    }
    for (const child of [...freshRoot.content]) innermost!.content.push(child);
    replacement = replacement!;
    (fresh as { $cstNode?: CstNode }).$cstNode = replacement;
    for (const leaf of leavesOf(replacement, 0)) moveIntoFile(leaf, start, startPosition);
    for (const node of nodesOf(replacement)) node.root = root;
    const newEndPosition = replacement.range.end;

    // Everything after the element moves by the edit's size, in lines and, on its last line, in characters.
    const lineDelta = newEndPosition.line - oldEndPosition.line;
    const characterDelta = newEndPosition.character - oldEndPosition.character;
    for (const leaf of leavesOf(root, oldEnd)) shift(leaf, span.delta, lineDelta, characterDelta, oldEndPosition.line);

    const parent = old.container as CompositeCstNodeImpl;
    parent.content[parent.content.indexOf(old)] = replacement;
    replacement.container = parent;
    for (let ancestor: CstNode | undefined = parent; ancestor; ancestor = ancestor.container) clearRangeCache(ancestor);

    const container = element.$container!;
    const property = element.$containerProperty!;
    const value = (container as unknown as Record<string, unknown>)[property];
    if (Array.isArray(value)) value[element.$containerIndex!] = fresh;
    else (container as unknown as Record<string, unknown>)[property] = fresh;
    Object.assign(fresh, { $container: container, $containerProperty: property, $containerIndex: element.$containerIndex });
    root._text = newText;
    return true;
}

/**
 * The element's composite node and the ones nested in it for the same element (one per rule
 * call that returns it), outermost first.
 */
function wrapperLevels(outer: CstNode, element: AstNode): CstNode[] {
    const levels: CstNode[] = [outer];
    let current = outer;
    for (;;) {
        if (!isCompositeCstNode(current)) break;
        const only = current.content.length === 1 ? current.content[0] : undefined;
        if (!only || !isCompositeCstNode(only) || only.astNode !== element) break;
        levels.push(only);
        current = only;
    }
    return levels;
}

/** The innermost reparseable element whose tokens strictly surround the edit. */
function enclosingElement(root: RootCstNode, span: ChangedSpan): AstNode | undefined {
    let found: AstNode | undefined;
    let current: CstNode = root;
    for (;;) {
        if (!isCompositeCstNode(current)) return found;
        const child: CstNode | undefined = current.content.find(c => !c.hidden && c.offset < span.start && span.oldEnd < c.end);
        if (!child) return found;
        const node = child.astNode;
        if (isCompositeCstNode(child) && node.$cstNode === child && REPARSEABLE.has(node.$type) && endsWithBrace(child)) found = node;
        current = child;
    }
}

function endsWithBrace(node: CstNode): boolean {
    const leaves = leavesOf(node, 0).filter(leaf => !leaf.hidden);
    const last = leaves[leaves.length - 1];
    return last !== undefined && last.text === '}';
}

interface MutableLeaf {
    _offset: number;
    _range: { start: Position; end: Position };
}

function moveIntoFile(leaf: CstNode, offset: number, at: Position): void {
    const mutable = leaf as unknown as MutableLeaf;
    mutable._offset += offset;
    for (const position of [mutable._range.start, mutable._range.end]) {
        if (position.line === 0) position.character += at.character;
        position.line += at.line;
    }
}

function shift(leaf: CstNode, delta: number, lineDelta: number, characterDelta: number, oldLine: number): void {
    const mutable = leaf as unknown as MutableLeaf;
    mutable._offset += delta;
    for (const position of [mutable._range.start, mutable._range.end]) {
        if (position.line === oldLine) position.character += characterDelta;
        position.line += lineDelta;
    }
}

function clearRangeCache(node: CstNode): void {
    (node as unknown as { _rangeCache?: unknown })._rangeCache = undefined;
}

function* nodesOf(node: CstNode): Generator<CstNode & { root: RootCstNode }> {
    yield node as CstNode & { root: RootCstNode };
    if (isCompositeCstNode(node)) for (const child of node.content) yield* nodesOf(child);
}

/** The leaves at or after offset `from`. */
function leavesOf(node: CstNode, from: number): CstNode[] {
    const leaves: CstNode[] = [];
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (isLeafCstNode(current)) {
            if (current.offset >= from) leaves.push(current);
        } else if (isCompositeCstNode(current)) {
            for (let i = current.content.length - 1; i >= 0; i--) stack.push(current.content[i]);
        }
    }
    return leaves;
}
