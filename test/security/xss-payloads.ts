/**
 * The XSS corpus (xss-payloads.json: [kind, text] pairs, JSON so that the code-server UI
 * checks, plain JavaScript, read the same list). Text that tries to run a script wherever a
 * map's text is shown: script tags, event handlers, javascript: and data: URLs, SVG
 * animate/set/foreignObject/use, CSS injection, entity and escape tricks, </title>, ]]>,
 * Mermaid %%{init}%% and click lines, HTML and Markdown. Each payload that can run anything
 * does something the hooks in execution-hooks.ts see: a dialog (alert), a call to
 * `__xss(n)`, or a request to xss.invalid; the n in each is its id.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Payload {
    id: number;
    kind: string;
    text: string;
}

const list = JSON.parse(fs.readFileSync(path.join(__dirname, 'xss-payloads.json'), 'utf8')) as [kind: string, text: string][];

export const PAYLOADS: Payload[] = list.map(([kind, text], index) => ({ id: index + 1, kind, text }));
