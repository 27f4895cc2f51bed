/**
 * Names for elements that only had a text (a Mermaid task, section or actor): valid for the
 * grammar's ID terminal, never one of its keywords (a keyword does not parse as a name), and
 * unique in the file being written.
 */

/** The grammar's ID terminal (src/language/journey.langium). */
const ID = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/** Keywords of the grammar that look like names; a test keeps this list in step with the grammar. */
export const NAME_KEYWORDS: ReadonlySet<string> = new Set([
    'P1', 'P2', 'P3', 'P4', 'about', 'actual', 'addresses', 'answer', 'assumed', 'backstage', 'by', 'channel', 'description',
    'emotion', 'evidence', 'frontstage', 'gives', 'goal', 'high', 'ideal', 'improvement', 'improves', 'influence', 'interest',
    'journey', 'language', 'low', 'medium', 'metric', 'moment', 'need', 'observed', 'of', 'outcome', 'owner', 'pain', 'perception', 'persona',
    'planned', 'priority', 'proposed', 'question', 'reaches', 'repeats', 'segment', 'stage', 'stakeholder', 'started', 'status', 'success',
    'support', 'target', 'touchpoint', 'truth', 'up', 'done',
]);

/** True if `text` can be written as a name. */
export function isIdentifier(text: string): boolean {
    return ID.test(text) && !NAME_KEYWORDS.has(text);
}

/** Words kept from a long text: enough to recognise it, short enough to type. */
const MAX_WORDS = 4;

/**
 * A name read from a text: the text itself when it is already a name, else its first words
 * in PascalCase ("Can't log in" → CantLogIn). `kind` ("Touchpoint", "Stage"…) stands in when
 * the text has no letters, and goes in front of a leading digit or a keyword.
 */
export function identifierFrom(text: string, kind: string): string {
    const normalised = text.normalize('NFC').trim();
    if (isIdentifier(normalised)) return normalised;
    const words = normalised.replace(/['’]/g, '').split(/[^\p{L}\p{M}\p{N}_]+/u).filter(Boolean).slice(0, MAX_WORDS);
    const joined = words.map(capitalise).join('');
    if (!joined) return kind;
    if (!/^[\p{L}_]/u.test(joined) || NAME_KEYWORDS.has(joined)) return `${kind}${joined}`;
    return joined;
}

function capitalise(word: string): string {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    return first.toUpperCase() + word.slice(first.length);
}

/** `base`, or `base2`, `base3`… whichever is not taken yet; the result is marked as taken. */
export function claimName(base: string, taken: Set<string>): string {
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    return name;
}
