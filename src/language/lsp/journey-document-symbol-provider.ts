import { GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise, type NameProvider } from 'langium';
import type { DocumentSymbolProvider, LangiumServices } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isJourney, isQuestion, isStage, isTouchpoint, type Model } from '../generated/ast.js';
import { symbolKindOf } from './symbol-kinds.js';

/**
 * The outline: personas, stakeholders, channels and journeys at the top; under a journey its
 * stages (with their touchpoints), improvements and questions. Metrics and lane actions are
 * left out on purpose: they would drown the steps of the journey.
 */
export class JourneyDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nameProvider: NameProvider;

    constructor(services: LangiumServices) {
        this.nameProvider = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument): MaybePromise<DocumentSymbol[]> {
        const model = document.parseResult.value as Model;
        return model.elements.flatMap(element => this.symbol(element));
    }

    private symbol(node: AstNode): DocumentSymbol[] {
        const cst = node.$cstNode;
        const nameNode = isQuestion(node) ? GrammarUtils.findNodeForProperty(cst, 'text') : this.nameProvider.getNameNode(node);
        const name = isQuestion(node) ? node.text : this.nameProvider.getName(node);
        // A half-typed element (`touchpoint` without a name yet) has nothing to show.
        if (!cst || !nameNode || !name) return [];
        const children = this.children(node).flatMap(child => this.symbol(child));
        return [{
            name,
            detail: title(node),
            kind: symbolKindOf(node.$type),
            range: cst.range,
            selectionRange: nameNode.range,
            children: children.length > 0 ? children : undefined,
        }];
    }

    private children(node: AstNode): AstNode[] {
        if (isJourney(node)) return [...node.stages, ...node.improvements, ...node.questions];
        if (isStage(node)) return [...node.touchpoints, ...node.questions];
        if (isTouchpoint(node)) return node.questions;
        return [];
    }
}

function title(node: AstNode): string | undefined {
    const value = (node as { title?: unknown }).title;
    return typeof value === 'string' ? value : undefined;
}
