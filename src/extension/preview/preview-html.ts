import * as vscode from 'vscode';
import type { PreviewState } from '../../protocol/preview-messages.js';

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The webview's page. Content Security Policy: nothing by default; the one script by nonce,
 * from the extension's own bundle folder; inline styles only because the map's SVG carries
 * its own stylesheet; images from data: URLs for the PNG export.
 */
/** Web Crypto: the same in the desktop extension host (Node) and in the browser's (vscode.dev). */
function newNonce(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return btoa(String.fromCharCode(...bytes));
}

export function previewHtml(webview: vscode.Webview, scriptUri: vscode.Uri, state: PreviewState): string {
    const nonce = newNonce();
    // VS Code's display language; escaped, since a translation may hold any character.
    const t = (text: string) => escapeAttribute(vscode.l10n.t(text));
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${webview.cspSource} 'unsafe-inline'`,
        'img-src data:',
    ].join('; ');
    return `<!doctype html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(t('Journey map'))}</title>
<style>
  body { margin: 0; padding: 0; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  header { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 6px 12px; background: var(--vscode-editorWidget-background); border-bottom: 1px solid var(--vscode-panel-border); }
  select, button { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); border-radius: 2px; padding: 2px 6px; }
  button { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); cursor: pointer; }
  button:hover { background: var(--vscode-button-secondaryHoverBackground); }
  button[aria-pressed="true"] { outline: 1px solid var(--vscode-focusBorder); }
  #badge { margin-left: auto; padding: 1px 8px; border-radius: 10px; color: var(--vscode-inputValidation-errorForeground, var(--vscode-foreground)); background: var(--vscode-inputValidation-errorBackground); border: 1px solid var(--vscode-inputValidation-errorBorder); }
  #viewport { overflow: auto; height: calc(100vh - 44px); cursor: grab; }
  #map { padding: 12px; }
  #map svg { display: block; }
  #map .touchpoint { cursor: pointer; }
  .group { display: inline-flex; gap: 4px; align-items: center; }
</style>
</head>
<body data-state="${escapeAttribute(JSON.stringify(state))}">
<header>
  <label class="group">${t('Journey')} <select id="journey" aria-label="${t('Journey')}"></select></label>
  <label class="group">${t('View')} <select id="view" aria-label="${t('View')}"><option value="map">${t('Map')}</option><option value="compare">${t('Actual against ideal')}</option><option value="stakeholders">${t('Stakeholders')}</option></select></label>
  <span class="group"><button id="zoom-out" title="${t('Zoom out')}">−</button><span id="zoom-level">100%</span><button id="zoom-in" title="${t('Zoom in')}">+</button><button id="fit" title="${t('Fit to width')}" aria-pressed="false">${t('Fit')}</button></span>
  <span class="group">${t('Export')} <button id="export-svg">SVG</button><button id="export-png">PNG</button><button id="export-html">HTML</button></span>
  <span id="badge" role="status" hidden></span>
</header>
<div id="viewport"><div id="map"></div></div>
<script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}
