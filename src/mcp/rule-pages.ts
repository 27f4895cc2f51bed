import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';

// docs/rules/ at the package's root: two folders up from out/cli/mcp.cjs, as from src/mcp/.
// The npm package ships the pages (.npmignore).
const RULES_FOLDER = new URL('../../docs/rules/', import.meta.url);

/** A rule's page (docs/rules/<code>.md), or undefined when there is none. */
export async function rulePage(code: string): Promise<string | undefined> {
    if (!/^[a-z][a-z-]*$/.test(code)) return undefined;
    return fs.readFile(fileURLToPath(new URL(`${code}.md`, RULES_FOLDER)), 'utf8').catch(() => undefined);
}
