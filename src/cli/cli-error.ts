/** Exit statuses, following the convention of linters: 0 clean, 1 findings, 2 could not run. */
export const ExitCode = {
    Ok: 0,
    Errors: 1,
    UsageOrIo: 2,
} as const;

/** A problem with the command line or the files it names; reported as one line, exit 2. */
export class CliError extends Error {}

export function describeIoError(error: NodeJS.ErrnoException): string {
    switch (error.code) {
        case 'ENOENT': return 'no such file or folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder, not a file';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        case 'ELOOP': return 'too many symbolic links';
        default: return error.message;
    }
}
