// Modules the playground's build script (scripts/build-playground.mjs) supplies.
declare module 'virtual:playground-worker' {
    /** The language worker's bundle, to start from a Blob URL (works from file:// too). */
    const source: string;
    export default source;
}
declare module 'virtual:journey-keywords' {
    /** Every keyword of the generated grammar. */
    const keywords: string[];
    export default keywords;
}
declare module 'virtual:playground-examples' {
    import type { PlaygroundExample } from './examples.js';
    const examples: PlaygroundExample[];
    export default examples;
}
