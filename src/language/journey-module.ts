import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { JourneyMapsGeneratedModule, JourneyMapsGeneratedSharedModule } from './generated/module.js';
import { JourneyCodeActionProvider } from './code-actions/journey-code-actions.js';
import { JourneyFormatter } from './formatting/journey-formatter.js';
import { JourneyDocumentValidator } from './journey-document-validator.js';
import { JourneyLinker } from './journey-linker.js';
import { JourneyNameProvider } from './journey-name-provider.js';
import { JourneyTokenBuilder } from './journey-token-builder.js';
import { JourneyValueConverter } from './journey-value-converter.js';
import { JourneyWorkspaceManager } from './journey-workspace-manager.js';
import { JourneyScopeComputation } from './journey-scope-computation.js';
import { JourneyScopeProvider } from './journey-scope-provider.js';
import { JourneyLexerErrorMessages, JourneyParserErrorMessages } from './parser-error-messages.js';
import { registerValidationChecks } from './validation/journey-validator.js';
import { GapCodeLensProvider } from './gaps/gap-code-lens.js';
import { addGapReportHandler } from './gaps/gap-report-handler.js';
import { addModelHandler } from './gaps/model-handler.js';
import { GapSettingsProvider } from './gaps/gap-settings-provider.js';
import { syncGapSettings } from './gaps/settings-sync.js';
import { WorkspaceAnalysis } from './gaps/workspace-analysis.js';
import { CrossFileChecks } from './cross-file-checks.js';
import { JourneyDocumentBuilder } from './journey-document-builder.js';
import { JourneyDocumentFactory } from './incremental/journey-document-factory.js';
import { JourneyCompletionProvider } from './lsp/journey-completion-provider.js';
import { JourneyHoverProvider } from './lsp/journey-hover-provider.js';
import { JourneyDocumentSymbolProvider } from './lsp/journey-document-symbol-provider.js';
import { JourneyFoldingRangeProvider } from './lsp/journey-folding-range-provider.js';
import { JourneyRenameProvider } from './lsp/journey-rename-provider.js';
import { JourneyWorkspaceSymbolProvider } from './lsp/journey-workspace-symbol-provider.js';
import { addMatchingTouchpointHandler } from './lsp/matching-touchpoint-handler.js';
import { JourneyInlayHintProvider } from './lsp/journey-inlay-hint-provider.js';
import { JourneySemanticTokenProvider } from './lsp/journey-semantic-token-provider.js';
import { refreshInlayHintsWhenStale } from './lsp/inlay-hint-refresh.js';
import { JourneyConfigurationProvider } from './journey-configuration-provider.js';

export interface JourneyAddedServices {
    validation: {
        CrossFileChecks: CrossFileChecks;
    };
    gaps: {
        Settings: GapSettingsProvider;
        Analysis: WorkspaceAnalysis;
    };
}

export type JourneyServices = LangiumServices & JourneyAddedServices;

export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    gaps: {
        Settings: () => new GapSettingsProvider(),
        Analysis: services => new WorkspaceAnalysis(services.shared, services.gaps.Settings),
    },
    parser: {
        ParserErrorMessageProvider: services => new JourneyParserErrorMessages(() => services.Grammar),
        LexerErrorMessageProvider: () => new JourneyLexerErrorMessages(),
        TokenBuilder: () => new JourneyTokenBuilder(),
        ValueConverter: () => new JourneyValueConverter(),
    },
    references: {
        ScopeComputation: services => new JourneyScopeComputation(services),
        ScopeProvider: services => new JourneyScopeProvider(services),
        Linker: services => new JourneyLinker(services),
        NameProvider: () => new JourneyNameProvider(),
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services),
        CrossFileChecks: () => new CrossFileChecks(),
    },
    lsp: {
        CompletionProvider: services => new JourneyCompletionProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
        CodeActionProvider: services => new JourneyCodeActionProvider(services),
        CodeLensProvider: services => new GapCodeLensProvider(services),
        Formatter: services => new JourneyFormatter(services),
        DocumentSymbolProvider: services => new JourneyDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new JourneyFoldingRangeProvider(services),
        RenameProvider: services => new JourneyRenameProvider(services),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services),
        InlayHintProvider: services => new JourneyInlayHintProvider(services),
    },
};

export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: services => new JourneyDocumentFactory(services),
        DocumentBuilder: services => new JourneyDocumentBuilder(services, document =>
            (services.ServiceRegistry.getServices(document.uri) as Partial<JourneyServices>).validation?.CrossFileChecks),
        WorkspaceManager: services => new JourneyWorkspaceManager(services),
        ConfigurationProvider: services => new JourneyConfigurationProvider(services),
    },
    lsp: {
        WorkspaceSymbolProvider: services => new JourneyWorkspaceSymbolProvider(services),
    },
};

export interface JourneyServiceSet {
    shared: LangiumSharedServices;
    Journey: JourneyServices;
}

/**
 * Builds the language services. With a `connection` they serve an editor over LSP;
 * without one (CLI, tests) they run standalone.
 */
export function createJourneyServices(context: DefaultSharedModuleContext): JourneyServiceSet {
    const shared = inject(createDefaultSharedModule(context), JourneyMapsGeneratedSharedModule, JourneySharedModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyMapsGeneratedModule, JourneyModule);
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
    if (context.connection) {
        syncGapSettings(Journey);
        addGapReportHandler(Journey);
        addModelHandler(Journey);
        addMatchingTouchpointHandler(Journey);
        refreshInlayHintsWhenStale(Journey);
    } else {
        // No client will send configuration: mark it ready so document builds do not wait.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
