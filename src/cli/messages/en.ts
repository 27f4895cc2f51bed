/** The CLI's own sentences (not the diagnostics' `file:line:col: severity [code]` lines). English. */
export const en = {
    'count.errors.one': '{count} error',
    'count.errors.other': '{count} errors',
    'count.warnings.one': '{count} warning',
    'count.warnings.other': '{count} warnings',
    'count.notes.one': '{count} note',
    'count.notes.other': '{count} notes',
    'count.files.one': '{count} file',
    'count.files.other': '{count} files',
    'summary.separator': ', ',
    'summary.line': '{counts} in {files}',
    'maxWarnings.exceeded': '{count} warnings, more than --max-warnings {max}',
};

export type CliKey = keyof typeof en;
