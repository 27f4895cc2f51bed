// A process that only parses every .journey file under the given folders: no linking, no
// validation, no gaps, no report. Compared with `journey check` as a whole process.
// usage: node out/bench/parse-only.cjs <folder>...
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJourneyServices } from '../../src/language/journey-module.js';

function journeyFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.journey'))
        .map(entry => path.join(entry.parentPath, entry.name));
}

const services = createJourneyServices(NodeFileSystem);
const factory = services.shared.workspace.LangiumDocumentFactory;
// Kept, as check keeps its documents, so peak RSS compares like with like.
const documents: unknown[] = [];
let errors = 0;
for (const folder of process.argv.slice(2)) {
    for (const file of journeyFiles(folder)) {
        const document = factory.fromString(readFileSync(file, 'utf8'), URI.file(file));
        errors += document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        documents.push(document);
    }
}
process.stderr.write(`parsed ${documents.length} files, ${errors} syntax errors\n`);
