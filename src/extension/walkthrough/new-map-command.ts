import * as vscode from 'vscode';
import { starterMapText, type DeclarationKind, type TakenNames } from './starter-map.js';

// How the language server lists declarations as workspace symbols (src/language/lsp/symbol-kinds.ts).
const KIND_OF_SYMBOL = new Map<vscode.SymbolKind, DeclarationKind>([
    [vscode.SymbolKind.Class, 'persona'],
    [vscode.SymbolKind.Object, 'stakeholder'],
    [vscode.SymbolKind.Interface, 'channel'],
    [vscode.SymbolKind.Namespace, 'journey'],
]);

/**
 * "Journey Maps: New Journey Map" (also in File › New File…): an untitled `journey-map.journey`
 * with the starter map, beside the workspace's maps. Nothing is written until the user saves.
 * Returns the new document's URI.
 */
export function registerNewMapCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand('journey.newMap', async (): Promise<vscode.Uri> => {
        const [uri, taken] = await Promise.all([freeUntitledUri(), takenNames()]);
        const text = starterMapText(taken);
        const document = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit(edit => edit.insert(new vscode.Position(0, 0), text));
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        return uri;
    }));
}

/** `journey-map.journey` in the first workspace folder, or `journey-map-2.journey`… when that is taken. */
async function freeUntitledUri(): Promise<vscode.Uri> {
    const folder = vscode.workspace.workspaceFolders?.find(f => f.uri.scheme === 'file')?.uri;
    const open = new Set(vscode.workspace.textDocuments.map(document => document.uri.path));
    for (let n = 1; ; n++) {
        const name = n === 1 ? 'journey-map.journey' : `journey-map-${n}.journey`;
        const onDisk = folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.from({ scheme: 'untitled', path: name });
        if (open.has(onDisk.path)) continue;
        if (folder && await vscode.workspace.fs.stat(onDisk).then(() => true, () => false)) continue;
        return onDisk.with({ scheme: 'untitled' });
    }
}

/** The names the workspace declares, from the language server; none if it does not answer soon. */
async function takenNames(): Promise<TakenNames> {
    const symbols = await Promise.race([
        Promise.resolve(vscode.commands.executeCommand<vscode.SymbolInformation[] | undefined>('vscode.executeWorkspaceSymbolProvider', '')).catch(() => undefined),
        new Promise<undefined>(resolve => setTimeout(() => resolve(undefined), 5_000)),
    ]);
    const taken: Record<DeclarationKind, Set<string>> = { persona: new Set(), stakeholder: new Set(), channel: new Set(), journey: new Set() };
    for (const symbol of symbols ?? []) {
        const kind = KIND_OF_SYMBOL.get(symbol.kind);
        if (kind) taken[kind].add(symbol.name);
    }
    return taken;
}
