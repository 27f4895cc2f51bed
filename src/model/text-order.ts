/**
 * Orders text by code point. Output order (model, gaps, reports, CLI) must not depend on the
 * machine's locale: `localeCompare` sorts "Aarhus" after "Zebra" under Danish rules.
 */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
