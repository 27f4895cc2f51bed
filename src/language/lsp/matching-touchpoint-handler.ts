import { DocumentState, URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { MatchingTouchpointRequest, type MatchingTouchpointParams, type MatchingTouchpointResult } from '../../protocol/journey-protocol.js';
import type { JourneyServices } from '../journey-module.js';
import { findMatchingTouchpoint } from './matching-touchpoint.js';

/** Answers `journey/matchingTouchpoint` once the document is linked (`improves` resolved). */
export function addMatchingTouchpointHandler(services: JourneyServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    const { DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    connection.onRequest(MatchingTouchpointRequest.method, async (params: MatchingTouchpointParams, token: CancellationToken): Promise<MatchingTouchpointResult> => {
        const uri = URI.parse(params.textDocument.uri);
        await DocumentBuilder.waitUntil(DocumentState.Linked, uri, token);
        const document = LangiumDocuments.getDocument(uri);
        return document ? findMatchingTouchpoint(document, params.position, LangiumDocuments) : [];
    });
}
