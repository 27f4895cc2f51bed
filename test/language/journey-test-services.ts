import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper, validationHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import type { Model } from '../../src/language/generated/ast.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { DEFAULT_THRESHOLDS } from '../../src/model/gap-settings.js';
import { buildFiles } from '../support/build-files.js';

export const services = createJourneyServices(EmptyFileSystem);
// These tests are about the language's own checks; the gap rules have tests of their own.
services.Journey.gaps.Settings.update({ rules: { '*': 'off' }, thresholds: DEFAULT_THRESHOLDS });
export const parse = parseHelper<Model>(services.Journey);
export const validate = validationHelper<Model>(services.Journey);

/** Declarations most test journeys refer to, as a shared file would hold them. */
export const SHARED = `
persona Alex "Office worker"
stakeholder ServiceDesk "Service desk manager" influence high
stakeholder IdentityTeam "Identity team" influence medium
channel Phone "Service desk phone"
channel Portal "Self-service portal"
channel Email "Email"
`;

export async function resetWorkspace(): Promise<void> {
    await clearDocuments(services.shared);
}

/** Builds several files as one workspace (file:///ws/<name>), as the editor and the CLI do. */
export function buildWorkspace(files: Record<string, string>): Promise<Record<string, LangiumDocument<Model>>> {
    return buildFiles(services, files);
}

export function messages(diagnostics: Diagnostic[] | undefined, severity?: 1 | 2 | 3 | 4): string[] {
    return (diagnostics ?? []).filter(d => severity === undefined || d.severity === severity).map(d => String(d.message));
}

export function errors(document: LangiumDocument): Diagnostic[] {
    return (document.diagnostics ?? []).filter(d => d.severity === 1);
}
