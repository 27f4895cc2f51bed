// Keystroke to publishDiagnostics over real LSP (stdio JSON-RPC) against the language server:
// one incremental didChange at a time, timed until the edited file's diagnostics come back,
// and until the server has published everything the edit changed (it revalidates the other
// files whose gaps or duplicate names the edit changed, after the edited one).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { didOpen, fileUri, LspClient, uriKey } from './lsp-client.mjs';
import { tempFolder } from './processes.mjs';
import { summaryTable } from './stats.mjs';
import { declarationsFile, journeyFile, writeSyntheticWorkspace } from './synthetic-workspace.mjs';

const WAIT_MS = 120_000;
/** The server is taken to be done with an edit when it has published nothing for this long. */
const QUIET_MS = 400;

/** A folder with people.journey and one map of `touchpoints` touchpoints; returns [folder, map, files]. */
function singleMapFolder(touchpoints) {
    const folder = tempFolder('journey-bench-lsp-');
    const map = path.join(folder, 'map.journey');
    writeFileSync(path.join(folder, 'people.journey'), declarationsFile());
    writeFileSync(map, journeyFile(0, touchpoints));
    return [folder, map, [path.join(folder, 'people.journey'), map]];
}

/** writeSyntheticWorkspace(folder, 100, 100), with its first map replaced by a 1,000-touchpoint one. */
function workspaceFolder() {
    const folder = tempFolder('journey-bench-lsp-ws-');
    const files = writeSyntheticWorkspace(folder, 100, 100);
    const map = files.find(f => f.endsWith('journey-0000.journey'));
    writeFileSync(map, journeyFile(0, 1000));
    return [folder, map, files];
}

/**
 * The k-th edit, as an in-line replacement: mostly a touchpoint title (near the top, the
 * middle and the end in turn), every fourth an emotion flipped between 1 and 5, which adds or
 * removes an unaddressed-pain gap, so the diagnostics change.
 */
function nextEdit(lines, k, touchpoints) {
    const t = [1, Math.floor(touchpoints / 2), touchpoints - 2][k % 3];
    const titleLine = lines.findIndex(l => l.trimStart().startsWith(`touchpoint T${t} "`));
    if (k % 4 === 3) {
        const line = titleLine + 1;
        const match = /emotion (\d)/.exec(lines[line]);
        const start = match.index + 'emotion '.length;
        return { line, start, end: start + 1, text: match[1] === '1' ? '5' : '1' };
    }
    const open = lines[titleLine].indexOf('"');
    const close = lines[titleLine].indexOf('"', open + 1);
    return { line: titleLine, start: open + 1, end: close, text: `Step ${t + 1}, edit ${k + 1}` };
}

async function measureCase(label, touchpoints, [folder, map, files], edits, log) {
    const client = new LspClient();
    const keys = files.map(f => uriKey(fileUri(f)));
    const own = uriKey(fileUri(map));
    try {
        const text = readFileSync(map, 'utf8');
        const start = performance.now();
        await client.initialize(folder);
        await didOpen(client, map, text);
        await client.allPublishedSince(keys, start, WAIT_MS * 3, `${label}: first diagnostics`);
        log(`  ${label}: workspace built in ${Math.round(performance.now() - start)} ms`);
        const lines = text.split('\n');
        const ownMs = [];
        const allMs = [];
        const republished = [];
        for (let k = 0, version = 1; k < edits; k++) {
            const edit = nextEdit(lines, k, touchpoints);
            lines[edit.line] = lines[edit.line].slice(0, edit.start) + edit.text + lines[edit.line].slice(edit.end);
            version++;
            const waitOwn = client.nextPublish(p => p.key === own && (p.version === undefined || p.version === version), WAIT_MS, `${label}: edit ${k + 1}`);
            const sent = performance.now();
            client.notify('textDocument/didChange', {
                textDocument: { uri: fileUri(map), version },
                contentChanges: [{ range: { start: { line: edit.line, character: edit.start }, end: { line: edit.line, character: edit.end } }, text: edit.text }],
            });
            const publish = await waitOwn;
            ownMs.push(publish.at - sent);
            // The next keystroke only after the server has settled: one edit at a time.
            const settled = await client.settled(sent, QUIET_MS);
            allMs.push(settled.last - sent);
            republished.push(settled.files);
        }
        return { label, ownMs, allMs, republished, files: files.length, sawVersion: client.sawVersion };
    } finally {
        await client.close();
        rmSync(folder, { recursive: true, force: true });
    }
}

export async function run({ quick, log }) {
    const edits = quick ? 8 : 20;
    const cases = [
        ['50 touchpoints (2 files)', 50, () => singleMapFolder(50)],
        ['1,000 touchpoints (2 files)', 1000, () => singleMapFolder(1000)],
        ['1,000-touchpoint map in a 101-file workspace', 1000, workspaceFolder],
    ];
    const results = [];
    for (const [label, touchpoints, make] of cases) {
        log(`lsp-keystroke: ${label}`);
        results.push(await measureCase(label, touchpoints, make(), edits, log));
    }
    const sawVersion = results.some(r => r.sawVersion);
    return [
        '### Keystroke to publishDiagnostics (LSP over stdio)',
        '',
        `${edits} incremental didChange edits, one at a time (the next only after the server had published nothing for ${QUIET_MS} ms).`,
        sawVersion
            ? 'Matched on the `version` of publishDiagnostics.'
            : 'The server sends publishDiagnostics without `version` (Langium\'s addDiagnosticsHandler does not set it): each edit is timed to the first publish for the edited file after the didChange was sent.',
        '',
        'Edited file\'s diagnostics:',
        '',
        summaryTable(results.map(r => ({ label: r.label, samples: r.ownMs }))),
        '',
        'Until the last diagnostics the edit caused (the edited file, then the other files whose cross-file findings changed):',
        '',
        summaryTable(results.map(r => ({ label: `${r.label}: last publish`, samples: r.allMs }))),
        '',
        ...results.map(r => `- ${r.label}: files published per edit, median ${[...r.republished].sort((a, b) => a - b)[Math.floor(r.republished.length / 2)]} of ${r.files}.`),
        '',
        'Debounce: none. Langium 4.2.1\'s DefaultDocumentUpdateHandler.didChangeContent calls DocumentBuilder.update at once (through WorkspaceLock.write, which cancels a build still running), and src/language has no debounce of its own, so the figures above are pure work, with no waiting time in them.',
    ].join('\n');
}
