import type { CliKey } from './en.js';

/** Danish. */
export const da: Record<CliKey, string> = {
    'count.errors.one': '{count} fejl',
    'count.errors.other': '{count} fejl',
    'count.warnings.one': '{count} advarsel',
    'count.warnings.other': '{count} advarsler',
    'count.notes.one': '{count} bemærkning',
    'count.notes.other': '{count} bemærkninger',
    'count.files.one': '{count} fil',
    'count.files.other': '{count} filer',
    'summary.separator': ', ',
    'summary.line': '{counts} i {files}',
    'maxWarnings.exceeded': '{count} advarsler, flere end --max-warnings {max}',
};
