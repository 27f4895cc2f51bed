import type { LangiumDocument } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { JourneyFileSystem } from '../language/journey-file-system.js';
import { createJourneyServices, type JourneyServiceSet } from '../language/journey-module.js';
import { collectJourneyFiles, type JourneyFileSet } from './collect-files.js';
import { loadConfig } from './load-config.js';
import { loadWorkspace } from './load-workspace.js';

export interface OpenWorkspace {
    files: JourneyFileSet;
    services: JourneyServiceSet;
    documents: Map<string, LangiumDocument<Model>>;
    /** URIs of the files the user named (their findings are reported). */
    targetUris: Set<string>;
}

/** The maps named on the command line, with their neighbours and the settings, parsed and validated. */
export async function openWorkspace(inputs: string[], config?: string): Promise<OpenWorkspace> {
    const files = await collectJourneyFiles(inputs);
    const settings = await loadConfig(config, inputs);
    const services = createJourneyServices(JourneyFileSystem);
    services.Journey.gaps.Settings.update(settings.settings);
    const targets = new Set(files.targets);
    const documents = await loadWorkspace(services, files.workspace, targets);
    const targetUris = new Set([...documents.entries()].filter(([file]) => targets.has(file)).map(([, d]) => d.uri.toString()));
    return { files, services, documents, targetUris };
}
