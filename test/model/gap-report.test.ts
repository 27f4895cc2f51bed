import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../../src/model/build-model.js';
import { buildGapReport } from '../../src/model/gap-report.js';
import type { Gap } from '../../src/model/gap.js';
import { journeyPairs } from '../../src/model/gap-context.js';
import { syntheticWorkspace } from '../../bench/scale/synthetic-workspace.mjs';

const PAIR_CODES = new Set(['ideal-step-missing', 'extra-step', 'emotion-gap', 'channel-mismatch', 'owner-mismatch']);

describe('buildGapReport', () => {
    it('gives each journey and each pair the gaps a filter of every gap gives, in order', async () => {
        const files = syntheticWorkspace(20, 12);
        for (const name of ['password-reset.journey', 'password-reset-ideal.journey', 'shared.journey']) files.set(name, readFileSync(`examples/${name}`, 'utf8'));
        const services = createJourneyServices(EmptyFileSystem);
        const documents = [...files].map(([name, text]) => {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`memory:///ws/${name}`));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const model = buildWorkspaceModel(documents);
        const gaps: Gap[] = analyseGaps(model);
        const report = buildGapReport(model, gaps);

        const copy = (value: unknown) => JSON.parse(JSON.stringify(value));
        expect(report.journeys.map(j => j.gaps)).toEqual(model.journeys.map(journey => copy(gaps.filter(g => g.journey === journey.name))));
        const pairs = journeyPairs(model);
        expect(pairs.length).toBeGreaterThan(1);
        expect(report.pairs.map(p => p.gaps)).toEqual(pairs.map(({ actual, ideal }) => copy(gaps.filter(gap => PAIR_CODES.has(gap.code)
            && (gap.data?.ideal === ideal.name || gap.journey === ideal.name) && (gap.journey === actual.name || gap.journey === ideal.name)))));
        expect(report.pairs.some(p => p.gaps.length > 0)).toBe(true);
    });
});
