/**
 * ANSI colour for text meant for a person at a terminal. Node's `util.styleText` only came
 * in 20.12 (we support 20.10) and there it does not look at the stream or the environment,
 * so the few escapes we need are here.
 */

export type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold';

const CODES: Record<Style, [open: number, close: number]> = {
    red: [31, 39],
    yellow: [33, 39],
    cyan: [36, 39],
    green: [32, 39],
    dim: [2, 22],
    bold: [1, 22],
};

/** Styles a piece of text; `plain` leaves it as it is. */
export type Paint = (text: string, ...styles: Style[]) => string;

export const plain: Paint = text => text;

export const ansi: Paint = (text, ...styles) =>
    styles.reduce((styled, style) => `\u001b[${CODES[style][0]}m${styled}\u001b[${CODES[style][1]}m`, text);

export interface ColourContext {
    /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
    flag?: boolean;
    env?: NodeJS.ProcessEnv;
    stream?: { isTTY?: boolean };
}

/**
 * Whether to colour, by the conventions other command-line tools follow: `--color` and
 * `--no-color` decide first; then FORCE_COLOR (any value but empty, `0` or `false` turns
 * colour on; `0` or `false` turn it off); then NO_COLOR (any non-empty value, no-color.org)
 * turns it off; otherwise colour only when the stream is a terminal and TERM is not `dumb`.
 */
export function useColour({ flag, env = process.env, stream = process.stdout }: ColourContext = {}): boolean {
    if (flag !== undefined) return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
    if (env.NO_COLOR) return false;
    return stream.isTTY === true && env.TERM !== 'dumb';
}

export function paintFor(context: ColourContext = {}): Paint {
    return useColour(context) ? ansi : plain;
}
