import { AstUtils, CstUtils, GrammarAST, type AstNode, type IndexManager, type LangiumDocument, type LangiumDocuments, type References } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type RenameParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { Channel, isTouchpoint, Journey, JourneyMapsTerminals, Persona, Stakeholder, type Touchpoint } from '../generated/ast.js';
import { journeyOf, pairingGroup, touchpointsOf } from './journey-pairs.js';

/** Declared at the top of a file and referenced from anywhere: one name in the whole workspace. */
const GLOBAL_TYPES = new Set<string>([Persona.$type, Stakeholder.$type, Channel.$type, Journey.$type]);
const ID = new RegExp(`^(?:${JourneyMapsTerminals.ID.source})$`, JourneyMapsTerminals.ID.flags);

/**
 * Langium's rename, refused (with a message the editor shows) when the new name is not a name
 * or is taken by an element of the same kind in scope. Renaming a touchpoint of a paired
 * journey renames the same-named touchpoint of the other journeys of the pair too, with their
 * references, so that the ideal/actual matching by name holds.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly referenceFinder: References;

    constructor(services: LangiumServices) {
        super(services);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.referenceFinder = services.references.References;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) return undefined;
        const oldName = this.nameProvider.getName(target);
        const { newName } = params;
        if (!oldName || newName === oldName) return { changes: {} };
        this.checkName(newName);
        const targets = isTouchpoint(target) ? this.counterparts(target, oldName) : [target];
        this.checkClash(target, targets, oldName, newName);
        return { changes: this.edits(targets, newName) };
    }

    /** The declaration the name or reference at the position stands for. */
    private targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const declarations = this.references.findDeclarations(leaf);
        if (declarations.length > 0) return declarations[0];
        return this.isNameNode(leaf) ? leaf.astNode : undefined;
    }

    private checkName(newName: string): void {
        if (this.keywords.has(newName)) refuse(`'${newName}' is a keyword of the journey language and cannot be a name.`);
        if (!ID.test(newName)) refuse(`'${newName}' is not a valid name: use letters, digits and '_', starting with a letter or '_'.`);
    }

    /** The touchpoint and the same-named touchpoints of the journeys paired with its own. */
    private counterparts(touchpoint: Touchpoint, name: string): Touchpoint[] {
        const own = journeyOf(touchpoint);
        const others = pairingGroup(own, this.documents).filter(journey => journey !== own);
        return [touchpoint, ...others.flatMap(journey => touchpointsOf(journey).filter(t => t.name === name))];
    }

    private checkClash(target: AstNode, targets: AstNode[], oldName: string, newName: string): void {
        const kind = target.$type.toLowerCase();
        if (GLOBAL_TYPES.has(target.$type)) {
            const other = this.indexManager.allElements(target.$type).find(d => d.name === newName);
            if (other) refuse(`Cannot rename ${kind} '${oldName}' to '${newName}': a ${kind} named '${newName}' already exists (${other.documentUri.path.split('/').pop()}).`);
            return;
        }
        for (const node of targets) {
            // Touchpoints share their journey's scope; stages, improvements, metrics their container.
            const scope = isTouchpoint(node) ? journeyOf(node) : node.$container;
            if (!scope) continue;
            const siblings = isTouchpoint(node) ? touchpointsOf(journeyOf(node)) : AstUtils.streamContents(scope).filter(n => n.$type === node.$type).toArray();
            if (siblings.some(sibling => this.nameProvider.getName(sibling) === newName)) {
                const where = isTouchpoint(node) ? `journey '${journeyOf(node).name}'` : `'${this.nameProvider.getName(scope) ?? 'its container'}'`;
                const paired = node !== target ? ' (renamed with it to keep the ideal/actual pairing)' : '';
                refuse(`Cannot rename ${kind} '${oldName}' to '${newName}': ${where}${paired} already has a ${kind} named '${newName}'.`);
            }
        }
    }

    private edits(targets: AstNode[], newName: string): Record<string, TextEdit[]> {
        const changes: Record<string, TextEdit[]> = {};
        const seen = new Set<string>();
        for (const target of targets) {
            for (const reference of this.referenceFinder.findReferences(target, { includeDeclaration: true })) {
                const uri = reference.sourceUri.toString();
                const key = `${uri}#${reference.segment.offset}`;
                if (seen.has(key)) continue;
                seen.add(key);
                (changes[uri] ??= []).push({ range: reference.segment.range, newText: newName });
            }
        }
        return changes;
    }
}

function refuse(message: string): never {
    throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}
