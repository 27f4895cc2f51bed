// The map "Journey Maps: New Journey Map" opens: `journey init`'s blank template in one file.
import { templatesFor } from '../../cli/init/templates/index.js';

export type DeclarationKind = 'persona' | 'stakeholder' | 'channel' | 'journey';

/** Names the workspace already declares, by kind (a persona and a stakeholder may share one). */
export type TakenNames = Partial<Record<DeclarationKind, ReadonlySet<string>>>;

const NAME = '[\\p{L}_][\\p{L}\\p{M}\\p{N}_]*';
const DECLARATION = new RegExp(`^(?:(persona|stakeholder|channel)|(?:ideal |actual )?(journey)) (${NAME})`, 'gmu');
// Comments are renamed too (they name the things they explain); string literals are not.
const COMMENT_OR_STRING = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:\\.|[^"\\\r\n])*"|'(?:\\.|[^'\\\r\n])*')/g;

/**
 * The starter map: its people, the journey as it is today (with one gap on purpose: a
 * touchpoint without an owner) and its ideal journey. Names are workspace-wide, so a name the
 * workspace already declares is renamed (`ServiceDesk` → `ServiceDesk2`): the new map then
 * adds no duplicate-name error to the user's files.
 */
export function starterMapText(taken: TakenNames = {}): string {
    const { people, actual, ideal } = templatesFor('en').blank;
    let text = [people, actual, ideal].join('\n');
    for (const { kind, name } of declarations(text)) {
        if (taken[kind]?.has(name)) text = rename(text, name, freeName(name, kind, taken, text));
    }
    return text;
}

function declarations(text: string): { kind: DeclarationKind; name: string }[] {
    return [...text.matchAll(DECLARATION)].map(match => ({ kind: (match[1] ?? match[2]) as DeclarationKind, name: match[3] }));
}

function freeName(name: string, kind: DeclarationKind, taken: TakenNames, text: string): string {
    for (let n = 2; ; n++) {
        const candidate = `${name}${n}`;
        if (!taken[kind]?.has(candidate) && !wordPattern(candidate).test(text)) return candidate;
    }
}

function wordPattern(word: string): RegExp {
    return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${word}(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
}

/** Renames a whole word everywhere but inside string literals. */
function rename(text: string, from: string, to: string): string {
    const word = wordPattern(from);
    let result = '';
    let at = 0;
    for (const match of text.matchAll(COMMENT_OR_STRING)) {
        result += text.slice(at, match.index).replace(word, to) + (match[1] ? match[1].replace(word, to) : match[0]);
        at = match.index + match[0].length;
    }
    return result + text.slice(at).replace(word, to);
}
