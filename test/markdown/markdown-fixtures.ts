// Markdown documents with ```journey fences, made from the examples: each fence is
// self-contained, so the shared declarations are pasted into it.
import fs from 'node:fs';
import path from 'node:path';

const examples = path.resolve(__dirname, '..', '..', 'examples');
const example = (name: string) => fs.readFileSync(path.join(examples, name), 'utf8').trimEnd();

export const SHARED = example('shared.journey');
export const PASSWORD_RESET = example('password-reset.journey');
export const PASSWORD_RESET_IDEAL = example('password-reset-ideal.journey');

/** The password-reset journey and its declarations, as one fence's text. */
export const PASSWORD_RESET_FENCE = `${SHARED}\n\n${PASSWORD_RESET}\n`;

/** A fence with two mistakes, on its 4th and 6th lines: an unresolved owner and an emotion off the scale. */
export const BROKEN_FENCE = [
    'stakeholder ServiceDesk "Service desk" influence high interest high',
    'channel Phone "Phone"',
    'journey Broken "A journey with mistakes" {',
    '    stage Call "Calls" { touchpoint Rings "Rings the desk" { channel Phone  owner ServiceDsk  emotion 2 } }',
    '    stage Wait "Waits" {',
    '        touchpoint Waits "Waits on hold" { channel Phone  owner ServiceDesk  emotion 7 }',
    '    }',
    '}',
    '',
].join('\n');

/**
 * A page: prose, the password-reset map (on the Markdown file's lines 6 to …), the compare
 * view, a fence with mistakes and a JavaScript fence that must stay code.
 */
export function passwordResetMarkdown(): string {
    return [
        '# Password reset',
        '',
        'What a locked-out office worker goes through today:',
        '',
        '```journey',
        PASSWORD_RESET_FENCE.trimEnd(),
        '```',
        '',
        'Against the ideal:',
        '',
        '```journey view=compare',
        `${SHARED}\n\n${PASSWORD_RESET}\n\n${PASSWORD_RESET_IDEAL}`,
        '```',
        '',
        'A draft with mistakes:',
        '',
        '```journey',
        BROKEN_FENCE.trimEnd(),
        '```',
        '',
        '```js',
        'const journey = "not a map";',
        '```',
        '',
    ].join('\n');
}

/** The Markdown file's line (1-based) on which `text` first occurs. */
export function lineOf(markdown: string, text: string): number {
    const index = markdown.indexOf(text);
    if (index < 0) throw new Error(`not in the document: ${text}`);
    return markdown.slice(0, index).split('\n').length;
}
