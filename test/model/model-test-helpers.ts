import { EmptyFileSystem } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../../src/model/build-model.js';
import type { Gap } from '../../src/model/gap.js';
import { DEFAULT_SETTINGS, type GapSettings } from '../../src/model/gap-settings.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { buildFiles } from '../support/build-files.js';

const services = createJourneyServices(EmptyFileSystem);

/** Parses and links the files as one workspace (URIs file:///ws/<name>) and builds the model. */
export async function modelOf(files: Record<string, string>): Promise<WorkspaceModel> {
    return buildWorkspaceModel(Object.values(await buildFiles(services, files, false)));
}

/** The gaps of the files, optionally only those with one code. */
export async function gapsOf(files: Record<string, string>, code?: string, settings: GapSettings = DEFAULT_SETTINGS): Promise<Gap[]> {
    const gaps = analyseGaps(await modelOf(files), settings);
    return code ? gaps.filter(g => g.code === code) : gaps;
}

/** `line:col-line:col` of a gap, 1-based, to compare ranges readably. */
export function where(gap: Gap): string {
    const { start, end } = gap.location.range;
    return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

/** Declarations most tests need, as a shared file would hold them. */
export const PEOPLE = `persona Alex "Office worker"
stakeholder Desk "Service desk" influence high
stakeholder Iam "Identity team" influence medium
channel Phone "Phone"
channel Portal "Portal"
channel Email "Email"
channel Device "Device"
`;
