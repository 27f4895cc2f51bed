// Messages between the VS Code extension and the preview webview, typed once for both.
import type { Gap } from '../model/gap.js';
import type { Range, WorkspaceModel } from '../model/journey-model.js';
import type { Locale } from '../i18n/locales.js';

export type ToWebview =
    /** The language server's model changed: pull it. */
    | { type: 'changed' }
    | { type: 'model'; model: WorkspaceModel; gaps: Gap[]; errors: number; documentUri: string; badge?: { text: string; title: string }; locale?: Locale }
    /** The editor's cursor is in this touchpoint (or in none). */
    | { type: 'highlight'; touchpoint?: string };

export type FromWebview =
    | { type: 'pull' }
    | { type: 'reveal'; uri: string; range: Range }
    | { type: 'export'; format: 'svg' | 'png' | 'html'; name: string; data: string };

/** What the webview keeps with getState/setState, and the serializer restores after a restart. */
export interface PreviewState {
    documentUri: string;
    journey?: string;
    view: 'map' | 'compare' | 'stakeholders';
    zoom: number;
    fit: boolean;
}
