import { escapeXml } from './text.js';

/** A map as a web page of its own: the SVG inline, nothing to load. */
export function standaloneHtml(title: string, svg: string): string {
    return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head>\n<body style="margin:0">\n${svg}\n</body></html>\n`;
}
