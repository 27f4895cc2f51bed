import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { analyseGaps } from '../../model/analyse-gaps.js';
import { buildWorkspaceModel } from '../../model/build-model.js';
import type { Gap } from '../../model/gap.js';
import type { WorkspaceModel } from '../../model/journey-model.js';
import type { Model } from '../generated/ast.js';
import type { GapSettingsProvider } from './gap-settings-provider.js';

/**
 * The workspace model and its gaps, computed once per workspace build and shared by every
 * document's validation, the gap report and the code lenses.
 */
export class WorkspaceAnalysis {
    private model: WorkspaceModel | undefined;
    private gaps: Gap[] | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: GapSettingsProvider) {
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(() => this.clear());
        builder.onBuildPhase(DocumentState.Linked, () => this.clear());
        settings.onDidChange(() => { this.gaps = undefined; });
    }

    getModel(): WorkspaceModel {
        this.model ??= buildWorkspaceModel(this.shared.workspace.LangiumDocuments.all
            .filter(document => document.state >= DocumentState.Linked)
            .map(document => document as LangiumDocument<Model>));
        return this.model;
    }

    getGaps(): Gap[] {
        this.gaps ??= analyseGaps(this.getModel(), this.settings.settings);
        return this.gaps;
    }

    gapsIn(uri: string): Gap[] {
        return this.getGaps().filter(gap => gap.location.uri === uri);
    }

    private clear(): void {
        this.model = undefined;
        this.gaps = undefined;
    }
}

/**
 * Gaps span files (an ideal journey changes what its actual journey lacks; a use in one file
 * makes a declaration in another used), so when any map changes every other map is validated
 * again. Linking is not repeated: only validation.
 */
export function revalidateAllOnChange(shared: LangiumSharedCoreServices): void {
    const builder = shared.workspace.DocumentBuilder;
    builder.onUpdate(changed => {
        const changedUris = new Set(changed.map(uri => uri.toString()));
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (!changedUris.has(document.uri.toString()) && document.state > DocumentState.IndexedReferences) {
                builder.resetToState(document, DocumentState.IndexedReferences);
            }
        }
    });
}

/** Validates every document again, e.g. after the settings changed. */
export async function revalidateAll(shared: LangiumSharedCoreServices): Promise<void> {
    await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([], [], token));
}
