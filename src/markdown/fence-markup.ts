// The HTML contract between the markdown-it plugin (extension host) and the preview script
// (browser): one element per ```journey fence, holding the fence's text as escaped code.

/** The class of the element that stands for one fence. */
export const FENCE_CLASS = 'journey-fence';
/** The fence's options: the info string after the word `journey`, e.g. `view=compare`. */
export const OPTIONS_ATTRIBUTE = 'data-journey-options';
/** The Markdown file's line (1-based) of the fence's first line of text, for error positions. */
export const FIRST_LINE_ATTRIBUTE = 'data-journey-first-line';

const LANGUAGE = 'journey';

/** The options of a fence whose info string names the journey language (`journey`, `journey view=compare`), else undefined. */
export function journeyFenceOptions(info: string): string | undefined {
    const [language, ...rest] = info.trim().split(/\s+/);
    return language.toLowerCase() === LANGUAGE ? rest.join(' ') : undefined;
}
