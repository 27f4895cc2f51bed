/**
 * Text in a Mermaid journey diagram. Mermaid replaces entity codes (`#58;`, `#35;`, `#quot;`)
 * before its journey grammar (journey.jison) sees a line, and puts the characters back in the
 * drawing. So a character the grammar treats specially is written as its entity code:
 *
 * - `:` ends a task name and separates score and actors; `#` starts a comment that runs to the
 *   end of the line; `;` is no token at all, so the diagram is rejected; `,` separates actors.
 * - `<` would let `<br>` break a line and have tags rewritten by Mermaid's preprocessing;
 *   `%%` anywhere may be taken for a `%%{directive}%%`; control characters would end a line.
 * - At the start of a line the lexer first tries its statement keywords, case-insensitively:
 *   `journey`, `title `, `section `, `accTitle:`, `accDescr:` / `accDescr {`, and a `%`
 *   (or any character then `%%`) makes the whole line a comment. A task text that begins like
 *   that gets its first character written as an entity code: it still shows the same text.
 */

/** Characters always written as entity codes. */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[:;#<\u0000-\u001f\u007f\u2028\u2029]|%(?=%)/gu;

function entity(ch: string): string {
    return `#${ch.codePointAt(0)};`;
}

/**
 * The text after `accTitle:` or `accDescr:`, which Mermaid takes to the end of the line as it
 * is: only what its preprocessing would change (`#…;` entity codes, `<` tags, `%%` directives)
 * and what would end the line are written as entity codes, so a `:` or `;` stays readable.
 */
// eslint-disable-next-line no-control-regex
const SPECIAL_IN_ACCESSIBLE_TEXT = /[#<\u0000-\u001f\u007f\u2028\u2029]|%(?=%)/gu;

export function mermaidAccessibleText(text: string): string {
    return text.replace(SPECIAL_IN_ACCESSIBLE_TEXT, entity);
}

/** Text for a title, section or task name. */
export function mermaidText(text: string): string {
    return text.replace(SPECIAL, entity);
}

/** An actor name: also without `,`, which separates actors. */
export function mermaidActor(text: string): string {
    return mermaidText(text).replace(/,/g, entity);
}

/**
 * A task name, which starts a line: leading spaces (Mermaid would drop them) and a first
 * character that would make the lexer read a statement keyword or a comment become entity codes.
 */
export function mermaidTaskName(text: string): string {
    const leading = /^\s*/u.exec(text)![0];
    const rest = text.slice(leading.length);
    const escapedLeading = [...leading].map(entity).join('');
    const escaped = mermaidText(rest);
    if (!isLineStartTrap(escaped)) return escapedLeading + escaped;
    const first = String.fromCodePoint(rest.codePointAt(0)!);
    return escapedLeading + entity(first) + mermaidText(rest.slice(first.length));
}

/**
 * True if a task line beginning with `text` (then `: score`) would not be read as a task:
 * the rules of journey.jison's lexer that come before its task-name rule.
 */
export function isLineStartTrap(text: string): boolean {
    return /^journey\b/i.test(text)
        || /^title\s/i.test(text)
        || /^section\s/i.test(text)
        || /^acctitle\s*$/i.test(text)
        || /^accdescr\s*($|\{)/i.test(text)
        || /^%/.test(text)
        || /^[^}]%%/u.test(text);
}

/** Named entities Mermaid's output commonly relies on (the browser knows them all). */
const NAMED: Record<string, string> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', semi: ';', num: '#', comma: ',',
    percnt: '%', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrace: '{', rbrace: '}', vert: '|', hyphen: '-', period: '.',
};

/** Replaces entity codes with their characters; an unknown name is kept as written. */
export function decodeMermaidText(text: string): string {
    return text.replace(/#(\w+);/g, (code, inner: string) => {
        if (/^\d+$/.test(inner)) {
            const point = Number(inner);
            return point <= 0x10ffff ? String.fromCodePoint(point) : code;
        }
        return NAMED[inner] ?? code;
    });
}
