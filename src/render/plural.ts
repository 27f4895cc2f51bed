/** "1 gap", "3 gaps": a count with its English noun. */
export function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
