/** A token of a .journey file as the layout sees it: where it is and the part it plays. */
export interface LayoutToken {
    /** Offsets into the text: [offset, end). */
    offset: number;
    end: number;
    image: string;
    kind: 'open' | 'close' | 'comma' | 'comment' | 'line-comment' | 'other';
    /**
     * Starts a declaration, stage, touchpoint, improvement or question: always on a line of
     * its own.
     */
    startsElement: boolean;
    /**
     * Starts a field inside an element's braces (`channel`, `owner`, `moment of truth`…):
     * may share a line with other fields, two spaces apart.
     */
    startsField: boolean;
}

/** Replace the whitespace in [offset, end) with `text`. */
export interface WhitespaceEdit {
    offset: number;
    end: number;
    text: string;
}
