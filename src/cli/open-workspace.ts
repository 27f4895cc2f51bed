import { DocumentState, type LangiumDocument } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { JourneyFileSystem } from '../language/journey-file-system.js';
import { createJourneyServices, type JourneyServiceSet } from '../language/journey-module.js';
import path from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { CliError } from './cli-error.js';
import { readStdin, STDIN_NAME } from './read-stdin.js';
import { collectJourneyFiles, type JourneyFileSet } from './collect-files.js';
import { loadConfig } from './load-config.js';
import { loadWorkspace } from './load-workspace.js';
import type { Locale } from '../i18n/locales.js';

export interface OpenWorkspace {
    files: JourneyFileSet;
    services: JourneyServiceSet;
    documents: Map<string, LangiumDocument<Model>>;
    /** URIs of the files the user named (their findings are reported). */
    targetUris: Set<string>;
    /** The language of the messages: --locale, else journey.config.json's `locale`, else English. */
    locale: Locale;
}

/** Called as files are validated: how many of how many. */
export type WorkspaceProgress = (validated: number, total: number) => void;

/**
 * The maps named on the command line, with their neighbours and the settings, parsed and
 * validated. `-` reads a map from standard input, named `stdinFilename` (default `<stdin>`,
 * in the current folder), whose neighbours then supply declarations as a file's would.
 */
export async function openWorkspace(inputs: string[], config?: string, stdinFilename?: string, onProgress?: WorkspaceProgress, locale?: Locale): Promise<OpenWorkspace> {
    if (inputs.filter(input => input === '-').length > 1) throw new CliError('- (standard input) can be named only once');
    const stdinFile = path.resolve(stdinFilename ?? STDIN_NAME);
    const given = new Map<string, string>();
    if (inputs.includes('-')) given.set(stdinFile, await readStdin(stdinFilename ?? STDIN_NAME));
    const files = await collectJourneyFiles(inputs, { file: stdinFile, named: stdinFilename !== undefined });
    const settings = await loadConfig(config, inputs.map(input => (input === '-' ? path.dirname(stdinFile) : staticBase(input))));
    const services = createJourneyServices(JourneyFileSystem);
    const chosen = locale ?? settings.settings.locale ?? 'en';
    services.Journey.gaps.Settings.update({ ...settings.settings, locale: chosen });
    if (onProgress) {
        // Validation is most of the time a large check takes: count the files it is done with.
        let validated = 0;
        onProgress(0, files.workspace.length);
        services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => onProgress(++validated, files.workspace.length));
    }
    const targets = new Set(files.targets);
    const documents = await loadWorkspace(services, files.workspace, targets, given);
    const targetUris = new Set([...documents.entries()].filter(([file]) => targets.has(file)).map(([, d]) => d.uri.toString()));
    return { files, services, documents, targetUris, locale: chosen };
}

/** The part of a glob before its first wildcard (`maps/**\/*.journey` → `maps`): where settings are looked for. */
function staticBase(input: string): string {
    return isDynamicPattern(input) ? picomatch.scan(input).base || '.' : input;
}
