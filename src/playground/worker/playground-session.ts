import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CompletionItem } from 'vscode-languageserver';
import type { Model } from '../../language/generated/ast.js';
import type { Gap } from '../../model/gap.js';
import type { WorkspaceModel } from '../../model/journey-model.js';
import type { Locale } from '../../i18n/locales.js';
import { createJourneyServices, type JourneyServiceSet } from '../../language/journey-module.js';
import { pickJourney, renderSvg, type View } from '../../render/render-svg.js';
import { playgroundText } from '../playground-messages.js';
import type { AnalyseResult, DiagnosticSeverity, PageTheme, PlaygroundCompletion, PlaygroundDiagnostic } from '../worker-protocol.js';

const SEVERITIES: Record<number, DiagnosticSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const SNIPPET_FORMAT = 2;
const WORD_BEFORE = /[\p{L}\p{N}_]*$/u;

/** LSP completion item kinds to CodeMirror's completion types (which pick the icon). */
const COMPLETION_TYPES: Record<number, string> = {
    1: 'text', 5: 'property', 6: 'variable', 7: 'class', 8: 'interface', 9: 'namespace', 10: 'property',
    12: 'constant', 13: 'enum', 14: 'keyword', 15: 'text', 18: 'variable', 20: 'enum', 21: 'constant', 22: 'type',
};

/**
 * The language side of the playground, free of any worker or DOM API so that it runs in Node
 * too: one document, read with the same services as the editor and the CLI (no file system),
 * its diagnostics in offsets, its map drawn with the shared renderer, and completion.
 */
export class PlaygroundSession {
    private readonly services: JourneyServiceSet = createJourneyServices(EmptyFileSystem);
    private readonly uri = URI.parse('memory:///playground/map.journey');
    private document: LangiumDocument<Model> | undefined;
    private text: string | undefined;
    /** What the map is drawn from: the last text without errors, or the first text read. */
    private good: { model: WorkspaceModel; gaps: Gap[]; errors: number; text: string } | undefined;
    private locale: Locale = 'en';

    /** Reads the text (again only if it changed). */
    private async load(text: string): Promise<LangiumDocument<Model>> {
        if (this.document && this.text === text) return this.document;
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = this.services.shared.workspace;
        if (this.document) await DocumentBuilder.update([], [this.uri]);
        const document = LangiumDocumentFactory.fromString<Model>(text, this.uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
        this.document = document;
        this.text = text;
        return document;
    }

    /**
     * The gap messages and the language's diagnostics are made in the gap settings' locale: a
     * new one reads the text again, and the last map without errors too, so that none of it
     * stays in the old language.
     */
    private async switchLocale(locale: Locale): Promise<void> {
        const settings = this.services.Journey.gaps.Settings;
        settings.update({ ...settings.settings, locale });
        this.locale = locale;
        this.text = undefined;
        if (!this.good) return;
        await this.load(this.good.text);
        const analysis = this.services.Journey.gaps.Analysis;
        this.good = { ...this.good, model: analysis.getModel(), gaps: analysis.getGaps() };
    }

    async analyse(version: number, text: string, view: View, journey: string | undefined, theme: PageTheme, locale: Locale = 'en'): Promise<AnalyseResult> {
        if (locale !== this.locale) await this.switchLocale(locale);
        const document = await this.load(text);
        const diagnostics: PlaygroundDiagnostic[] = (document.diagnostics ?? []).map(d => ({
            from: document.textDocument.offsetAt(d.range.start),
            to: document.textDocument.offsetAt(d.range.end),
            severity: SEVERITIES[d.severity ?? 1] ?? 'error',
            message: d.message,
            code: d.code === undefined ? undefined : String(d.code),
        })).sort((a, b) => a.from - b.from || a.to - b.to);
        const analysis = this.services.Journey.gaps.Analysis;
        try {
            const errors = diagnostics.filter(d => d.severity === 'error').length;
            // A map with errors keeps the last one without on screen, as the editor's preview does.
            if (errors === 0 || !this.good) this.good = { model: analysis.getModel(), gaps: analysis.getGaps(), errors, text };
            const { model, gaps } = this.good;
            const journeys = model.journeys.map(j => j.name);
            const drawn = pickJourney(model, journey && journeys.includes(journey) ? journey : undefined)?.name;
            const svg = renderSvg(model, gaps, { view, journey: drawn, theme, locale });
            return { type: 'analysed', version, diagnostics, svg, journeys, journey: drawn, view, lastGood: errors > 0 && this.good.errors === 0 };
        } catch (error) {
            // One line on the page, never a stack trace; the diagnostics still show.
            const failure = playgroundText(locale, 'map.failed', { reason: error instanceof Error ? error.message : String(error) });
            return { type: 'analysed', version, diagnostics, journeys: [], view, lastGood: false, failure };
        }
    }

    async complete(text: string, offset: number): Promise<PlaygroundCompletion[]> {
        const document = await this.load(text);
        const provider = this.services.Journey.lsp.CompletionProvider;
        if (!provider) return [];
        const position = document.textDocument.positionAt(offset);
        const list = await provider.getCompletion(document, { textDocument: { uri: this.uri.toString() }, position });
        const wordStart = offset - (WORD_BEFORE.exec(text.slice(0, offset))?.[0].length ?? 0);
        return (list?.items ?? []).map(item => toPlaygroundCompletion(item, document, wordStart));
    }
}

function toPlaygroundCompletion(item: CompletionItem, document: LangiumDocument, wordStart: number): PlaygroundCompletion {
    const edit = item.textEdit;
    const range = edit ? ('range' in edit ? edit.range : edit.replace) : undefined;
    const snippet = item.insertTextFormat === SNIPPET_FORMAT;
    const text = edit?.newText ?? item.insertText ?? item.label;
    return {
        label: item.label,
        detail: item.detail,
        type: item.kind === undefined ? undefined : COMPLETION_TYPES[item.kind],
        insert: snippet ? codeMirrorSnippet(text) : text,
        snippet,
        from: range ? document.textDocument.offsetAt(range.start) : wordStart,
        sortText: item.sortText,
        filterText: item.filterText,
    };
}

/**
 * An LSP snippet (`${1:Name}`, `$0`, `${5|P1,P2|}`) as a CodeMirror template (`${1:Name}`,
 * `${0}`, `${5:P1}`), whose braces outside fields must be escaped.
 */
export function codeMirrorSnippet(lsp: string): string {
    let out = '';
    for (let i = 0; i < lsp.length; i++) {
        const rest = lsp.slice(i);
        const field = /^\$\{(\d+)(?::((?:\\.|[^}\\])*)|\|([^|]*)\|)?\}/.exec(rest) ?? /^\$(\d+)/.exec(rest);
        if (field) {
            const placeholder = field[2]?.replace(/\\(.)/g, '$1') ?? field[3]?.split(',')[0] ?? '';
            out += placeholder ? `\${${field[1]}:${placeholder.replace(/[{}]/g, '\\$&')}}` : `\${${field[1]}}`;
            i += field[0].length - 1;
        } else if (lsp[i] === '\\' && i + 1 < lsp.length) {
            out += /[{}]/.test(lsp[i + 1]) ? `\\${lsp[i + 1]}` : lsp[i + 1];
            i++;
        } else {
            out += /[{}]/.test(lsp[i]) ? `\\${lsp[i]}` : lsp[i];
        }
    }
    return out;
}
