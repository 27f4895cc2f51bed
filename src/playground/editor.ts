import { autocompletion, snippetCompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import type { Locale } from '../i18n/locales.js';
import { editorPhrases } from './editor-phrases.js';
import { journeyLanguage } from './journey-language.js';
import type { PlaygroundCompletion, PlaygroundDiagnostic } from './worker-protocol.js';

export type Complete = (text: string, offset: number) => Promise<PlaygroundCompletion[]>;

// Colours from the page's CSS variables, so that the editor follows light and dark with the page.
const highlight = HighlightStyle.define([
    { tag: tags.keyword, color: 'var(--syntax-keyword)', fontWeight: '600' },
    { tag: tags.string, color: 'var(--syntax-string)' },
    { tag: tags.number, color: 'var(--syntax-number)' },
    { tag: tags.comment, color: 'var(--syntax-comment)', fontStyle: 'italic' },
    { tag: tags.variableName, color: 'var(--syntax-name)' },
    { tag: [tags.brace, tags.operator], color: 'var(--syntax-punctuation)' },
]);

const theme = EditorView.theme({
    '&': { height: '100%', color: 'var(--text)', backgroundColor: 'var(--editor-background)' },
    '.cm-content': { caretColor: 'var(--text)', fontFamily: 'var(--mono)' },
    '.cm-gutters': { backgroundColor: 'var(--editor-gutter)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
    '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--editor-active-line)' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--editor-selection) !important' },
    '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
    '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
    '.cm-panels': { backgroundColor: 'var(--surface)', color: 'var(--text)' },
    '.cm-scroller': { overflow: 'auto' },
});

function completionSource(complete: Complete) {
    return async (context: CompletionContext): Promise<CompletionResult | null> => {
        const word = context.matchBefore(/[\p{L}\p{M}\p{N}_]*/u);
        // Only when asked, or in a word: a space alone does not open the list.
        if (!context.explicit && (!word || word.from === word.to)) return null;
        const items = await complete(context.state.doc.toString(), context.pos);
        if (context.aborted || items.length === 0) return null;
        const from = Math.min(...items.map(i => i.from).filter(f => f <= context.pos), word?.from ?? context.pos);
        const options: Completion[] = items.map((item, index) => {
            const base: Completion = { label: item.label, detail: item.detail, type: item.type, boost: -index / items.length };
            return item.snippet ? snippetCompletion(item.insert, base) : { ...base, apply: item.insert };
        });
        return { from, options, validFor: /^[\p{L}\p{M}\p{N}_]*$/u };
    };
}

/** The editor's accessible name and CodeMirror's own words (search, lint and fold panels), which follow the page's language. */
const label = new Compartment();
const labelled = (name: string) => EditorView.contentAttributes.of({ 'aria-label': name });
const phrases = new Compartment();
const phrased = (locale: Locale) => EditorState.phrases.of(editorPhrases(locale));

export function createEditor(parent: HTMLElement, text: string, keywords: readonly string[], complete: Complete, onChange: () => void, name: string, locale: Locale): EditorView {
    const language = journeyLanguage(keywords);
    return new EditorView({
        parent,
        state: EditorState.create({
            doc: text,
            extensions: [
                basicSetup,
                language,
                language.data.of({ autocomplete: completionSource(complete) }),
                autocompletion({ activateOnTypingDelay: 50 }),
                syntaxHighlighting(highlight),
                lintGutter(),
                theme,
                EditorView.lineWrapping,
                label.of(labelled(name)),
                phrases.of(phrased(locale)),
                EditorView.updateListener.of(update => { if (update.docChanged) onChange(); }),
            ],
        }),
    });
}

export function setEditorLanguage(view: EditorView, name: string, locale: Locale): void {
    view.dispatch({ effects: [label.reconfigure(labelled(name)), phrases.reconfigure(phrased(locale))] });
}

export function showDiagnostics(view: EditorView, diagnostics: PlaygroundDiagnostic[]): void {
    const length = view.state.doc.length;
    const shown: Diagnostic[] = diagnostics.map(d => ({
        from: Math.min(d.from, length), to: Math.min(Math.max(d.to, d.from), length), severity: d.severity, message: d.message, source: d.code,
    }));
    view.dispatch(setDiagnostics(view.state, shown));
}

export function replaceText(view: EditorView, text: string): void {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}
