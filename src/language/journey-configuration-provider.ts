import { DefaultConfigurationProvider } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';

const SECTION = 'journey';

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Langium's provider reads the `journey` settings through `workspace/configuration`, which only
 * some clients offer (VS Code does, Neovim 0.7 does not). Clients such as Helix and Neovim's
 * `init_options` can also hand them over as `initializationOptions: { journey: { … } }`: those
 * are kept as the settings until the client sends any of its own (a `workspace/configuration`
 * answer or a `workspace/didChangeConfiguration`), which then win.
 */
export class JourneyConfigurationProvider extends DefaultConfigurationProvider {
    private fromInitializationOptions: Record<string, unknown> | undefined;

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        const options: unknown = params.initializationOptions;
        if (isRecord(options) && isRecord(options[SECTION])) {
            this.fromInitializationOptions = options[SECTION];
            super.updateSectionConfiguration(SECTION, this.fromInitializationOptions);
        }
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        // A client with no settings of its own answers `workspace/configuration` with null.
        if (section === SECTION && !isRecord(configuration) && this.fromInitializationOptions) return;
        super.updateSectionConfiguration(section, configuration);
    }
}
