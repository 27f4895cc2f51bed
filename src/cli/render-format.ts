import path from 'node:path';
import { CliError } from './cli-error.js';

export type RenderFormat = 'svg' | 'html' | 'png' | 'pdf' | 'md';
export const RENDER_FORMATS: readonly RenderFormat[] = ['svg', 'html', 'png', 'pdf', 'md'];

const FORMAT_BY_EXTENSION: Record<string, RenderFormat> = { '.svg': 'svg', '.html': 'html', '.htm': 'html', '.png': 'png', '.pdf': 'pdf', '.md': 'md' };
const KNOWN_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/**
 * What `journey render` writes: --format when given, else what the -o file's extension says,
 * else (standard output) SVG. A --format that contradicts a known extension (`--format svg
 * -o map.png`) is refused rather than writing SVG into a .png; an extension the renderer does
 * not know needs --format, so that nothing is guessed.
 */
export function renderFormat(given: RenderFormat | undefined, output: string | undefined): RenderFormat {
    if (!output || output === '-') return given ?? 'svg';
    const extension = path.extname(output).toLowerCase();
    const implied = Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : undefined;
    if (given && implied && given !== implied) {
        throw new CliError(`--format ${given} does not match ${output}, whose extension means ${implied}: drop --format, or name the file ${extension ? output.slice(0, -extension.length) : output}.${given}`);
    }
    if (given) return given;
    if (implied) return implied;
    const known = `${KNOWN_EXTENSIONS.slice(0, -1).join(', ')} or ${KNOWN_EXTENSIONS.at(-1)}`;
    const what = extension ? `the extension '${extension}'` : 'a name without an extension';
    throw new CliError(`${output}: cannot tell the format from ${what}: use ${known}, or give --format ${RENDER_FORMATS.join('|')}`);
}
