// The browser bundle for the comparison with Mermaid (out/bench/render.js, window.JourneyBench):
// text to SVG the way `journey render` does it (parse, link, model, gaps, draw), and the
// drawing step alone.
import { EmptyFileSystem, URI } from 'langium';
import type { Model } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../../src/model/build-model.js';
import type { Gap } from '../../src/model/gap.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { renderSvg } from '../../src/render/render-svg.js';

const services = createJourneyServices(EmptyFileSystem);
const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
let count = 0;

/** Parsed and linked (references resolved; no validation), as the model needs. */
export async function journeyTextToModel(text: string): Promise<{ model: WorkspaceModel; gaps: Gap[] }> {
    const uri = URI.parse(`memory:///bench/map-${++count}.journey`);
    const document = LangiumDocumentFactory.fromString<Model>(text, uri);
    LangiumDocuments.addDocument(document);
    try {
        await DocumentBuilder.build([document], { validation: false });
        const model = buildWorkspaceModel([document]);
        return { model, gaps: analyseGaps(model) };
    } finally {
        await DocumentBuilder.update([], [uri]);
    }
}

export async function journeyTextToSvg(text: string): Promise<string> {
    const { model, gaps } = await journeyTextToModel(text);
    return renderSvg(model, gaps);
}

/** The drawing step alone: the model (and its gaps) to SVG. */
export function modelToSvg(model: WorkspaceModel, gaps: Gap[] = []): string {
    return renderSvg(model, gaps);
}
