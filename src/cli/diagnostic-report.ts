import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { compareText } from '../model/text-order.js';
import { plain, type Paint, type Style } from './terminal-colour.js';
import type { Locale } from '../i18n/locales.js';
import { cliCount, cliText } from './cli-messages.js';
import { oneLine } from './terminal-text.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * One finding in the CLI's public JSON contract. Lines and columns are 1-based; columns
 * count UTF-16 code units, as VS Code and LSP do. This shape only ever gains fields.
 */
export interface ReportedDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function toReported(file: string, diagnostic: Diagnostic): ReportedDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        code: diagnostic.code === undefined ? 'unknown' : String(diagnostic.code),
        message: diagnostic.message,
    };
}

export function compareReported(a: ReportedDiagnostic, b: ReportedDiagnostic): number {
    return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code);
}

/** Paths as the user would type them: relative to the current folder, with forward slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}

/** `{ diagnostics, gaps }`: the public contract; `gaps` was added after `diagnostics` and only ever gains fields. */
export function formatJson(diagnostics: ReportedDiagnostic[], gaps: unknown): string {
    return JSON.stringify({ diagnostics, gaps }, null, 2) + '\n';
}

/** How each severity's word is coloured on a terminal. */
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'dim' };

/**
 * `file:line:col: severity [code] message` lines and a summary. With a `paint` other than
 * `plain` (a terminal), the severity and the summary are coloured and the code is dimmed; the
 * location stays plain, so that terminals still recognise it as a link. Only the summary is in
 * `locale`: the lines keep their format, which problem matchers parse.
 */
export function formatText(diagnostics: ReportedDiagnostic[], fileCount: number, paint: Paint = plain, locale: Locale = 'en'): string {
    const lines = diagnostics.map(d => `${oneLine(d.file)}:${d.line}:${d.column}: ${paint(d.severity, SEVERITY_STYLE[d.severity])} ${paint(`[${d.code}]`, 'dim')} ${oneLine(d.message)}`);
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    const others = diagnostics.length - errors - warnings;
    const summary = [cliCount(locale, errors, 'errors'), cliCount(locale, warnings, 'warnings')];
    if (others) summary.push(cliCount(locale, others, 'notes'));
    const counts = summary.join(cliText(locale, 'summary.separator'));
    const summaryLine = `${diagnostics.length === 0 ? '✓ ' : ''}${cliText(locale, 'summary.line', { counts, files: cliCount(locale, fileCount, 'files') })}`;
    const summaryStyle: Style = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : others > 0 ? 'cyan' : 'green';
    lines.push(paint(summaryLine, summaryStyle, 'bold'));
    return lines.join('\n') + '\n';
}
