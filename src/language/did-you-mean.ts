const MAX_SUGGESTED_LENGTH = 64;

/**
 * Picks the candidate closest to a misspelt name, or undefined when none is close enough
 * to be a plausible typo. Case differences count as small; the allowed distance grows with
 * the length of the name so that short names do not match everything.
 */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
    const lowerWanted = wanted.toLocaleLowerCase();
    const length = [...wanted].length;
    // Nobody misspells a paragraph: very long words get no suggestion (and cost nothing).
    if (length > MAX_SUGGESTED_LENGTH) return undefined;
    // One- and two-letter names only match when the case differs: any other letter is "close".
    const limit = length < 3 ? 0.5 : Math.max(1, Math.floor(length / 3));
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of new Set(candidates)) {
        if (candidate === wanted) continue;
        const lowerCandidate = candidate.toLocaleLowerCase();
        if (Math.abs([...lowerCandidate].length - length) > limit) continue;
        const distance = lowerCandidate === lowerWanted ? 0.5 : editDistance(lowerWanted, lowerCandidate);
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), per code point. */
export function editDistance(a: string, b: string): number {
    const s = [...a];
    const t = [...b];
    const rows = s.length + 1;
    const cols = t.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => {
        const row = new Array<number>(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++) d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[s.length][t.length];
}
