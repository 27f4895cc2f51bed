/**
 * Text from a map (a title quoted in a message, a file name) on one terminal line: control
 * characters (a line break, ESC, which starts the escape sequences that recolour, retitle or
 * clear a terminal), C1 controls, line and paragraph separators and the bidirectional
 * overrides (which reorder what a reader sees, as in "Trojan Source") are shown as \n, \t or
 * \u{…} escapes instead of acting. Anything else is kept as written.
 */
// eslint-disable-next-line no-control-regex
const ACTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function oneLine(text: string): string {
    return text.replace(ACTING, ch => NAMED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).padStart(4, '0')}}`);
}
