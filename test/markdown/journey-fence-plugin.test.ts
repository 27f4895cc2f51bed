// The markdown-it plugin, with the real markdown-it (the same major version as VS Code's preview).
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { FENCE_CLASS, FIRST_LINE_ATTRIBUTE, journeyFenceOptions, OPTIONS_ATTRIBUTE } from '../../src/markdown/fence-markup.js';
import { extendMarkdownIt, journeyFencePlugin } from '../../src/markdown/journey-fence-plugin.js';
import { lineOf, PASSWORD_RESET_FENCE, passwordResetMarkdown } from './markdown-fixtures.js';

const withPlugin = () => new MarkdownIt({ html: true }).use(journeyFencePlugin);

/** The text markdown-it escaped back: what a browser reads from the code element. */
const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function placeholders(html: string): { attributes: string; code: string }[] {
    return [...html.matchAll(/<div([^>]*)><pre><code class="language-journey">([^<]*)<\/code><\/pre><\/div>/g)]
        .map(m => ({ attributes: m[1], code: m[2] }));
}

describe('the ```journey fence plugin', () => {
    test('turns a journey fence into a placeholder holding its text, options and first line', () => {
        const markdown = passwordResetMarkdown();
        const html = withPlugin().render(markdown);
        const found = placeholders(html);
        expect(found).toHaveLength(3);
        expect(found[0].attributes).toContain(`class="${FENCE_CLASS}"`);
        expect(found[0].attributes).toContain(`${OPTIONS_ATTRIBUTE}=""`);
        expect(found[0].attributes).toContain(`${FIRST_LINE_ATTRIBUTE}="${lineOf(markdown, '// Shared declarations')}"`);
        expect(unescape(found[0].code)).toBe(PASSWORD_RESET_FENCE);
        expect(found[1].attributes).toContain(`${OPTIONS_ATTRIBUTE}="view=compare"`);
    });

    test('leaves other fences, indented code and the rest of the document alone', () => {
        const others = [
            '# Title', '', 'Some *text*.', '', '```js', 'const journey = 1;', '```', '',
            '```journeys', 'not ours', '```', '', '```journey-map', 'not ours', '```', '', '```', 'journey X "no info string" {}', '```', '',
            '    journey Indented "an indented code block" {}', '',
        ].join('\n');
        expect(withPlugin().render(others)).toBe(new MarkdownIt({ html: true }).render(others));
    });

    test('takes the language word in any case, and the options after it', () => {
        expect(journeyFenceOptions('journey')).toBe('');
        expect(journeyFenceOptions('  Journey   view=compare  theme=dark ')).toBe('view=compare theme=dark');
        expect(journeyFenceOptions('journeys')).toBeUndefined();
        expect(journeyFenceOptions('')).toBeUndefined();
        expect(placeholders(withPlugin().render('~~~JOURNEY zoom=fit\npersona A "A"\n~~~\n'))[0].attributes).toContain(`${OPTIONS_ATTRIBUTE}="zoom=fit"`);
    });

    test('escapes hostile fence text and options: nothing in a fence becomes markup', () => {
        const hostile = '</code></pre><script>alert(1)</script><img src=x onerror="alert(2)">&amp; \'quoted\'';
        const markdown = ['```journey theme="><script>alert(3)</script>', `journey X '${hostile}' {}`, hostile, '```', ''].join('\n');
        const html = withPlugin().render(markdown);
        expect(html).not.toMatch(/<script|<img|<\/code><\/pre><script/i);
        const [found] = placeholders(html);
        expect(found, html).toBeDefined();
        expect(unescape(found.code)).toBe(`journey X '${hostile}' {}\n${hostile}\n`);
        expect(found.attributes).toContain(`${OPTIONS_ATTRIBUTE}="theme=&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"`);
    });

    test("keeps VS Code's scroll-sync attributes, without changing the cached tokens", () => {
        const md = withPlugin();
        // What VS Code's preview adds to every block token (its pluginSourceMap).
        md.core.ruler.push('source_map', state => {
            for (const token of state.tokens) {
                if (token.map && token.type !== 'inline') {
                    token.attrSet('data-line', String(token.map[0]));
                    token.attrJoin('class', 'code-line');
                }
            }
        });
        const tokens = md.parse('Intro\n\n```journey\npersona A "A"\n```\n', {});
        const first = md.renderer.render(tokens, md.options, {});
        const second = md.renderer.render(tokens, md.options, {});
        expect(second).toBe(first);
        expect(placeholders(first)[0].attributes).toBe(` data-line="2" class="${FENCE_CLASS} code-line" ${OPTIONS_ATTRIBUTE}="" ${FIRST_LINE_ATTRIBUTE}="4"`);
    });

    test('a fence in a list or a quote keeps its text and its place', () => {
        const html = withPlugin().render('- item\n\n  ```journey\n  persona A "A"\n  ```\n\n> ```journey\n> persona B "B"\n> ```\n');
        const found = placeholders(html);
        expect(found.map(f => unescape(f.code))).toEqual(['persona A "A"\n', 'persona B "B"\n']);
        expect(found.map(f => /data-journey-first-line="(\d+)"/.exec(f.attributes)?.[1])).toEqual(['4', '8']);
    });

    test('extendMarkdownIt, what activate returns to VS Code, adds the plugin to the instance it is given', () => {
        const md = new MarkdownIt();
        expect(extendMarkdownIt(md)).toBe(md);
        expect(md.render('```journey\npersona A "A"\n```\n')).toContain(`class="${FENCE_CLASS}"`);
    });
});
