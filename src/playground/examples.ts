export interface PlaygroundExample {
    id: string;
    label: string;
    /** The example's files, joined into the one document the playground holds. */
    text: string;
}
