/**
 * Text for one Markdown table cell or list item: on one line, with Markdown's own characters
 * escaped. An `@` gets a word joiner after it, so that a title such as "Ping @team" posted in
 * a pull-request comment does not notify anyone.
 */
export function markdownCell(text: string): string {
    return text
        .replace(/\s+/g, ' ')
        .replace(/[\\`*_[\]|#~]/g, ch => `\\${ch}`)
        .replace(/&/g, '&amp;')
        // Entities, not backslashes: an autolinked URL (GitHub, markdown-it's linkify) would take a `\>` after it into the link.
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@\u2060');
}
