// npm run bench: how long parsing, linking and validating take. Figures go in BENCHMARKS.md.
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { bench, describe } from 'vitest';
import { collectJourneyFiles } from '../src/cli/collect-files.js';
import { loadWorkspace } from '../src/cli/load-workspace.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { syntheticMap } from './synthetic-map.js';

const examples = await collectJourneyFiles(['examples']);
const large = syntheticMap(40, 25); // 1,000 touchpoints, ~5,000 lines

describe('journey check', () => {
    bench('examples: 4 files, services created each time (as the CLI does)', async () => {
        await loadWorkspace(createJourneyServices(NodeFileSystem), examples.workspace);
    });

    const services = createJourneyServices(EmptyFileSystem);
    bench('1,000-touchpoint map (5,000 lines): parse, link, validate', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const uri = URI.parse('memory:///large.journey');
        if (LangiumDocuments.hasDocument(uri)) LangiumDocuments.deleteDocument(uri);
        const document = LangiumDocumentFactory.fromString(large, uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
    });
});

// What the language server does on a keystroke in a large map: reparse, relink and revalidate
// the changed document while the rest of the workspace stays built.
const editing = createJourneyServices(EmptyFileSystem);
const editedUri = URI.parse('memory:///edited.journey');
{
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = editing.shared.workspace;
    const document = LangiumDocumentFactory.fromString(large, editedUri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
}
let edit = 0;

describe('editing', () => {
    bench('keystroke in the 1,000-touchpoint map: update and revalidate', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = editing.shared.workspace;
        LangiumDocuments.deleteDocument(editedUri);
        const document = LangiumDocumentFactory.fromString(large.replace('"Done"', `"Done ${edit++}"`), editedUri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
    });
});
