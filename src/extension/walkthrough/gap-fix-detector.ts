/**
 * Tells when the user has fixed a gap: a map's gap count fell after an edit of the map (a
 * quick fix, or typing), and the map has no errors. A count that falls without an edit (a
 * changed `journey.rules` setting) or mid-typing, while the text does not parse, does not count.
 */
export class GapFixDetector {
    private readonly seen = new Map<string, { version: number; gaps: number }>();

    /** Records a document's diagnostics; true when they show a gap fixed since the last record. */
    update(uri: string, version: number, gaps: number, errors: number): boolean {
        const before = this.seen.get(uri);
        this.seen.set(uri, { version, gaps });
        return before !== undefined && version > before.version && gaps < before.gaps && errors === 0;
    }

    forget(uri: string): void {
        this.seen.delete(uri);
    }
}
