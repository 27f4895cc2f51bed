/**
 * A markdown-it plugin for ```journey fences, for VS Code's Markdown preview
 * (`markdown.markdownItPlugins`) and `markdown.api.render`.
 *
 * Why the map is not drawn here: markdown-it renders synchronously, while reading a map
 * (Langium's parse, link and validate) is asynchronous. So the plugin only emits a
 * placeholder that holds the fence's text, escaped, as a plain code block; the preview script
 * (markdown-preview.ts, `markdown.previewScripts`) parses, links and draws it in the preview
 * itself, with the same language services and renderer, and shows the code block as it is
 * wherever no script runs. Pure: no `vscode`, no markdown-it import at run time.
 */
import type { MarkdownIt, Token } from 'markdown-it';
import { FENCE_CLASS, FIRST_LINE_ATTRIBUTE, journeyFenceOptions, OPTIONS_ATTRIBUTE } from './fence-markup.js';

export function journeyFencePlugin(md: MarkdownIt): void {
    const original = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx];
        const fenceOptions = journeyFenceOptions(md.utils.unescapeAll(token.info));
        if (fenceOptions === undefined) {
            return original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
        }
        return placeholder(md, token, fenceOptions);
    };
}

/** What the extension's `activate` returns to VS Code's Markdown preview. */
export function extendMarkdownIt(md: MarkdownIt): MarkdownIt {
    return md.use(journeyFencePlugin);
}

function placeholder(md: MarkdownIt, token: Token, options: string): string {
    const escape = md.utils.escapeHtml;
    // Keep the attributes VS Code's preview put on the token (data-line, class code-line) for
    // scroll sync, without changing the token: VS Code caches tokens between renders.
    const attributes = new Map<string, string>((token.attrs ?? []).map(([name, value]) => [name, value]));
    attributes.set('class', [FENCE_CLASS, attributes.get('class')].filter(Boolean).join(' '));
    attributes.set(OPTIONS_ATTRIBUTE, options);
    if (token.map) attributes.set(FIRST_LINE_ATTRIBUTE, String(token.map[0] + 2));
    const rendered = [...attributes].map(([name, value]) => ` ${escape(name)}="${escape(value)}"`).join('');
    return `<div${rendered}><pre><code class="language-journey">${escape(token.content)}</code></pre></div>\n`;
}
