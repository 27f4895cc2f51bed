import { describe, expect, test } from 'vitest';
import { analyseGaps } from '../../../src/model/analyse-gaps.js';
import { GAP_RULES } from '../../../src/model/gap-rules/index.js';
import { DEFAULT_SETTINGS, resolveSeverity, type GapSettings } from '../../../src/model/gap-settings.js';
import type { RuleSeverity } from '../../../src/model/gap.js';
import { modelOf } from '../model-test-helpers.js';
import { problemsOf, withPeople } from './gap-test-utils.js';

const settings = (rules: Record<string, RuleSeverity>): GapSettings => ({ rules, thresholds: DEFAULT_SETTINGS.thresholds });

describe('resolveSeverity', () => {
    test('without settings, the default', () => {
        expect(resolveSeverity('missing-owner', 'warning', {})).toBe('warning');
    });

    test('an exact code beats any wildcard, however specific, wherever it is listed', () => {
        expect(resolveSeverity('missing-owner', 'warning', { 'missing-owner': 'hint', 'missing-*': 'error', '*': 'off' })).toBe('hint');
        expect(resolveSeverity('missing-owner', 'warning', { '*': 'off', 'missing-o*': 'error', 'missing-owner': 'info' })).toBe('info');
    });

    test('among wildcards the more specific one (more characters besides *) wins, whatever the order', () => {
        const rules: Record<string, RuleSeverity> = { '*': 'hint', 'channel-*': 'info', '*-mismatch': 'error' };
        const reversed = Object.fromEntries(Object.entries(rules).reverse());
        for (const r of [rules, reversed]) {
            expect(resolveSeverity('channel-mismatch', 'info', r)).toBe('error'); // '*-mismatch' (9) over 'channel-*' (8)
            expect(resolveSeverity('channel-hopping', 'warning', r)).toBe('info');
            expect(resolveSeverity('dead-end', 'warning', r)).toBe('hint');
        }
    });

    test('a wildcard matches the whole code only, and its other characters literally', () => {
        expect(resolveSeverity('owner-mismatch', 'info', { '*-owner': 'error' })).toBe('info');
        expect(resolveSeverity('missing-owner', 'warning', { 'missing': 'error', 'owner': 'error' })).toBe('warning');
        expect(resolveSeverity('dead-end', 'warning', { 'dead.*': 'off' })).toBe('warning');
        expect(resolveSeverity('dead-end', 'warning', { 'dead*end': 'off' })).toBe('off');
    });

    test('unknown codes and patterns that match nothing leave the default', () => {
        expect(resolveSeverity('missing-owner', 'warning', { 'no-such-rule': 'error', '*-nothing': 'off' })).toBe('warning');
    });
});

describe('analyseGaps with settings', () => {
    const FILES = withPeople(`journey Reset "Password reset" {
    persona Alex
    outcome "Back to work"
    stage Help "Seeks help" {
        touchpoint Calls { channel Phone emotion 3 gives up }
    }
    question "Why phone first?"
}
`);
    const run = async (rules: Record<string, RuleSeverity>) => (await analyseGaps(await modelOf(FILES), settings(rules)))
        .map(g => `${g.code} ${g.severity}`);
    // Unused in people.journey: the stakeholders Desk and Iam, the channels Portal, Email, Device.
    const UNUSED = Array<string>(5).fill('unused-declaration hint');
    const DEFAULTS = ['dead-end warning', 'missing-owner warning', 'open-question info', ...UNUSED];

    test('the map is well-formed, and without settings every rule reports at its default severity', async () => {
        expect(await problemsOf(FILES)).toEqual([]);
        expect(await run({})).toEqual(DEFAULTS);
        expect((await analyseGaps(await modelOf(FILES))).map(g => `${g.code} ${g.severity}`)).toEqual(DEFAULTS);
    });

    test('an exact code changes that rule only, and beats a wildcard', async () => {
        expect(await run({ 'missing-owner': 'error', 'missing-*': 'hint' }))
            .toEqual(['dead-end warning', 'missing-owner error', 'open-question info', ...UNUSED]);
    });

    test("'off' removes the rule's gaps; a wildcard can turn everything off but what is named exactly", async () => {
        expect(await run({ 'unused-*': 'off', 'open-question': 'off' })).toEqual(['dead-end warning', 'missing-owner warning']);
        expect(await run({ '*': 'off', 'dead-end': 'error' })).toEqual(['dead-end error']);
    });

    test('an unknown code leaves the defaults', async () => {
        expect(await run({ 'no-such-rule': 'off', 'unused-declarations': 'off' })).toEqual(DEFAULTS);
    });
});

test('the 19 rules, in order, with their default severities', () => {
    expect(GAP_RULES.map(r => `${r.code} ${r.defaultSeverity}`)).toEqual([
        'missing-owner warning', 'empty-stage warning', 'unused-declaration hint', 'missing-persona warning',
        'missing-outcome warning', 'unaddressed-pain warning', 'improvement-without-owner warning',
        'improvement-without-priority warning', 'moment-of-truth-at-risk warning', 'metric-off-target warning',
        'channel-hopping warning', 'repeated-step info', 'dead-end warning', 'open-question info',
        'ideal-step-missing warning', 'extra-step info', 'emotion-gap warning', 'channel-mismatch info', 'owner-mismatch info',
    ]);
});

describe('layers: the editor over journey.config.json', () => {
    test('any match in the editor layer wins, even a wildcard over an exact code in the file', async () => {
        const { mergeSettings } = await import('../../../src/model/gap-config.js');
        const { DEFAULT_THRESHOLDS: thresholds, resolveSeverity: resolve } = await import('../../../src/model/gap-settings.js');
        const merged = mergeSettings(
            { rules: { 'owner-mismatch': 'warning', 'empty-stage': 'error' }, thresholds },
            { rules: { '*-mismatch': 'off' }, thresholds },
            { emotionGap: 3 });
        expect(resolve('owner-mismatch', 'info', merged.overrides, merged.rules)).toBe('off');
        expect(resolve('empty-stage', 'warning', merged.overrides, merged.rules)).toBe('error');
        expect(resolve('dead-end', 'warning', merged.overrides, merged.rules)).toBe('warning');
        expect(merged.thresholds).toEqual({ channelSwitches: 3, emotionGap: 3 });
    });
});
