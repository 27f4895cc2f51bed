import type { CliKey } from './en.js';

/** Italian. */
export const it: Record<CliKey, string> = {
    'count.errors.one': '{count} errore',
    'count.errors.other': '{count} errori',
    'count.warnings.one': '{count} avviso',
    'count.warnings.other': '{count} avvisi',
    'count.notes.one': '{count} nota',
    'count.notes.other': '{count} note',
    'count.files.one': '{count} file',
    'count.files.other': '{count} file',
    'summary.separator': ', ',
    'summary.line': '{counts} in {files}',
    'maxWarnings.exceeded': '{count} avvisi, più di --max-warnings {max}',
};
