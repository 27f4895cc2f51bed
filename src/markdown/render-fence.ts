import { EmptyFileSystem, URI } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { createJourneyServices, type JourneyServiceSet } from '../language/journey-module.js';
import { renderSvg } from '../render/render-svg.js';
import type { ThemeName } from '../render/theme.js';
import type { FenceOptions } from './fence-options.js';

/** An error in a fence; line and column are 1-based and count from the fence's first line of text. */
export interface FenceProblem {
    line: number;
    column: number;
    message: string;
}

export interface RenderedFence {
    /** The map, drawn from what could be read; undefined when nothing could be drawn. */
    svg?: string;
    problems: FenceProblem[];
}

/**
 * Draws the text of a ```journey fence as a map, with no file system: each fence stands alone
 * (its own declarations, its own journeys), so fences are read one at a time, each in a
 * workspace of its own, by one set of language services shared by all of them.
 */
export class FenceRenderer {
    private services: JourneyServiceSet | undefined;
    private queue: Promise<unknown> = Promise.resolve();
    private count = 0;

    render(source: string, options: FenceOptions, theme: ThemeName): Promise<RenderedFence> {
        const result = this.queue.then(() => this.renderAlone(source, options, theme));
        this.queue = result.catch(() => undefined);
        return result;
    }

    private async renderAlone(source: string, options: FenceOptions, theme: ThemeName): Promise<RenderedFence> {
        const services = this.services ??= createJourneyServices(EmptyFileSystem);
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const uri = URI.parse(`memory:///markdown/fence-${++this.count}.journey`);
        const document = LangiumDocumentFactory.fromString<Model>(source, uri);
        LangiumDocuments.addDocument(document);
        try {
            await DocumentBuilder.build([document], { validation: true });
            const problems: FenceProblem[] = (document.diagnostics ?? [])
                .filter(d => d.severity === 1)
                .map(d => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }))
                .sort((a, b) => a.line - b.line || a.column - b.column);
            const analysis = services.Journey.gaps.Analysis;
            const model = analysis.getModel();
            const journeys = model.journeys.map(j => j.name);
            if (options.journey && !journeys.includes(options.journey)) {
                problems.unshift({ line: 0, column: 1, message: `No journey named '${options.journey}' in this block${journeys.length ? `; it has ${journeys.join(', ')}` : ''}.` });
                return { problems };
            }
            // Declarations only (no journey yet): their stakeholder map says more than "no journey".
            const view = options.view ?? (journeys.length === 0 && model.stakeholders.length > 0 ? 'stakeholders' : 'map');
            return { svg: renderSvg(model, analysis.getGaps(), { view, journey: options.journey, theme }), problems };
        } catch (error) {
            // Never a stack trace in the reader's document: one line saying what failed.
            return { problems: [{ line: 0, column: 1, message: `The map could not be drawn: ${error instanceof Error ? error.message : String(error)}` }] };
        } finally {
            await DocumentBuilder.update([], [uri]);
        }
    }
}
