import type { ThemeName } from '../../render/theme.js';

/**
 * The theme of the page the map is shown in. VS Code's Markdown preview defines the editor's
 * colours as `--vscode-*` variables, which the `vscode` theme uses (and which change with the
 * editor's theme, with no new drawing); elsewhere the body's classes (`vscode-dark`, …) or the
 * system's colour scheme decide.
 */
export function pageTheme(): ThemeName {
    if (getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim()) return 'vscode';
    const classes = document.body?.classList;
    if (classes?.contains('vscode-high-contrast')) return classes.contains('vscode-high-contrast-light') ? 'light' : 'high-contrast';
    if (classes?.contains('vscode-dark')) return 'dark';
    if (classes?.contains('vscode-light')) return 'light';
    return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
