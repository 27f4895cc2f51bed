import { createHash } from 'node:crypto';
import { compareText } from '../model/text-order.js';

/** Greek letters in Latin letters (ELOT 743, simplified): a Greek name gets a readable file name. */
const GREEK: Record<string, string> = {
    α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
    ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
/** Letters that do not decompose into a base letter and a mark. */
const LATIN: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', œ: 'oe', ı: 'i' };
/** Names Windows will not give a file, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_LENGTH = 60;

/**
 * A name as a file name every system and every URL takes as it is: lower-case ASCII letters,
 * digits and hyphens. CamelCase parts become words (`PasswordReset` → `password-reset`), accents
 * go (`RestablecerContraseña` → `restablecer-contrasena`), Greek is written in Latin letters;
 * what is left of any other script is dropped (uniqueSlugs then tells such names apart).
 */
export function slugOf(name: string): string {
    const words = name
        .replace(/(\p{Ll}|\p{Nd})(\p{Lu})/gu, '$1-$2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1-$2')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase();
    let slug = '';
    const letters = words.replace(/ου/g, 'ou').replace(/αυ/g, 'av').replace(/ευ/g, 'ev');
    for (const ch of letters) slug += GREEK[ch] ?? LATIN[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '-');
    slug = slug.replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, MAX_LENGTH).replace(/-$/, '');
    return RESERVED.test(slug) ? `${slug}-` : slug;
}

function shortHash(text: string): string {
    return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * A slug for each name, unique among them (compared without case, for case-insensitive file
 * systems), and the same from one build to the next: the name first in code-point order keeps
 * the plain slug, the others get a hash of their exact name, which no other name changes. A
 * name with nothing left in ASCII is `fallback` and a hash. Repeated names (a map error) get
 * `-2`, `-3`, … in the order given.
 */
export function uniqueSlugs(names: readonly string[], fallback: string): string[] {
    const distinct = [...new Set(names)].sort(compareText);
    const byName = new Map<string, string>();
    const taken = new Set<string>();
    const plain = distinct.map(name => slugOf(name));
    const firstOwner = new Map<string, string>();
    distinct.forEach((name, i) => { if (plain[i] && !firstOwner.has(plain[i])) firstOwner.set(plain[i], name); });
    distinct.forEach((name, i) => {
        let slug = plain[i] && firstOwner.get(plain[i]) === name ? plain[i] : `${plain[i] || fallback}-${shortHash(name)}`;
        while (taken.has(slug)) slug = `${slug}-${shortHash(slug)}`;
        taken.add(slug);
        byName.set(name, slug);
    });
    // Repeats: one slug per occurrence, so that each journey of a repeated name has its own page.
    const seen = new Map<string, number>();
    return names.map(name => {
        const n = (seen.get(name) ?? 0) + 1;
        seen.set(name, n);
        let slug = byName.get(name)!;
        if (n > 1) {
            slug = `${slug}-${n}`;
            while (taken.has(slug)) slug = `${slug}-${n}`;
            taken.add(slug);
        }
        return slug;
    });
}
