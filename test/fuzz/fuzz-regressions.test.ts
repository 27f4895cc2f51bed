// Inputs the fuzzer found, kept as tests.
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../../src/model/build-model.js';
import { renderSvg, VIEWS } from '../../src/render/render-svg.js';

async function modelOf(text: string) {
    const services = createJourneyServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse('memory:///regression.journey'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { document, model: buildWorkspaceModel([document]) };
}

describe('fuzzer regressions', () => {
    it('a question without its text (the parser recovered past it) is left out of the model, not drawn or reported as undefined', async () => {
        const { document, model } = await modelOf('journey J "J" {\n    stage S { touchpoint T "t" { question } }\n    question\n}\n');
        expect(document.diagnostics?.some(d => d.code === 'syntax-error')).toBe(true);
        expect(document.diagnostics?.some(d => /error occurred/i.test(d.message))).toBe(false);
        const gaps = analyseGaps(model);
        for (const view of VIEWS) expect(() => renderSvg(model, gaps, { view })).not.toThrow();
    });

    it('a blueprint lane without its text is left out of the model, and the map still draws', async () => {
        const { document, model } = await modelOf('journey J "J" {\n    stage S {\n        backstage\n        touchpoint T "t" { frontstage }\n    }\n}\n');
        expect(document.diagnostics?.some(d => /error occurred/i.test(d.message))).toBe(false);
        const gaps = analyseGaps(model);
        for (const view of VIEWS) expect(() => renderSvg(model, gaps, { view })).not.toThrow();
        expect(model.journeys[0].stages[0].lanes).toEqual([]);
    });
});
