// The diagnostics on every example, on the messy fixtures and on a synthetic workspace (with
// broken copies), pinned: speed work must not change what a user is told. The pinned files were
// written before that work; after a deliberate change of a message or a rule, review the diff
// and rewrite them with PIN_DIAGNOSTICS=write.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { openWorkspace } from '../../src/cli/open-workspace.js';
import { journeyFile, syntheticWorkspace } from '../../bench/scale/synthetic-workspace.mjs';

const PINNED = path.resolve('test/fixtures/pinned');
const temp = mkdtempSync(path.join(os.tmpdir(), 'journey-pinned-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface PinnedDiagnostic {
    at: string;
    severity: number | undefined;
    code: string | number | undefined;
    message: string;
    related?: string[];
}

function place(range: Diagnostic['range']): string {
    return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

async function diagnosticsOf(folder: string): Promise<Record<string, PinnedDiagnostic[]>> {
    const workspace = await openWorkspace([folder]);
    const result: Record<string, PinnedDiagnostic[]> = {};
    const relative = (uri: string) => path.relative(folder, new URL(uri).pathname).split(path.sep).join('/');
    for (const file of [...workspace.files.targets].sort()) {
        const document = workspace.documents.get(file);
        result[path.relative(folder, file).split(path.sep).join('/')] = (document?.diagnostics ?? []).map(d => ({
            at: place(d.range),
            severity: d.severity,
            code: d.code,
            message: d.message,
            ...(d.relatedInformation?.length
                ? { related: d.relatedInformation.map(r => `${relative(r.location.uri)}:${place(r.location.range)} ${r.message}`) }
                : {}),
        }));
    }
    return result;
}

function expectPinned(name: string, actual: unknown): void {
    const file = path.join(PINNED, `${name}.json`);
    if (process.env.PIN_DIAGNOSTICS === 'write') writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** A synthetic workspace, and copies of some of its maps broken the ways people break them. */
function writeSynthetic(folder: string): void {
    for (const [relative, text] of syntheticWorkspace(12, 30)) {
        writeFileSync(path.join(folder, relative.replace('/', '-')), text);
    }
    const map = journeyFile(50, 30);
    const breakages: Record<string, string> = {
        'broken-keyword.journey': map.replace('touchpoint T4 ', 'touchpont T4 '),
        'broken-brace.journey': map.replace(/(touchpoint T7 [^\n]*\n(?:[^\n]*\n){2})\s*}\n/, '$1'),
        'broken-string.journey': map.replace('"Step 3 of journey 50"', '"Step 3 of journey 50'),
        'broken-reference.journey': map.replace('channel Chat', 'channel Chatt').replace('owner Billing', 'owner Biling'),
        'broken-duplicate.journey': map.replace('touchpoint T9 ', 'touchpoint T8 '),
        'broken-tail.journey': map.slice(0, Math.floor(map.length * 0.6)),
    };
    for (const [name, text] of Object.entries(breakages)) {
        expect(text, name).not.toBe(map);
        writeFileSync(path.join(folder, name.replace('broken-', `broken-${name.length}-`)), text.replaceAll('Journey50', `Journey${name.length}${name.slice(7, 10)}`));
    }
}

describe('pinned diagnostics', () => {
    it('on the examples', async () => {
        expectPinned('examples', await diagnosticsOf(path.resolve('examples')));
    });

    it('on the messy fixtures', async () => {
        expectPinned('messy', await diagnosticsOf(path.resolve('test/fixtures/messy')));
    });

    it('on a synthetic workspace of 13 files with broken copies', async () => {
        const folder = path.join(temp, 'synthetic');
        (await import('node:fs')).mkdirSync(folder);
        writeSynthetic(folder);
        expectPinned('synthetic', await diagnosticsOf(folder));
    }, 60_000);
});
