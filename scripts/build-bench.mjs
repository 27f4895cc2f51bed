// Bundles the bench-only entry points of bench/scale into out/bench/ (esbuild, as scripts/build.mjs).
// usage: node scripts/build-bench.mjs
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));

const common = {
    absWorkingDir: REPO,
    bundle: true,
    mainFields: ['module', 'main'],
    sourcemap: false,
    logLevel: 'warning',
    define: { __JOURNEY_VERSION__: JSON.stringify(version) },
};

export async function buildBenchBundles() {
    await Promise.all([
        // A whole process that only parses, to compare with `journey check`.
        esbuild.build({
            ...common, platform: 'node', target: 'node20', format: 'cjs',
            entryPoints: ['bench/scale/parse-only-entry.ts'], outfile: 'out/bench/parse-only.cjs',
            define: { ...common.define, 'import.meta.url': '__journey_import_meta_url' },
            banner: { js: "const __journey_import_meta_url = require('url').pathToFileURL(__filename).href;" },
        }),
        // Text to SVG in the browser, for the comparison with Mermaid; exposed as window.JourneyBench.
        esbuild.build({
            ...common, platform: 'browser', target: 'es2022', format: 'iife', globalName: 'JourneyBench',
            entryPoints: ['bench/scale/render-entry.ts'], outfile: 'out/bench/render.js',
        }),
    ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildBenchBundles();
