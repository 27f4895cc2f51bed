import type { Locale } from '../i18n/locales.js';
import { escapeXml } from './text.js';

/** A map as a web page of its own: the SVG inline, nothing to load. `lang` is the map's language. */
export function standaloneHtml(title: string, svg: string, locale: Locale = 'en'): string {
    // The page's heading and main landmark, for screen readers' page navigation; the heading is
    // not shown, since the drawing shows the same title.
    const heading = `<h1 style="position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap">${escapeXml(title)}</h1>`;
    return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head>\n<body style="margin:0">\n<main>${heading}\n${svg}\n</main>\n</body></html>\n`;
}
