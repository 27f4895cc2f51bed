/** Text for one Markdown table cell or list item: on one line, with Markdown's own characters escaped. */
export function markdownCell(text: string): string {
    return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, ch => `\\${ch}`);
}
