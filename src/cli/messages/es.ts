import type { CliKey } from './en.js';

/** Spanish. */
export const es: Record<CliKey, string> = {
    'count.errors.one': '{count} error',
    'count.errors.other': '{count} errores',
    'count.warnings.one': '{count} advertencia',
    'count.warnings.other': '{count} advertencias',
    'count.notes.one': '{count} nota',
    'count.notes.other': '{count} notas',
    'count.files.one': '{count} archivo',
    'count.files.other': '{count} archivos',
    'summary.separator': ', ',
    'summary.line': '{counts} en {files}',
    'maxWarnings.exceeded': '{count} advertencias, más de --max-warnings {max}',
};
