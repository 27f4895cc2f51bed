import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.js';
import { h, text } from './html.js';
import type { SaySite } from './site-messages.js';
import { countedSite } from './site-messages.js';
import { href, INDEX_PAGE, rootOf, SEARCH_INDEX, SEARCH_SCRIPT, STYLESHEET, type PagePath } from './site-plan.js';

export interface PageFrame {
    path: PagePath;
    locale: Locale;
    title: string;
    say: SaySite;
    /** The tool's version and how many map files were read, for the footer. */
    version: string;
    files: number;
    /** Links in the header: the index's sections. */
    nav: { label: string; target: string }[];
}

/**
 * A whole page: the content with the site's header (home, sections, search) and footer, its
 * language, and a policy that lets nothing leave the page. Scripts and the stylesheet come
 * from the site's own files; the only inline styles allowed are the maps' own, by hash.
 */
export function pageShell(frame: PageFrame, content: string): string {
    const { say, path } = frame;
    const link = (to: PagePath, anchor?: string) => href(path, to, anchor);
    const search = h('div', {
        class: 'search', role: 'search', hidden: true, 'data-root': rootOf(path),
        'data-none': say('search.none'), 'data-one': say('search.results.one'), 'data-other': say('search.results.other'), 'data-more': say('search.more'),
        'data-kind-journey': say('kind.journey'), 'data-kind-touchpoint': say('kind.touchpoint'), 'data-kind-stage': say('kind.stage'),
        'data-kind-persona': say('kind.persona'), 'data-kind-channel': say('kind.channel'), 'data-kind-stakeholder': say('kind.stakeholder'),
    },
        h('label', { for: 'site-search' }, text(say('search.label'))),
        h('input', { id: 'site-search', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: say('search.placeholder'), role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'site-search-results', 'aria-autocomplete': 'list', 'aria-keyshortcuts': '/' }),
        h('ul', { id: 'site-search-results', class: 'search-results', role: 'listbox', 'aria-label': say('search.label'), hidden: true }),
        h('p', { class: 'search-status', 'aria-live': 'polite' }));
    const header = h('header', { class: 'site-header' },
        h('a', { class: 'brand', href: link(INDEX_PAGE) }, text(say('site.title'))),
        h('nav', { class: 'site-nav', 'aria-label': say('site.title') }, ...frame.nav.map(item => h('a', { href: link(INDEX_PAGE, item.target) }, text(item.label)))),
        search);
    const footer = h('footer', {}, text(say('site.footer', { version: frame.version, files: countedSite(say, frame.files, 'site.files') })));
    const title = frame.path === INDEX_PAGE ? frame.title : `${frame.title} · ${say('site.title')}`;
    return `<!doctype html>\n${h('html', { lang: frame.locale },
        h('head', {},
            h('meta', { charset: 'utf-8' }),
            h('meta', { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(content) }),
            h('meta', { name: 'referrer', content: 'no-referrer' }),
            h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            h('meta', { name: 'generator', content: `journey site ${frame.version}` }),
            h('title', {}, text(title)),
            h('link', { rel: 'stylesheet', href: link(STYLESHEET) }),
            h('script', { src: link(SEARCH_INDEX), defer: true }),
            h('script', { src: link(SEARCH_SCRIPT), defer: true })),
        h('body', {},
            h('a', { class: 'skip', href: '#main' }, text(say('site.skip'))),
            header,
            h('main', { id: 'main' }, content),
            footer))}\n`;
}

/**
 * Nothing may be fetched but the site's own script and stylesheet, nothing sent anywhere;
 * the maps' <style> elements are allowed by their hash, not by allowing every inline style.
 */
export function contentSecurityPolicy(content: string): string {
    const hashes = new Set<string>();
    for (const match of content.matchAll(/<style>([^<]*)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(unescapeText(match[1])).digest('base64')}'`);
    return ["default-src 'none'", "script-src 'self'", `style-src 'self' ${[...hashes].join(' ')}`.trim(), 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
}

/** A <style> inside an SVG inside HTML is read as text with character references decoded: its hash is of that text. */
function unescapeText(source: string): string {
    return source.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
}
