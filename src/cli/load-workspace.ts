import { promises as fs } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import type { Model } from '../language/generated/ast.js';
import type { JourneyServiceSet } from '../language/journey-module.js';
import { CliError } from './cli-error.js';
import { describeIoError } from './collect-files.js';

/** Parses, links and validates the given files together, as one workspace. */
export async function loadWorkspace(services: JourneyServiceSet, files: string[]): Promise<Map<string, LangiumDocument<Model>>> {
    const { shared } = services;
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const file of files) {
        const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
            throw new CliError(`${file}: cannot read: ${describeIoError(error)}`);
        });
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(file, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return documents;
}
