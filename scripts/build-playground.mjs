// Builds the playground: one self-contained page, out/playground/index.html, that works from
// file:// and from any static host. The language worker is bundled first and embedded in the
// page's script as a string (the page starts it from a Blob URL); the examples and the grammar's
// keywords are embedded too. The page's Content-Security-Policy allows its one inline script by
// hash and no request at all: nothing typed into it can leave it.
// usage: node scripts/build-playground.mjs
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(root, 'out', 'playground', 'index.html');
const read = file => readFileSync(path.join(root, file), 'utf8');

const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
};

/** The password-reset pair with the declarations they share, as one document; each other example as it is; the Greek pair as the English one. */
function examples() {
    const joined = files => files.map(file => `// ---- ${file} ----\n${read(file).trimEnd()}\n`).join('\n');
    const spanish = readdirSync(path.join(root, 'examples', 'es')).filter(f => f.endsWith('.journey')).sort();
    return [
        { id: 'password-reset', label: 'Password reset: actual and ideal journeys', text: joined(['examples/shared.journey', 'examples/password-reset.journey', 'examples/password-reset-ideal.journey']) },
        ...spanish.map(file => ({ id: `es-${path.basename(file, '.journey')}`, label: `Español: ${path.basename(file, '.journey').replace(/-/g, ' ')}`, text: joined([`examples/es/${file}`]) })),
        // The pair in Greek, its shared declarations first, as the English pair.
        { id: 'el-password-reset', label: 'Ελληνικά: επαναφορά κωδικού, πραγματική και ιδανική διαδρομή', text: joined(['examples/el/κοινά.journey', 'examples/el/επαναφορά-κωδικού.journey', 'examples/el/επαναφορά-κωδικού-ιδανική.journey']) },
    ];
}

/** Every keyword of the generated grammar (src/language/generated/grammar.ts holds it as JSON). */
function grammarKeywords() {
    const source = read('src/language/generated/grammar.ts');
    const json = /loadGrammarFromJson\(`([\s\S]*)`\)\)/.exec(source)?.[1];
    if (!json) throw new Error('build-playground: no grammar JSON in src/language/generated/grammar.ts (run npm run langium:generate)');
    const found = new Set();
    const visit = node => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === 'object') {
            if (node.$type === 'Keyword' && typeof node.value === 'string') found.add(node.value);
            Object.values(node).forEach(visit);
        }
    };
    visit(JSON.parse(json.replace(/\\`/g, '`').replace(/\\\\/g, '\\')));
    return [...found].sort();
}

function virtualModules(modules) {
    return {
        name: 'playground-virtual-modules',
        setup(build) {
            build.onResolve({ filter: /^virtual:/ }, args => ({ path: args.path, namespace: 'virtual' }));
            build.onLoad({ filter: /.*/, namespace: 'virtual' }, args => ({ contents: modules[args.path], loader: 'json' }));
        },
    };
}

/** Bytes of the output that came from inputs matching `pattern`. */
function bytesFrom(metafile, pattern) {
    const [output] = Object.values(metafile.outputs);
    return Object.entries(output.inputs).filter(([input]) => pattern.test(input)).reduce((sum, [, info]) => sum + info.bytesInOutput, 0);
}

const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;

const worker = await esbuild.build({ ...common, entryPoints: ['src/playground/worker/main.ts'], outfile: 'worker.js' });
const workerSource = worker.outputFiles[0].text;
const keywords = grammarKeywords();
const page = await esbuild.build({
    ...common,
    entryPoints: ['src/playground/main.ts'],
    outfile: 'playground.js',
    plugins: [virtualModules({
        'virtual:playground-worker': JSON.stringify(workerSource),
        'virtual:journey-keywords': JSON.stringify(keywords),
        'virtual:playground-examples': JSON.stringify(examples()),
    })],
});
const script = page.outputFiles[0].text.trimEnd();
// Inside <script>, `</script` would end it and `<!--` can change how the rest is read.
if (/<\/script|<!--/i.test(script)) throw new Error('build-playground: the bundle contains </script or <!--, which cannot be inlined as it is');

const hash = createHash('sha256').update(script, 'utf8').digest('base64');
const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
const template = read('src/playground/index.html');
if (!template.includes('%CSP%') || !template.includes('<script>%SCRIPT%</script>')) throw new Error('build-playground: src/playground/index.html lost its %CSP% or %SCRIPT% placeholder');
const html = template.replace('%CSP%', () => csp).replace('%SCRIPT%', () => script);

mkdirSync(path.dirname(outFile), { recursive: true });
const temporary = `${outFile}.${process.pid}.tmp`;
writeFileSync(temporary, html);
renameSync(temporary, outFile);

const codemirror = bytesFrom(page.metafile, /node_modules\/(@codemirror|codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)\//);
const gzipped = text => kb(gzipSync(text).length);
console.log(`build-playground: ${path.relative(root, outFile)} ${kb(Buffer.byteLength(html))} (${gzipped(html)} gzipped): `
    + `language worker ${kb(Buffer.byteLength(workerSource))} (${gzipped(workerSource)} gzipped), CodeMirror ${kb(codemirror)}, `
    + `page code ${kb(bytesFrom(page.metafile, /^src\//))}, examples and keywords ${kb(bytesFrom(page.metafile, /playground-examples|journey-keywords/))}; ${keywords.length} keywords, ${examples().length} examples`);
