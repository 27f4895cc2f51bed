/**
 * Text for one Markdown table cell or list item: on one line, with Markdown's own characters
 * escaped. An `@` gets a word joiner after it, so that a title such as "Ping @team" posted in
 * a pull-request comment does not notify anyone.
 */
export function markdownCell(text: string): string {
    return text
        .replace(/\s+/g, ' ')
        .replace(/[\\`*_[\]<>|#~]/g, ch => `\\${ch}`)
        .replace(/&/g, '&amp;')
        .replace(/@/g, '@\u2060');
}
