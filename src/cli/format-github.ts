import type { ReportedDiagnostic, Severity } from './diagnostic-report.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: one `::warning file=…,line=…::message` per finding. */
export function formatGithub(diagnostics: ReportedDiagnostic[]): string {
    return diagnostics.map(d => {
        const properties = [
            `file=${commandProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`,
            `title=${commandProperty(`journey ${d.code}`)}`,
        ].join(',');
        return `::${COMMANDS[d.severity]} ${properties}::${commandData(d.message)}\n`;
    }).join('');
}

// Escaping as the Actions runner expects it (toolkit/core command.ts).
export function commandData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function commandProperty(text: string): string {
    return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
