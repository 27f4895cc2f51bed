// `language el` on a journey: checked against the languages the tool speaks, and followed by
// that journey's gaps and drawing, whatever the workspace's language.
import { beforeEach, describe, expect, test } from 'vitest';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { EmptyFileSystem } from 'langium';
import { renderSvg } from '../../src/render/render-svg.js';
import { journeyMarkdown } from '../../src/render/journey-markdown.js';
import { buildFiles } from '../support/build-files.js';
import { resetWorkspace, SHARED, validate } from './journey-test-services.js';

const journey = (name: string, language: string) => `journey ${name} "Password reset" {\n    persona Alex\n    language ${language}\n    stage Seek "Seeks help" {\n        touchpoint Call "Calls the desk" { channel Phone emotion 1 }\n    }\n}\n`;

describe('language', () => {
    beforeEach(resetWorkspace);

    test('one the tool speaks is accepted', async () => {
        for (const code of ['en', 'el', 'da', 'it', 'es']) {
            const { diagnostics } = await validate(`${SHARED}${journey('Reset', code)}`);
            expect(diagnostics.filter(d => d.code === 'unknown-language'), code).toEqual([]);
        }
    });

    test('any other is a warning at the value, naming the languages and the closest one', async () => {
        const { diagnostics } = await validate(`${SHARED}${journey('Reset', 'EL')}`);
        const found = diagnostics.filter(d => d.code === 'unknown-language');
        expect(found).toHaveLength(1);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe("'EL' is not a language the tool speaks: en (English), el (Ελληνικά), da (Dansk), it (Italiano), es (Español). Did you mean 'el'? The journey is shown in the workspace's language.");
        expect(found[0].range.start).toEqual({ line: 9, character: 13 });
        const fr = (await validate(`${SHARED}${journey('Reset', 'fr')}`)).diagnostics.find(d => d.code === 'unknown-language');
        expect(fr?.message).toMatch(/^'fr' is not a language the tool speaks: .*\. The journey is shown in the workspace's language\.$/);
    });

    test('given twice, it is a duplicate field', async () => {
        const { diagnostics } = await validate(`${SHARED}${journey('Reset', 'el').replace('    language el\n', '    language el\n    language da\n')}`);
        expect(diagnostics.some(d => d.code === 'duplicate-field')).toBe(true);
    });
});

describe("a journey's language comes first for what is about it", () => {
    test('its gaps, drawing and summary are in its language; a journey without one keeps the workspace language', async () => {
        const services = createJourneyServices(EmptyFileSystem);
        await buildFiles(services, { 'people.journey': SHARED, 'greek.journey': journey('Greek', 'el'), 'plain.journey': journey('Plain', 'en').replace('    language en\n', '') });
        const model = services.Journey.gaps.Analysis.getModel();
        const gaps = services.Journey.gaps.Analysis.getGaps();
        const greek = gaps.filter(g => g.journey === 'Greek' && g.code === 'missing-owner');
        const plain = gaps.filter(g => g.journey === 'Plain' && g.code === 'missing-owner');
        expect(greek[0].message).toMatch(/[α-ω]/);
        expect(plain[0].message).toMatch(/^Touchpoint 'Call' \("Calls the desk"\) has no owner\./);
        expect(model.journeys.find(j => j.name === 'Greek')?.language).toBe('el');

        const drawn = renderSvg(model, gaps, { journey: 'Greek', locale: 'da' });
        expect(drawn).toMatch(/<svg[^>]* lang="el"/);
        expect(drawn).not.toMatch(/>Emotion</);
        const english = renderSvg(model, gaps, { journey: 'Plain' });
        expect(english).toMatch(/<svg[^>]* lang="en"/);
        expect(journeyMarkdown(model, gaps, 'Greek')).toMatch(/^# [^\n]*[α-ω]/);
    });
});
