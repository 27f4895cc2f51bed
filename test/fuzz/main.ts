// npm run fuzz -- --count N --seed S [--out folder]: documents through every stage of a map, in
// one process. Each failure's input, made as small as it will go while failing the same way, is
// written to the folder (default fuzz-failures/), with the original and a .json saying what
// failed where. Exit status 1 if anything failed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { fuzz, runOne, type FuzzFailure } from './fuzz-run.js';
import { shrink } from './fuzz-shrink.js';
import { FUZZ_CORPUS } from './fuzz-corpus.js';

function option(name: string, fallback: string): string {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const count = Number(option('count', '10000'));
const seed = Number(option('seed', '1'));
const out = option('out', 'fuzz-failures');
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run fuzz -- --count <documents> --seed <integer> [--out <folder>]');
    process.exit(2);
}
const corpus = FUZZ_CORPUS.map(file => readFileSync(file, 'utf8'));
const started = performance.now();
let written = 0;
const failures: FuzzFailure[] = [];
const summary = await fuzz({
    count, seed, corpus,
    onFailure: failure => {
        failures.push(failure);
        console.error(`fuzz: ${failure.kind} in ${failure.stage} (seed ${failure.seed}, document ${failure.index}): ${failure.message.split('\n')[0]}`);
    },
});
// Each failure's input, made small (the same kind of failure in the same stage), then written.
const shrinking = createJourneyServices(EmptyFileSystem);
let probe = 0;
for (const failure of failures) {
    const same = async (text: string) => failure.kind !== 'slow'
        && (await runOne(shrinking, text, 1_000_000 + probe++)).some(f => f.kind === failure.kind && f.stage === failure.stage);
    const small = failure.kind === 'slow' ? failure.input : await shrink(failure.input, same);
    {
        mkdirSync(out, { recursive: true });
        const name = path.join(out, `${failure.kind}-seed${failure.seed}-${failure.index}`);
        writeFileSync(`${name}.journey`, small);
        writeFileSync(`${name}.original.journey`, failure.input);
        writeFileSync(`${name}.json`, `${JSON.stringify({ kind: failure.kind, stage: failure.stage, seed: failure.seed, index: failure.index, message: failure.message }, null, 2)}\n`);
        written++;
    }
}
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${summary.documents} documents (${Object.entries(summary.byInput).map(([k, v]) => `${v} ${k}`).join(', ')}) in ${seconds.toFixed(1)} s; slowest ${Math.round(summary.slowest.ms)} ms (document ${summary.slowest.index}); ${summary.failures.length} failures${written ? `, inputs in ${out}/` : ''}`);
process.exit(summary.failures.length > 0 ? 1 : 0);
