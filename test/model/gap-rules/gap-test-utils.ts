import { EmptyFileSystem } from 'langium';
import { expect } from 'vitest';
import { createJourneyServices } from '../../../src/language/journey-module.js';
import type { Gap } from '../../../src/model/gap.js';
import { DEFAULT_SETTINGS, type GapSettings } from '../../../src/model/gap-settings.js';
import { GAP_RULES } from '../../../src/model/gap-rules/index.js';
import { buildFiles } from '../../support/build-files.js';
import { gapsOf, modelOf, PEOPLE, where } from '../model-test-helpers.js';

export { PEOPLE, where } from '../model-test-helpers.js';

// A separate set of services, with validation on, to prove the inputs are well-formed maps.
const services = createJourneyServices(EmptyFileSystem);
const GAP_CODES = new Set(GAP_RULES.map(rule => rule.code));

/**
 * Errors and warnings the language itself reports on the files (syntax, linking, validation;
 * gap diagnostics left out), as `file:line:col message`.
 */
export async function problemsOf(files: Record<string, string>): Promise<string[]> {
    const documents = Object.values(await buildFiles(services, files));
    return documents.flatMap(d => (d.diagnostics ?? [])
        .filter(x => (x.severity === 1 || x.severity === 2) && !GAP_CODES.has(String(x.code)))
        .map(x => `${d.uri.path.split('/').pop()}:${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`));
}

/** Every name reference in the model that did not resolve. */
function unresolved(value: unknown, found: string[] = []): string[] {
    if (Array.isArray(value)) value.forEach(v => unresolved(v, found));
    else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (record.resolved === false) found.push(String(record.name));
        Object.values(record).forEach(v => unresolved(v, found));
    }
    return found;
}

/**
 * The gaps of well-formed files: first checks that the language reports no error or warning
 * and that every name in the model resolved, then runs the analysis (optionally one code).
 */
export async function gapsOfClean(files: Record<string, string>, code?: string, settings: GapSettings = DEFAULT_SETTINGS): Promise<Gap[]> {
    expect(await problemsOf(files)).toEqual([]);
    expect(unresolved(await modelOf(files))).toEqual([]);
    return gapsOf(files, code, settings);
}

/** The file name a gap (or related location) points into. */
export function fileOf(location: { uri: string }): string {
    return location.uri.split('/').pop()!;
}

/** The shared declarations in people.journey and one map in map.journey. */
export function withPeople(map: string): Record<string, string> {
    return { 'people.journey': PEOPLE, 'map.journey': map };
}

/** A gap as plain data: file, range (`where`), severity, message and related places. */
export function shape(gap: Gap) {
    return {
        file: fileOf(gap.location),
        at: where(gap),
        severity: gap.severity,
        message: gap.message,
        related: gap.related.map(r => ({ file: fileOf(r.location), at: where({ ...gap, location: r.location }), message: r.message })),
    };
}

/** The shared declarations, an actual journey and an ideal journey, each in its own file. */
export function pairFiles(actual: string, ideal: string): Record<string, string> {
    return { 'people.journey': PEOPLE, 'actual.journey': actual, 'ideal.journey': ideal };
}
