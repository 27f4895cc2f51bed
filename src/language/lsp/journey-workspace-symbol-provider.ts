import { AstUtils, GrammarUtils, type AstNodeDescription, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { isJourney, isTouchpoint, type Model } from '../generated/ast.js';
import { symbolKindOf } from './symbol-kinds.js';

/**
 * Langium's default lists what the index exports: personas, stakeholders, channels and
 * journeys. Touchpoints are local to their journey and not exported, so they are added here
 * from the documents themselves, with their journey as container.
 */
export class JourneyWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            for (const journey of (document.parseResult.value as Model).elements.filter(isJourney)) {
                for (const touchpoint of AstUtils.streamAst(journey).filter(isTouchpoint)) {
                    const nameNode = GrammarUtils.findNodeForProperty(touchpoint.$cstNode, 'name');
                    if (!touchpoint.name || !nameNode || !this.fuzzyMatcher.match(query, touchpoint.name)) continue;
                    symbols.push({
                        name: touchpoint.name,
                        kind: symbolKindOf(touchpoint.$type),
                        containerName: journey.name,
                        location: { uri: document.uri.toString(), range: nameNode.range },
                    });
                }
            }
        }
        return symbols;
    }

    override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        return symbol && { ...symbol, kind: symbolKindOf(description.type) };
    }
}
