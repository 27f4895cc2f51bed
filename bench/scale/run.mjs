// Process-level scale benchmarks: real language server over stdio, whole CLI processes, and
// the renderer against Mermaid in headless Chromium. Prints Markdown; asserts nothing.
// usage: node bench/scale/run.mjs [--only <name>] [--quick]
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCHMARKS = ['lsp-keystroke', 'cold-check', 'server-memory', 'render-vs-mermaid'];

function parseArgs(argv) {
    const options = { quick: false, only: undefined };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--quick') options.quick = true;
        else if (argv[i] === '--only') options.only = argv[++i];
        else if (argv[i].startsWith('--only=')) options.only = argv[i].slice('--only='.length);
        else throw new Error(`unknown argument '${argv[i]}'\nusage: node bench/scale/run.mjs [--only <${BENCHMARKS.join('|')}>] [--quick]`);
    }
    if (options.only !== undefined && !BENCHMARKS.includes(options.only)) {
        throw new Error(`--only: no benchmark '${options.only}'; there are ${BENCHMARKS.join(', ')}`);
    }
    return options;
}

function built(relative) {
    try {
        return statSync(path.join(REPO, relative)).mtime.toISOString();
    } catch {
        return 'missing: run `node scripts/build.mjs`';
    }
}

function machine(quick) {
    const cpus = os.cpus();
    return [
        '## Scale benchmarks',
        '',
        `- Date: ${new Date().toISOString()}`,
        `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores; ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
        `- Node ${process.version}, ${os.type()} ${os.release()}`,
        `- Bundles: out/language/main.cjs built ${built('out/language/main.cjs')}, out/cli/main.cjs built ${built('out/cli/main.cjs')}`,
        `- Repetitions: ${quick ? 'quick (--quick)' : 'full'}`,
    ].join('\n');
}

let options;
try {
    options = parseArgs(process.argv.slice(2));
} catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
}
const log = message => process.stderr.write(`${message}\n`);
const selected = options.only ? [options.only] : BENCHMARKS;
console.log(`${machine(options.quick)}\n`);
let failed = false;
for (const name of selected) {
    try {
        const { run } = await import(`./${name}.mjs`);
        console.log(`${await run({ quick: options.quick, log })}\n`);
    } catch (error) {
        failed = true;
        console.log(`### ${name}\n\nFailed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
}
process.exitCode = failed ? 1 : 0;
