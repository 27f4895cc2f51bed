import { DocumentState } from 'langium';
import type { JourneyServices } from '../journey-module.js';

/**
 * Asks the client to fetch inlay hints again when they may have changed without the hinted file
 * changing: after the setting is switched, and after any build, since a hint shows the emotion
 * of a touchpoint in another file (the paired ideal or actual journey).
 */
export function refreshInlayHintsWhenStale(services: JourneyServices): void {
    const shared = services.shared;
    const connection = shared.lsp.Connection;
    if (!connection) return;
    let supported = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        supported = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    });
    const refresh = () => {
        if (supported) void connection.languages.inlayHint.refresh().catch(() => undefined);
    };
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'journey') refresh();
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, (documents) => {
        if (documents.length > 0) refresh();
    });
}
