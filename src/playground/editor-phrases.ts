import type { Locale } from '../i18n/locales.js';
import { registerTranslations } from '../i18n/translator.js';
import { da } from './editor-phrases/da.js';
import { el } from './editor-phrases/el.js';
import { en, type EditorPhrase } from './editor-phrases/en.js';
import { es } from './editor-phrases/es.js';
import { it } from './editor-phrases/it.js';

const catalogues = { en, el, da, it, es };
registerTranslations<EditorPhrase>('codemirror', catalogues);

/** What `EditorState.phrases` takes for a locale: none for English, CodeMirror's own words. */
export function editorPhrases(locale: Locale): Record<string, string> {
    return locale === 'en' ? {} : catalogues[locale];
}
