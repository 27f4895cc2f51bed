// Bundles every entry point with esbuild: CommonJS for Node and the VS Code extension host.
// usage: node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Prefer packages' ES module builds: jsonc-parser's UMD build loads files esbuild cannot see.
    mainFields: ['module', 'main'],
    outExtension: { '.js': '.cjs' },
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    define: { __JOURNEY_VERSION__: JSON.stringify(version) },
    // `vscode` is provided by the extension host; mocha is loaded from node_modules by the test host.
    // resvg is a native addon: loaded from node_modules at run time (only the CLI uses it).
    external: ['vscode', 'mocha', '@resvg/resvg-js'],
};

const builds = [
    { entryPoints: { 'extension/main': 'src/extension/main.ts' } },
    { entryPoints: { 'language/main': 'src/language/main.ts' } },
    { entryPoints: { 'cli/main': 'src/cli/main.ts' } },
    // `journey mcp` with the MCP SDK, which is larger than the rest of the CLI: loaded only by that command.
    // Minified even in a development build (source maps keep it debuggable): it ships beside main.cjs.
    { entryPoints: { 'cli/mcp': 'src/mcp/main.ts' }, minify: true },
    // `journey render --format pdf` with pdfkit and fontkit (larger than the rest of the CLI): loaded only for a PDF.
    // fontkit's brotli decoder (WOFF2 only; the PDF embeds TrueType) is swapped for a stub: 1.3 MB less.
    { entryPoints: { 'cli/render-pdf': 'src/cli/render-pdf.ts' }, minify: true, plugins: [{ name: 'no-woff2', setup: b => b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: new URL('../src/cli/no-woff2.ts', import.meta.url).pathname })) }] },
    { entryPoints: { 'action/main': 'src/action/main.ts' } },
    { entryPoints: { 'test/e2e/index': 'test/e2e/suite/index.ts' } },
];

// The preview webview runs in the browser: the same renderer, bundled as one script.
const webview = { ...common, platform: 'browser', target: 'es2022', format: 'iife', outExtension: {}, external: [],
    entryPoints: { 'webview/preview': 'src/webview/preview.ts' } };
// The Markdown preview script (markdown.previewScripts): the language services and the renderer,
// to draw ```journey fences in VS Code's Markdown preview.
const markdownPreview = { ...webview, entryPoints: { 'markdown/markdown-preview': 'src/markdown/preview/markdown-preview.ts' } };

// The web extension (package.json `browser`, for vscode.dev and github.dev): the extension for
// the browser's extension host (CommonJS, as VS Code loads it) and the language server as a
// web worker. Same sources as the desktop builds; no Node built-ins.
const webExtension = { ...webview, format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'],
    entryPoints: { 'extension/browser': 'src/extension/browser.ts' } };
const webServer = { ...webview, mainFields: ['browser', 'module', 'main'], entryPoints: { 'language/browser': 'src/language/main-browser.ts' } };
// The extension-host suite for the browser (test/web/run-test-web.mjs), loaded like the extension.
const webSuite = { ...webExtension, entryPoints: { 'test/web/index': 'test/web/suite/index.ts' } };

// ES module dependencies (tinyglobby's fdir) read import.meta.url, which a CommonJS bundle lacks.
const nodeOnly = {
    define: { ...common.define, 'import.meta.url': '__journey_import_meta_url' },
    banner: { js: "const __journey_import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

// The fonts a PDF embeds (DejaVu Sans: Latin, Greek, Cyrillic), beside the CLI bundle that reads them, with their licence.
mkdirSync('out/cli/fonts', { recursive: true });
for (const file of ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'LICENSE']) copyFileSync(`node_modules/dejavu-fonts-ttf/${file}`, `out/cli/fonts/${file.replace('ttf/', '')}`);

const contexts = await Promise.all([...builds.map(b => esbuild.context({ ...common, ...nodeOnly, ...b, outdir: 'out' })), ...[webview, markdownPreview, webExtension, webServer, webSuite].map(b => esbuild.context({ ...b, outdir: 'out' }))]);
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    console.log('esbuild: watching for changes');
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
