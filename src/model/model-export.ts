import type { Gap } from './gap.js';
import type { JourneyModel, WorkspaceModel } from './journey-model.js';

/** Where the published schema of what `journey export json` writes lives (its `$id`). */
export const MODEL_SCHEMA_URL = 'https://raw.githubusercontent.com/journey-maps/journey-maps/main/schemas/journey-model.v1.schema.json';

export interface ModelExport extends WorkspaceModel {
    $schema: string;
    gaps?: Gap[];
}

export interface ModelExportOptions {
    /** Journeys to keep (the ones the user named); declarations are all kept, as journeys refer to them. */
    keepJourney?: (journey: JourneyModel) => boolean;
    /** The gaps to carry; none: the model alone. */
    gaps?: readonly Gap[];
    /** What to write for a document's URI (a relative path, so that exports do not depend on the machine). */
    relativeUri?: (uri: string) => string;
}

/**
 * The model as other tools read it: plain data with its schema's URL, every `uri` rewritten
 * by `relativeUri`. The model is copied, never changed in place.
 */
export function modelExport(model: WorkspaceModel, options: ModelExportOptions = {}): ModelExport {
    const keep = options.keepJourney ?? (() => true);
    const journeys = model.journeys.filter(keep);
    const names = new Set(journeys.map(j => j.name));
    const gaps = options.gaps?.filter(gap => gap.journey === undefined || names.has(gap.journey));
    const document: ModelExport = {
        $schema: MODEL_SCHEMA_URL,
        ...model,
        journeys,
        ...(gaps ? { gaps: [...gaps] } : {}),
    };
    const relativeUri = options.relativeUri;
    return JSON.parse(JSON.stringify(document), relativeUri
        ? (key, value: unknown) => (key === 'uri' && typeof value === 'string' ? relativeUri(value) : value)
        : undefined) as ModelExport;
}
