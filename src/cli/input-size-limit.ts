import { CliError } from './cli-error.js';

/**
 * The largest file the CLI reads as a map or a Mermaid diagram: 1 MB, about 16,000 one-line
 * touchpoints or 2,000 fully described ones, far above any real map (the brief's has 11). Past
 * that the parser and the checks take more than ten seconds, and a 5 MB string or a run of
 * 100,000 comments overflows the parser's stack, so a stray generated or dumped file is refused
 * at once instead. Larger maps split into several files, which share their declarations.
 */
export const MAX_INPUT_BYTES = 1024 * 1024;

const MB = 1024 * 1024;

/** A one-line error when `bytes` is over the limit; `exact` false when reading stopped there. */
export function refuseTooLarge(shown: string, bytes: number, exact = true): void {
    if (bytes <= MAX_INPUT_BYTES) return;
    // Rounded up, so that a file just over the limit never reads as the limit itself.
    const size = exact ? `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB` : `over ${MAX_INPUT_BYTES / MB} MB`;
    throw new CliError(`${shown}: too large (${size}; the limit is ${MAX_INPUT_BYTES / MB} MB): split it into smaller files`);
}
