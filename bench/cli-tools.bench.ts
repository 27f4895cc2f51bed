// npm run bench: the formatter, the diff and the Mermaid export on the 1,000-touchpoint map.
import { EmptyFileSystem, URI } from 'langium';
import { bench, describe } from 'vitest';
import { exportMermaid } from '../src/interop/mermaid-export.js';
import { importMermaid } from '../src/interop/mermaid-import.js';
import { formatJourneyText } from '../src/language/formatting/format-journey.js';
import { createJourneyServices } from '../src/language/journey-module.js';
import { diffWorkspaces, type DiffSide } from '../src/model/journey-diff.js';
import { diffMarkdown } from '../src/render/journey-diff-markdown.js';
import { syntheticMap } from './synthetic-map.js';

const large = syntheticMap(40, 25); // 1,000 touchpoints, ~5,000 lines
const { Journey } = createJourneyServices(EmptyFileSystem);
const formatted = formatJourneyText(Journey, large);
if (!formatted.ok) throw new Error('the synthetic map does not parse');

async function side(text: string): Promise<DiffSide> {
    const services = createJourneyServices(EmptyFileSystem);
    const uri = URI.parse('memory:///large.journey');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
    const analysis = services.Journey.gaps.Analysis;
    return { model: analysis.getModel(), gaps: analysis.getGaps(), uris: new Set([uri.toString()]), displayPath: u => u };
}
const before = await side(large);
const after = await side(large.replace(/emotion 2/g, 'emotion 4'));
const journeyName = before.model.journeys[0].name;
const mermaid = exportMermaid(before.model, journeyName);

describe('CLI tools on a 1,000-touchpoint map', () => {
    bench('journey fmt: format the map (messy input)', () => {
        formatJourneyText(Journey, large);
    });
    bench('journey fmt: an already formatted map', () => {
        formatJourneyText(Journey, formatted.text);
    });
    bench('journey diff: compare two analysed versions and write the Markdown', () => {
        diffMarkdown(diffWorkspaces(before, after, { base: 'a', head: 'b' }));
    });
    bench('journey export mermaid (with metadata)', () => {
        exportMermaid(before.model, journeyName);
    });
    bench('journey import mermaid (with metadata)', () => {
        importMermaid(mermaid);
    });
});
