// Cold `journey check` of a whole workspace, as its own process (start-up included), against a
// process that only parses the same files: wall time and peak RSS.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchBundles } from '../../scripts/build-bench.mjs';
import { hasGnuTime, runTimed, tempFolder } from './processes.mjs';
import { fmt, summarise, summaryTable } from './stats.mjs';
import { writeSyntheticWorkspace } from './synthetic-workspace.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(REPO, 'bin', 'journey.cjs');
const PARSE_ONLY = path.join(REPO, 'out', 'bench', 'parse-only.cjs');
const KILL_MS = 10 * 60_000;

const WORKSPACES = [
    { label: '10,000 touchpoints (100 files × 100)', files: 100, perFile: 100 },
    { label: '50,000 touchpoints (1,000 files × 50)', files: 1000, perFile: 50 },
];

async function repeat(runs, command, args) {
    const results = [];
    // check exits 1 when the maps have errors; either way the whole check ran.
    for (let i = 0; i < runs; i++) results.push(await runTimed(command, args, { timeoutMs: KILL_MS, cwd: REPO, okStatus: [0, 1] }));
    return results;
}

export async function run({ quick, log }) {
    await buildBenchBundles();
    const runs = quick ? 2 : 5;
    const rows = [];
    const memory = [];
    const ratios = [];
    for (const workspace of WORKSPACES) {
        const folder = tempFolder('journey-bench-check-');
        try {
            writeSyntheticWorkspace(folder, workspace.files, workspace.perFile);
            log(`cold-check: ${workspace.label}`);
            const check = await repeat(runs, process.execPath, [CLI, 'check', folder]);
            const json = await repeat(runs, process.execPath, [CLI, 'check', folder, '--format', 'json']);
            const parse = await repeat(runs, process.execPath, [PARSE_ONLY, folder]);
            rows.push({ label: `journey check, ${workspace.label}`, samples: check.map(r => r.wallMs) });
            rows.push({ label: `journey check --format json (with the gap report), ${workspace.label}`, samples: json.map(r => r.wallMs) });
            rows.push({ label: `parse only, ${workspace.label}`, samples: parse.map(r => r.wallMs) });
            memory.push({ label: `journey check, ${workspace.label}`, samples: check.map(r => r.peakRssKiB / 1024) });
            memory.push({ label: `parse only, ${workspace.label}`, samples: parse.map(r => r.peakRssKiB / 1024) });
            ratios.push(`- ${workspace.label}: check / parse-only = ${fmt(summarise(check.map(r => r.wallMs)).median / summarise(parse.map(r => r.wallMs)).median)}× (medians of wall time)`);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    }
    return [
        '### Cold `journey check` (whole process)',
        '',
        `\`node bin/journey.cjs check <folder> > /dev/null\` (and with \`--format json\`), ${runs} runs each; parse only = \`node out/bench/parse-only.cjs <folder>\` (same files, parsed only). Wall time measured by the runner.`,
        '',
        'Wall time:',
        '',
        summaryTable(rows),
        '',
        ...(hasGnuTime
            ? ['Peak RSS (GNU time %M):', '', summaryTable(memory, 'MiB'), '']
            : ['Peak RSS: not measured (/usr/bin/time is not installed).', '']),
        ...ratios,
    ].join('\n');
}
