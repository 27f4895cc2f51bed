import fs from 'node:fs';
import path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { buildWorkspaceModel } from '../../src/model/build-model.js';
import type { WorkspaceModel } from '../../src/model/journey-model.js';
import { buildFiles } from '../support/build-files.js';

const root = path.resolve(__dirname, '..', '..');
const services = createJourneyServices(EmptyFileSystem);

/** Every example map, by its path under examples/ (the Spanish one is es/…). */
export function exampleFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const folder of ['examples', 'examples/es']) {
        for (const name of fs.readdirSync(path.join(root, folder)).filter(n => n.endsWith('.journey')).sort()) {
            files[path.posix.join(path.relative('examples', folder), name)] = fs.readFileSync(path.join(root, folder, name), 'utf8');
        }
    }
    return files;
}

export interface Built {
    model: WorkspaceModel;
    /** Errors, as `file:line: message`. */
    errors: string[];
}

/** Parses, links and validates the files as one workspace (URIs file:///ws/<name>). */
export async function build(files: Record<string, string>): Promise<Built> {
    const documents = await buildFiles(services, files, true);
    const errors = Object.entries(documents).flatMap(([name, d]) =>
        (d.diagnostics ?? []).filter(x => x.severity === 1).map(x => `${name}:${x.range.start.line + 1}: ${x.message}`));
    return { model: buildWorkspaceModel(Object.values(documents)), errors };
}

/** The file a journey is written in, by name as in `exampleFiles`. */
export function fileOf(model: WorkspaceModel, journey: string): string {
    return decodeURIComponent(model.journeys.find(j => j.name === journey)!.source.uri.replace('file:///ws/', ''));
}

/** The model without where things are written: what a round trip must keep. */
export function withoutPlaces(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutPlaces);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'source' && key !== 'range').map(([key, v]) => [key, withoutPlaces(v)]));
}
