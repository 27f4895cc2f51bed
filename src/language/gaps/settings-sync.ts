import { URI, UriUtils } from 'langium';
import { CONFIG_FILE_NAME, mergeSettings, parseGapConfig, settingsFrom } from '../../model/gap-config.js';
import { DEFAULT_SETTINGS, type GapSettings, type GapThresholds } from '../../model/gap-settings.js';
import { localeOf } from '../../i18n/locales.js';
import { GAP_RULES } from '../../model/gap-rules/index.js';
import type { JourneyServices } from '../journey-module.js';
import { JourneyWorkspaceManager } from '../journey-workspace-manager.js';
import { revalidateAll } from './workspace-analysis.js';

const CODES = GAP_RULES.map(rule => rule.code);

/**
 * Keeps the gap settings in step with journey.config.json at the root of the first workspace
 * folder and VS Code's `journey.rules` / `journey.thresholds.*` (which win), revalidating every
 * map when they change. Problems in the file go to the server log; VS Code also checks the
 * file against its JSON schema. The messages' locale: `journey.locale`, else the file's
 * `locale`, else the editor's display language (sent at initialize) when the tool speaks it.
 */
export function syncGapSettings(services: JourneyServices): void {
    const shared = services.shared;
    const log = (message: string) => shared.lsp.Connection?.console.warn(message);
    let folder: URI | undefined;
    let displayLocale: string | undefined;

    const load = async (): Promise<boolean> => {
        const fileSettings = folder ? await readConfigFile(services, UriUtils.joinPath(folder, CONFIG_FILE_NAME), log) : DEFAULT_SETTINGS;
        const rules = await shared.workspace.ConfigurationProvider.getConfiguration('journey', 'rules');
        const thresholds = await shared.workspace.ConfigurationProvider.getConfiguration('journey', 'thresholds');
        const locale = await shared.workspace.ConfigurationProvider.getConfiguration('journey', 'locale');
        const editor = settingsFrom({ rules: rules ?? undefined, locale: locale || undefined }, CODES, (path, message) => log(`journey.${path.join('.')}: ${message}`));
        const display = localeOf(displayLocale);
        const fallback = !editor.locale && !fileSettings.locale && display && display !== 'en' ? { ...editor, locale: display } : editor;
        return services.gaps.Settings.update(mergeSettings(fileSettings, fallback, pickThresholds(thresholds)));
    };
    const reload = async () => {
        if (await load()) await revalidateAll(shared);
    };

    shared.lsp.LanguageServer.onInitialize(params => {
        const first = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
        folder = first ? URI.parse(first) : undefined;
        displayLocale = params.locale;
    });
    // The first load happens before the first build, so nothing is validated twice.
    const workspaceManager = shared.workspace.WorkspaceManager;
    if (workspaceManager instanceof JourneyWorkspaceManager) workspaceManager.whenStarting(async () => { await load(); });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'journey') void reload();
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) void reload();
    });
}

async function readConfigFile(services: JourneyServices, uri: URI, log: (message: string) => void): Promise<GapSettings> {
    const text = await services.shared.workspace.FileSystemProvider.readFile(uri).catch(() => undefined);
    if (text === undefined) return DEFAULT_SETTINGS;
    const { settings, problems } = parseGapConfig(text, CODES);
    for (const problem of problems) log(`${uri.fsPath}:${problem.line}:${problem.column}: ${problem.message}`);
    if (problems.length > 0) {
        const first = problems[0];
        void services.shared.lsp.Connection?.window.showWarningMessage(
            `${CONFIG_FILE_NAME}:${first.line}:${first.column}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more; see the Journey Maps output)` : ''}. The rest of the file is used.`);
    }
    return settings;
}

function pickThresholds(raw: unknown): Partial<GapThresholds> {
    if (typeof raw !== 'object' || raw === null) return {};
    const valid = settingsFrom({ thresholds: raw }, CODES).thresholds;
    const given = raw as Record<string, unknown>;
    return Object.fromEntries(Object.entries(valid).filter(([key]) => typeof given[key] === 'number')) as Partial<GapThresholds>;
}
