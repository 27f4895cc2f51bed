import { DocumentState, URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { ModelChangedNotification, ModelRequest, type ModelParams, type ModelResult } from '../../protocol/journey-protocol.js';
import type { JourneyServices } from '../journey-module.js';

/**
 * Serves the model to clients that draw the map: a payload-free notification after every
 * validated build, and `journey/model` to pull the model, the gaps and the document's errors.
 */
export function addModelHandler(services: JourneyServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(ModelChangedNotification.method);
    });
    connection.onRequest(ModelRequest.method, async (params: ModelParams, token: CancellationToken): Promise<ModelResult> => {
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri));
        const errors = (document?.diagnostics ?? []).filter(d => d.severity === 1).length;
        return { model: services.gaps.Analysis.getModel(), gaps: services.gaps.Analysis.getGaps(), errors, locale: services.gaps.Settings.settings.locale };
    });
}
