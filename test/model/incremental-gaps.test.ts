// IncrementalGapAnalysis must give exactly what analyseGaps gives, however the workspace changed.
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { buildDocumentModel, buildWorkspaceModel, type DocumentModel } from '../../src/model/build-model.js';
import { IncrementalGapAnalysis } from '../../src/model/incremental-gaps.js';
import { DEFAULT_SETTINGS, type GapSettings } from '../../src/model/gap-settings.js';
import { syntheticWorkspace } from '../../bench/scale/synthetic-workspace.mjs';

async function build(files: Map<string, string>): Promise<LangiumDocument<Model>[]> {
    const services = createJourneyServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = [...files].map(([name, text]) => {
        const document = LangiumDocumentFactory.fromString<Model>(text, URI.parse(`memory:///ws/${name}`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: false });
    return documents;
}

describe('IncrementalGapAnalysis', () => {
    it('gives the gaps analyseGaps gives, as documents change one at a time and settings change', async () => {
        const files = syntheticWorkspace(12, 20);
        files.set('examples/password-reset.journey', readFileSync('examples/password-reset.journey', 'utf8'));
        files.set('examples/password-reset-ideal.journey', readFileSync('examples/password-reset-ideal.journey', 'utf8'));
        files.set('examples/shared.journey', readFileSync('examples/shared.journey', 'utf8'));
        // Parts are kept by document, as WorkspaceAnalysis keeps them, so unchanged journeys keep their objects.
        const parts = new Map<string, DocumentModel>();
        let documents = await build(files);
        const settingsList: GapSettings[] = [
            DEFAULT_SETTINGS,
            { rules: { 'missing-owner': 'off', 'emotion-gap': 'error' }, thresholds: { channelSwitches: 1, emotionGap: 1 } },
        ];
        // One analysis per settings, so that each keeps its findings from step to step.
        const analyses = settingsList.map(() => new IncrementalGapAnalysis());
        const edits: [string, (text: string) => string][] = [
            ['maps/journey-0003.journey', t => t.replace('emotion 1', 'emotion 5')],
            ['maps/journey-0009.journey', t => t.replace(/touchpoint T2 [^\n]*\n/, m => m.replace('T2', 'T2b'))],
            ['maps/journey-0008.journey', t => t.replace('owner ', 'owner Nobody')],
            ['people.journey', t => `${t}\nchannel Fax "Fax"\n`],
            ['examples/password-reset-ideal.journey', t => t.replace(/emotion \d/, 'emotion 1')],
        ];
        for (let step = 0; step <= edits.length; step++) {
            if (step > 0) {
                const [name, edit] = edits[step - 1];
                files.set(name, edit(files.get(name)!));
                documents = await build(files);
                // Only the edited document and those it links gets a new part, as in the language server.
                parts.delete(`memory:///ws/${name}`);
                if (name === 'people.journey') parts.clear();
            }
            const model = buildWorkspaceModel(documents, document => {
                const key = document.uri.toString();
                if (!parts.has(key)) parts.set(key, buildDocumentModel(document));
                return parts.get(key)!;
            });
            settingsList.forEach((settings, i) => {
                expect(analyses[i].analyse(model, settings), `after edit ${step}`).toEqual(analyseGaps(model, settings));
            });
            // And a change of settings in the same analysis starts it again.
            expect(analyses[0].analyse(model, settingsList[1])).toEqual(analyseGaps(model, settingsList[1]));
            analyses[0].analyse(model, settingsList[0]);
        }
    }, 60_000);
});
