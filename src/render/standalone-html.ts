import type { Locale } from '../i18n/locales.js';
import { escapeXml } from './text.js';

/** A map as a web page of its own: the SVG inline, nothing to load. `lang` is the map's language. */
export function standaloneHtml(title: string, svg: string, locale: Locale = 'en'): string {
    return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head>\n<body style="margin:0">\n${svg}\n</body></html>\n`;
}
