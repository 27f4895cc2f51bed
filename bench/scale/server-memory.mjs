// Language-server memory with a 10,000-touchpoint workspace open: start, initialize with the
// folder, wait until all 101 files have diagnostics, then read VmRSS and VmHWM.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileUri, LspClient, uriKey } from './lsp-client.mjs';
import { tempFolder } from './processes.mjs';
import { summaryTable } from './stats.mjs';
import { writeSyntheticWorkspace } from './synthetic-workspace.mjs';

async function once(folder, keys) {
    const client = new LspClient();
    try {
        const start = performance.now();
        await client.initialize(folder);
        const done = await client.allPublishedSince(keys, start, 5 * 60_000, 'server-memory: workspace diagnostics');
        return { readyMs: done - start, ...client.memory() };
    } finally {
        await client.close();
    }
}

export async function run({ quick, log }) {
    const runs = quick ? 1 : 3;
    const folder = tempFolder('journey-bench-memory-');
    const results = [];
    try {
        const files = writeSyntheticWorkspace(folder, 100, 100);
        const keys = files.map(f => uriKey(fileUri(f)));
        for (let i = 0; i < runs; i++) {
            log(`server-memory: run ${i + 1} of ${runs}`);
            results.push(await once(folder, keys));
        }
        return [
            '### Language-server memory (10,000-touchpoint workspace)',
            '',
            `${files.length} files (writeSyntheticWorkspace(folder, 100, 100)) as the workspace folder; read from /proc/<pid>/status once every file had its diagnostics. ${runs} server start${runs === 1 ? '' : 's'}.`,
            '',
            summaryTable([
                { label: 'VmRSS (resident now)', samples: results.map(r => r.rssKiB / 1024) },
                { label: 'VmHWM (peak resident)', samples: results.map(r => r.hwmKiB / 1024) },
            ], 'MiB'),
            '',
            summaryTable([{ label: `initialize to diagnostics for all ${files.length} files`, samples: results.map(r => r.readyMs) }]),
        ].join('\n');
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
