import type { Locale } from '../i18n/locales.js';

/** A syntax error's message, worded in any locale. */
export type Wording = (locale: Locale) => string;

// Enough for every syntax error of a large workspace between its parse and its validation.
const MAX_REMEMBERED = 2000;

/**
 * The wordings of the syntax errors the parser and the lexer reported, by their English text.
 * Chevrotain keeps only a message string, and it is worded while parsing, before the locale
 * of the diagnostics is known (a change of the workspace's locale only revalidates, and an
 * edit may reparse only one element, without the journey's `language`). So the message
 * providers give chevrotain the English text, as before, and remember how to word it; the
 * document validator words each syntax error again in the document's locale. The English
 * text is a function of the wording, so it is a sound key. A message no longer remembered
 * stays in English.
 */
export class RememberedWordings {
    private readonly wordings = new Map<string, Wording>();

    /** The English text of a wording, remembered. */
    english(wording: Wording): string {
        const text = wording('en');
        this.wordings.delete(text);
        this.wordings.set(text, wording);
        if (this.wordings.size > MAX_REMEMBERED) this.wordings.delete(this.wordings.keys().next().value!);
        return text;
    }

    /** The message in a locale, if it is one of the remembered English texts. */
    reword(message: string, locale: Locale): string | undefined {
        if (locale === 'en') return undefined;
        return this.wordings.get(message)?.(locale);
    }
}
