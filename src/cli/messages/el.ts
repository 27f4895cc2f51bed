import type { CliKey } from './en.js';

/** Greek. */
export const el: Record<CliKey, string> = {
    'count.errors.one': '{count} σφάλμα',
    'count.errors.other': '{count} σφάλματα',
    'count.warnings.one': '{count} προειδοποίηση',
    'count.warnings.other': '{count} προειδοποιήσεις',
    'count.notes.one': '{count} σημείωση',
    'count.notes.other': '{count} σημειώσεις',
    'count.files.one': '{count} αρχείο',
    'count.files.other': '{count} αρχεία',
    'summary.separator': ', ',
    'summary.line': '{counts} σε {files}',
    'maxWarnings.exceeded': '{count} προειδοποιήσεις, περισσότερες από --max-warnings {max}',
};
