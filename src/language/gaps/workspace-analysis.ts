import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { buildDocumentModel, buildWorkspaceModel, type DocumentModel } from '../../model/build-model.js';
import type { Gap } from '../../model/gap.js';
import { IncrementalGapAnalysis } from '../../model/incremental-gaps.js';
import type { WorkspaceModel } from '../../model/journey-model.js';
import type { AstNode } from 'langium';
import type { Model } from '../generated/ast.js';
import type { GapSettingsProvider } from './gap-settings-provider.js';

interface CachedDocumentModel {
    root: AstNode;
    model: DocumentModel;
}

/**
 * The workspace model and its gaps, computed once per workspace build and shared by every
 * document's validation, the gap report and the code lenses. Each document's part of the
 * model is kept until that document is parsed or linked again, and so are the gaps of its
 * journeys: a keystroke in one map rebuilds that map's part and gaps, not the workspace's.
 */
export class WorkspaceAnalysis {
    private model: WorkspaceModel | undefined;
    private gaps: Gap[] | undefined;
    private gapsByUri: Map<string, Gap[]> | undefined;
    private readonly documentModels = new Map<string, CachedDocumentModel>();
    private readonly incremental = new IncrementalGapAnalysis();

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: GapSettingsProvider) {
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.documentModels.delete(uri.toString());
            this.clear();
        });
        builder.onDocumentPhase(DocumentState.Linked, document => { this.documentModels.delete(document.uri.toString()); });
        builder.onBuildPhase(DocumentState.Linked, () => this.clear());
        settings.onDidChange(() => this.clearGaps());
    }

    getModel(): WorkspaceModel {
        this.model ??= buildWorkspaceModel(this.shared.workspace.LangiumDocuments.all
            .filter(document => document.state >= DocumentState.Linked)
            .map(document => document as LangiumDocument<Model>), document => this.documentModel(document));
        return this.model;
    }

    getGaps(): Gap[] {
        this.gaps ??= this.incremental.analyse(this.getModel(), this.settings.settings);
        return this.gaps;
    }

    gapsIn(uri: string): Gap[] {
        if (!this.gapsByUri) {
            this.gapsByUri = new Map();
            for (const gap of this.getGaps()) {
                const list = this.gapsByUri.get(gap.location.uri);
                if (list) list.push(gap);
                else this.gapsByUri.set(gap.location.uri, [gap]);
            }
        }
        return this.gapsByUri.get(uri) ?? [];
    }

    private documentModel(document: LangiumDocument<Model>): DocumentModel {
        const uri = document.uri.toString();
        const root = document.parseResult.value;
        const cached = this.documentModels.get(uri);
        if (cached?.root === root) return cached.model;
        const model = buildDocumentModel(document);
        this.documentModels.set(uri, { root, model });
        return model;
    }

    private clear(): void {
        this.model = undefined;
        this.clearGaps();
    }

    private clearGaps(): void {
        this.gaps = undefined;
        this.gapsByUri = undefined;
    }
}

/** Validates every document again, e.g. after the settings changed. */
export async function revalidateAll(shared: LangiumSharedCoreServices): Promise<void> {
    await shared.workspace.WorkspaceLock.write(token => {
        const builder = shared.workspace.DocumentBuilder;
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (document.state > DocumentState.IndexedReferences) builder.resetToState(document, DocumentState.IndexedReferences);
        }
        return builder.update([], [], token);
    });
}
