/**
 * An id prefix made from what a drawing shows (FNV-1a, 32 bits, base 36): the same drawing
 * gets the same ids, byte for byte, and two different drawings on one page do not share them.
 */
export function drawingId(content: string): string {
    let hash = 0x811c9dc5;
    for (let i = 0; i < content.length; i++) {
        hash ^= content.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return `jm-${(hash >>> 0).toString(36)}`;
}
