// npm run bench: how long parsing, linking and validating take. Figures go in BENCHMARKS.md.
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { bench, describe } from 'vitest';
import { collectJourneyFiles } from '../src/cli/collect-files.js';
import { loadWorkspace } from '../src/cli/load-workspace.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { analyseGaps } from '../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../src/model/build-model.js';
import type { Model } from '../src/language/generated/ast.js';
import type { LangiumDocument } from 'langium';
import { openForEditing } from './editing-session.js';
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

const open = await openForEditing({ 'large.journey': large });

describe('editing', () => {
    bench('keystroke in the 1,000-touchpoint map, through its open text document (as the language server)', async () => {
        await open.edit('large.journey', /"Step 3 of stage 20[^"]*"/, `"Step 3 of stage 20, edit ${edit++}"`);
    });

    bench('the same, the file parsed whole (a new document each time)', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = editing.shared.workspace;
        LangiumDocuments.deleteDocument(editedUri);
        const document = LangiumDocumentFactory.fromString(large.replace('"Done"', `"Done ${edit++}"`), editedUri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
    });
});

// The gap engine alone, on an already linked 1,000-touchpoint map: model, then the 19 rules.
const gapServices = createJourneyServices(EmptyFileSystem);
const gapUri = URI.parse('memory:///gaps.journey');
const gapDocument = gapServices.shared.workspace.LangiumDocumentFactory.fromString<Model>(large, gapUri);
gapServices.shared.workspace.LangiumDocuments.addDocument(gapDocument);
await gapServices.shared.workspace.DocumentBuilder.build([gapDocument], { validation: false });
const model = buildWorkspaceModel([gapDocument]);

describe('gap engine', () => {
    bench('1,000-touchpoint map: build the model', () => {
        buildWorkspaceModel([gapDocument as LangiumDocument<Model>]);
    });

    bench('1,000-touchpoint map: run the 19 gap rules', () => {
        analyseGaps(model);
    });
});

describe('renderer', async () => {
    const { renderSvg } = await import('../src/render/render-svg.js');
    const gaps = analyseGaps(model);
    bench('1,000-touchpoint map: render the map view to SVG', () => {
        renderSvg(model, gaps);
    });
    const examples = await loadWorkspace(createJourneyServices(NodeFileSystem), (await collectJourneyFiles(['examples'])).workspace);
    const exampleModel = buildWorkspaceModel(examples.values());
    const exampleGaps = analyseGaps(exampleModel);
    bench('password reset (11 touchpoints): render the map view', () => {
        renderSvg(exampleModel, exampleGaps, { journey: 'PasswordReset' });
    });
    bench('password reset: render the compare view', () => {
        renderSvg(exampleModel, exampleGaps, { journey: 'PasswordReset', view: 'compare' });
    });
});
