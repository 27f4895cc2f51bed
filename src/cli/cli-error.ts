/** Exit statuses, following the convention of linters: 0 clean, 1 findings, 2 could not run. */
export const ExitCode = {
    Ok: 0,
    Errors: 1,
    UsageOrIo: 2,
} as const;

/** A problem with the command line or the files it names; reported as one line, exit 2. */
export class CliError extends Error {}
