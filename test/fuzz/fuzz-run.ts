// The fuzzer: every document through everything a map goes through (parse, link, validate, the
// model and its gaps, every drawing, the formatter, Mermaid export and import), in one process.
// A failure is an exception, a document that takes over a second, or a formatter result that is
// not idempotent or that loses a token or a comment.
import { EmptyFileSystem, URI } from 'langium';
import type { Model } from '../../src/language/generated/ast.js';
import { formatJourneyText } from '../../src/language/formatting/format-journey.js';
import { createJourneyServices } from '../../src/language/journey-module.js';
import { exportMermaid } from '../../src/interop/mermaid-export.js';
import { importMermaid } from '../../src/interop/mermaid-import.js';
import { analyseGaps } from '../../src/model/analyse-gaps.js';
import { buildWorkspaceModel } from '../../src/model/build-model.js';
import { renderSvg, VIEWS } from '../../src/render/render-svg.js';
import { grammarText, mutatedText, randomText, seededRandom } from './fuzz-inputs.js';

export type FailureKind = 'exception' | 'slow' | 'format-not-idempotent' | 'format-lost-tokens';

export interface FuzzFailure {
    kind: FailureKind;
    /** Where it happened: build, model, render:<view>, format, mermaid. */
    stage: string;
    message: string;
    /** Which document: the seed and its number, to produce it again. */
    seed: number;
    index: number;
    input: string;
}

export interface FuzzSummary {
    documents: number;
    byInput: Record<string, number>;
    failures: FuzzFailure[];
    slowest: { ms: number; index: number };
}

const SLOW_MS = 1000;

/** The i-th document of a seed: the same text every time. */
export function fuzzDocument(seed: number, index: number, corpus: readonly string[]): { input: string; text: string } {
    const random = seededRandom(seed * 1_000_003 + index);
    const choice = random(3);
    if (choice === 0) return { input: 'random', text: randomText(random) };
    if (choice === 1) return { input: 'mutation', text: mutatedText(random, corpus) };
    return { input: 'grammar', text: grammarText(random) };
}

export async function fuzz(options: { count: number; seed: number; corpus: readonly string[]; onFailure?: (failure: FuzzFailure) => void }): Promise<FuzzSummary> {
    const services = createJourneyServices(EmptyFileSystem);
    const summary: FuzzSummary = { documents: 0, byInput: {}, failures: [], slowest: { ms: 0, index: -1 } };
    for (let index = 0; index < options.count; index++) {
        const { input, text } = fuzzDocument(options.seed, index, options.corpus);
        summary.byInput[input] = (summary.byInput[input] ?? 0) + 1;
        const start = performance.now();
        const failures = await runOne(services, text, index);
        const ms = performance.now() - start;
        if (ms > summary.slowest.ms) summary.slowest = { ms, index };
        if (ms > SLOW_MS) failures.push({ kind: 'slow', stage: 'all', message: `${Math.round(ms)} ms` });
        for (const failure of failures) {
            const full = { ...failure, seed: options.seed, index, input: text };
            summary.failures.push(full);
            options.onFailure?.(full);
        }
        summary.documents++;
    }
    return summary;
}

export type Found = Omit<FuzzFailure, 'seed' | 'index' | 'input'>;

export async function runOne(services: ReturnType<typeof createJourneyServices>, text: string, index: number): Promise<Found[]> {
    const found: Found[] = [];
    const stage = async <T>(name: string, run: () => T | Promise<T>): Promise<T | undefined> => {
        try {
            return await run();
        } catch (error) {
            found.push({ kind: 'exception', stage: name, message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
            return undefined;
        }
    };
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const uri = URI.parse(`memory:///fuzz/${index}.journey`);
    const document = await stage('build', async () => {
        const created = LangiumDocumentFactory.fromString<Model>(text, uri);
        LangiumDocuments.addDocument(created);
        await DocumentBuilder.build([created], { validation: true });
        return created;
    });
    if (document) {
        const model = await stage('model', () => buildWorkspaceModel([document]));
        const gaps = model && await stage('gaps', () => analyseGaps(model));
        if (model && gaps) {
            for (const journey of model.journeys.slice(0, 3)) {
                for (const view of VIEWS) await stage(`render:${view}`, () => renderSvg(model, gaps, { journey: journey.name, view }));
                const mermaid = await stage('mermaid export', () => exportMermaid(model, journey.name, { metadata: true }));
                if (mermaid !== undefined) await stage('mermaid import', () => importMermaid(mermaid));
            }
            if (model.journeys.length === 0) await stage('render:map', () => renderSvg(model, gaps));
        }
    }
    await stage('cleanup', () => DocumentBuilder.update([], [uri]));
    await stage('format', () => checkFormatter(services, text, found));
    return found;
}

function checkFormatter(services: ReturnType<typeof createJourneyServices>, text: string, found: Found[]): void {
    const once = formatJourneyText(services.Journey, text);
    if (!once.ok) return; // a file with a syntax error is left as it is, by design
    const twice = formatJourneyText(services.Journey, once.text);
    if (!twice.ok || twice.text !== once.text) {
        found.push({ kind: 'format-not-idempotent', stage: 'format', message: twice.ok ? 'a second format changed the text again' : `the formatted text no longer parses: ${twice.blocker.message}` });
    }
    const before = tokens(services, text);
    const after = tokens(services, once.text);
    if (before.join('\u0001') !== after.join('\u0001')) {
        const at = before.findIndex((token, i) => token !== after[i]);
        found.push({ kind: 'format-lost-tokens', stage: 'format', message: `token ${at}: ${JSON.stringify(before[at])} became ${JSON.stringify(after[at])}` });
    }
}

/** Every token and comment, without the whitespace between them. */
function tokens(services: ReturnType<typeof createJourneyServices>, text: string): string[] {
    const lexed = services.Journey.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image);
}
