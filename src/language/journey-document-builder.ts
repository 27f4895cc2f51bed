import { DefaultDocumentBuilder, DocumentState, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CrossFileChecks } from './cross-file-checks.js';

/**
 * Langium's document builder, plus one step: when a build is done, the files it did not
 * rebuild are validated again where a finding that depends on other files changed (see
 * CrossFileChecks). The edited file's diagnostics are published first, as soon as it is
 * validated; the others follow in the same build, so callers see one consistent result.
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices, private readonly crossFileChecks: (document: LangiumDocument) => CrossFileChecks | undefined) {
        super(services);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        if (!options.validation) return;
        const built = new Set(documents);
        const stale = this.langiumDocuments.all
            .filter(document => !built.has(document) && document.state === DocumentState.Validated
                && this.crossFileChecks(document)?.isStale(document) === true)
            .toArray();
        if (stale.length === 0) return;
        for (const document of stale) this.resetToState(document, DocumentState.IndexedReferences);
        await super.buildDocuments(stale, options, cancelToken);
    }
}
