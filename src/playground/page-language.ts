// The page's own words in the chosen language: the elements marked in index.html with
// data-i18n (text), data-i18n-label (aria-label) and data-i18n-title (title), and `<html lang>`.
import { LOCALE_NAMES, LOCALES, localeOf, type Locale } from '../i18n/locales.js';
import type { PlaygroundKey, PlaygroundSay } from './playground-messages.js';

/** The browser's language when the tool speaks it, else English. */
export function browserLocale(languages: readonly string[]): Locale {
    for (const language of languages) {
        const locale = localeOf(language);
        if (locale) return locale;
    }
    return 'en';
}

/** The language picker's options: each language named in its own language. */
export function languageOptions(): HTMLOptionElement[] {
    return LOCALES.map(locale => {
        const option = new Option(LOCALE_NAMES[locale], locale);
        option.lang = locale;
        return option;
    });
}

const KEYS = ['Ctrl', 'Space', 'Shift', 'M', 'Tab'] as const;

function keys(...names: (typeof KEYS)[number][]): Node[] {
    return names.flatMap((name, i) => {
        const kbd = document.createElement('kbd');
        kbd.textContent = name;
        return i === 0 ? [kbd] : [document.createTextNode('+'), kbd];
    });
}

/** A sentence whose `{placeholders}` are keyboard keys. */
function withKeys(sentence: string, parts: Record<string, Node[]>): Node[] {
    return sentence.split(/(\{\w+\})/).flatMap(piece => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return name && parts[name] ? parts[name] : piece ? [document.createTextNode(piece)] : [];
    });
}

export function applyPageLanguage(root: Document, locale: Locale, say: PlaygroundSay): void {
    root.documentElement.lang = locale;
    root.title = say('page.title');
    for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = say(element.dataset.i18n as PlaygroundKey);
    for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', say(element.dataset.i18nLabel as PlaygroundKey));
    for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) element.title = say(element.dataset.i18nTitle as PlaygroundKey);
    // The keys are placeholders in the sentence, since each language puts them elsewhere.
    root.getElementById('hint')?.replaceChildren(...withKeys(say('hint'), {
        completion: keys('Ctrl', 'Space'),
        problems: keys('Ctrl', 'Shift', 'M'),
        tab: keys('Tab'),
    }));
}
