import { URI, type LangiumDocument } from 'langium';
import type { Model } from '../language/generated/ast.js';
import type { JourneyServiceSet } from '../language/journey-module.js';
import { JOURNEY_EXTENSION } from '../language/workspace-folders.js';
import { CliError } from './cli-error.js';
import { decodeInput, readFileBytes } from './decode-input.js';
import { displayPath } from './diagnostic-report.js';
import { withStackGuard } from './stack-guard.js';

/**
 * Parses, links and validates files together, as one workspace. A file that is checked must
 * be readable UTF-8 text; a neighbour that is only there for its declarations and cannot be
 * read is left out with a note on stderr. `given` holds texts that are not read from disk
 * (standard input), by path.
 */
export async function loadWorkspace(services: JourneyServiceSet, files: string[], targets: ReadonlySet<string> = new Set(files), given = new Map<string, string>()): Promise<Map<string, LangiumDocument<Model>>> {
    const { shared } = services;
    const documents = new Map<string, LangiumDocument<Model>>();
    const texts = await readAll(files, file => given.get(file) ?? readSource(file).catch((error: CliError) => {
        if (targets.has(file)) throw error;
        return new UnreadableNeighbour(error.message);
    }));
    files.forEach((file, i) => {
        const text = texts[i];
        if (text instanceof UnreadableNeighbour) process.stderr.write(`journey: note: ${text.reason}; its declarations are not used\n`);
        if (typeof text !== 'string') return;
        // Standard input may be named without the extension the language is registered for.
        const uri = URI.file(file.endsWith(JOURNEY_EXTENSION) ? file : `${file}${JOURNEY_EXTENSION}`);
        let document: LangiumDocument<Model>;
        try {
            document = withStackGuard(displayPath(file), () => shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uri));
        } catch (error) {
            if (targets.has(file) || !(error instanceof CliError)) throw error;
            process.stderr.write(`journey: note: ${error.message}; its declarations are not used\n`);
            return;
        }
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(file, document);
    });
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}

/** A neighbour that could not be read: left out, with a note. */
class UnreadableNeighbour {
    constructor(readonly reason: string) {}
}

/**
 * Files read a few dozen at a time (one at a time, a thousand files waited on the disk a
 * thousand times). A failure is raised once all are read, the first in the files' order, so
 * that which error is reported does not depend on timing.
 */
async function readAll<T>(files: string[], read: (file: string) => T | Promise<T>): Promise<T[]> {
    const results: ({ text: T } | { error: unknown })[] = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const i = next++;
            try {
                results[i] = { text: await read(files[i]) };
            } catch (error) {
                results[i] = { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(32, files.length) }, worker));
    return results.map(result => {
        if ('error' in result) throw result.error;
        return result.text;
    });
}

/** A map file as text: readable, and UTF-8 (a BOM is dropped), or a one-line error. */
export async function readSource(file: string): Promise<string> {
    return decodeInput(displayPath(file), await readFileBytes(file, displayPath(file)), 'a .journey map');
}
