import { Emitter, type Event } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type GapSettings } from '../../model/gap-settings.js';

/** The gap settings in force. The server fills it from VS Code and journey.config.json; the CLI from the file. */
export class GapSettingsProvider {
    private current: GapSettings = DEFAULT_SETTINGS;
    private readonly changed = new Emitter<GapSettings>();

    get settings(): GapSettings {
        return this.current;
    }

    /** Replaces the settings; listeners hear of it only when something really changed. */
    update(settings: GapSettings): boolean {
        if (JSON.stringify(settings) === JSON.stringify(this.current)) return false;
        this.current = settings;
        this.changed.fire(settings);
        return true;
    }

    get onDidChange(): Event<GapSettings> {
        return this.changed.event;
    }
}
