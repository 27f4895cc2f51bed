import { DocumentState, type AstNodeDescription, type LangiumSharedCoreServices } from 'langium';

/**
 * The workspace's declarations by kind and name, for the duplicate-name check. Built once per
 * change of the index: asking the index for every declaration of a kind, for each declaration,
 * grew with the square of the workspace (1,000 journeys: a million comparisons).
 */
export class WorkspaceNames {
    private byName: Map<string, AstNodeDescription[]> | undefined;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(() => { this.byName = undefined; });
        builder.onBuildPhase(DocumentState.IndexedContent, () => { this.byName = undefined; });
    }

    /** Every declaration of this kind with this name, in the index's order. */
    named(type: string, name: string): readonly AstNodeDescription[] {
        if (!this.byName) {
            this.byName = new Map();
            for (const description of this.shared.workspace.IndexManager.allElements()) {
                const key = keyOf(description.type, description.name);
                const list = this.byName.get(key);
                if (list) list.push(description);
                else this.byName.set(key, [description]);
            }
        }
        return this.byName.get(keyOf(type, name)) ?? [];
    }
}

function keyOf(type: string, name: string): string {
    return `${type}\u0000${name}`;
}
