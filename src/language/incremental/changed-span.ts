/** Where two texts differ: from `start` to `oldEnd` in the old text, to `oldEnd + delta` in the new. */
export interface ChangedSpan {
    start: number;
    oldEnd: number;
    delta: number;
}

/** The span between the texts' common start and common end; undefined when they are equal. */
export function findChangedSpan(oldText: string, newText: string): ChangedSpan | undefined {
    if (oldText === newText) return undefined;
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, delta: newText.length - oldText.length };
}
