import type { InitializeParams } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { JourneyConfigurationProvider } from '../../src/language/journey-configuration-provider.js';
import { services } from './journey-test-services.js';

function initializeParams(capabilities: InitializeParams['capabilities'], initializationOptions?: unknown): InitializeParams {
    return { processId: null, rootUri: null, capabilities, initializationOptions };
}

async function provider(initializationOptions: unknown, fetched?: unknown): Promise<JourneyConfigurationProvider> {
    const configuration = new JourneyConfigurationProvider(services.shared);
    const withConfiguration = fetched !== undefined;
    configuration.initialize(initializeParams(withConfiguration ? { workspace: { configuration: true } } : {}, initializationOptions));
    await configuration.initialized({ fetchConfiguration: async () => [fetched] });
    return configuration;
}

describe('JourneyConfigurationProvider', () => {
    test('takes the journey section of initializationOptions when the client offers no workspace/configuration', async () => {
        const configuration = await provider({ journey: { inlayHints: { enabled: false }, rules: { 'dead-end': 'off' } } });
        expect(await configuration.getConfiguration('journey', 'inlayHints')).toEqual({ enabled: false });
        expect(await configuration.getConfiguration('journey', 'rules')).toEqual({ 'dead-end': 'off' });
    });

    test('keeps initializationOptions when the workspace/configuration answer is null', async () => {
        const configuration = await provider({ journey: { rules: { 'dead-end': 'off' } } }, null);
        expect(await configuration.getConfiguration('journey', 'rules')).toEqual({ 'dead-end': 'off' });
    });

    test("lets the client's own settings win over initializationOptions", async () => {
        const configuration = await provider({ journey: { rules: { 'dead-end': 'off' } } }, { rules: { 'dead-end': 'error' } });
        expect(await configuration.getConfiguration('journey', 'rules')).toEqual({ 'dead-end': 'error' });
        configuration.updateConfiguration({ settings: { journey: { rules: { 'dead-end': 'hint' } } } });
        expect(await configuration.getConfiguration('journey', 'rules')).toEqual({ 'dead-end': 'hint' });
    });

    test('ignores initializationOptions without a journey object', async () => {
        for (const options of [undefined, null, 'journey', { journey: 'on' }, { journey: [1] }, { other: {} }]) {
            const configuration = await provider(options);
            expect(await configuration.getConfiguration('journey', 'rules'), JSON.stringify(options)).toBeUndefined();
        }
    });
});
