// npm run fuzz -- --count N --seed S: bundles the fuzzer (test/fuzz/main.ts) and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

await esbuild.build({
    entryPoints: ['test/fuzz/main.ts'], outfile: 'out/fuzz/main.mjs', bundle: true, platform: 'node', format: 'esm', target: 'node20',
    mainFields: ['module', 'main'], logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const run = spawnSync(process.execPath, ['out/fuzz/main.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
