import type { Locale } from '../i18n/locales.js';
import { escapeXml } from '../render/text.js';
import { cliText } from './cli-messages.js';
import type { CliKey } from './messages/en.js';
import { pageCsp } from './preview-security.js';

/**
 * The browser preview's page: a toolbar (journey, view, theme, fit, error badge) over the map.
 * The map itself is the renderer's SVG, fetched from the server whenever the file changes;
 * without JavaScript, a link to that SVG (/map.svg) stands in. Its words are in the map's
 * language, which `lang` says.
 */
export function previewPage(fileName: string, nonce: string, locale: Locale = 'en'): string {
    const say = (key: CliKey, params?: Record<string, string | number>) => escapeXml(cliText(locale, key, params));
    const title = say('preview.title', { file: fileName });
    // The badge is written by the script: its two sentences, as JSON inside the script (no '<' in them).
    const badge = JSON.stringify({ one: cliText(locale, 'preview.badge.one'), other: cliText(locale, 'preview.badge.other') }).replace(/</g, '\\u003c');
    return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${pageCsp(nonce, 'meta')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { margin: 0; font: 13px system-ui, -apple-system, 'Segoe UI', sans-serif; background: #f6f8fa; color: #1f2328; }
  header { position: sticky; top: 0; display: flex; gap: 12px; align-items: center; padding: 8px 16px; background: #fff; border-bottom: 1px solid #d1d9e0; z-index: 1; }
  header h1 { font-size: 14px; margin: 0 12px 0 0; }
  label { display: inline-flex; gap: 6px; align-items: center; }
  #badge { margin-left: auto; padding: 2px 10px; border-radius: 10px; background: #ffebe9; color: #82071e; display: none; }
  #badge.shown { display: inline-block; }
  main { padding: 16px; overflow: auto; }
  main.fit svg { width: 100%; height: auto; }
</style>
</head>
<body>
<header>
  <h1>${escapeXml(fileName)}</h1>
  <label>${say('preview.journey')} <select id="journey"></select></label>
  <label>${say('preview.view')} <select id="view"><option value="map">${say('preview.view.map')}</option><option value="compare">${say('preview.view.compare')}</option><option value="stakeholders">${say('preview.view.stakeholders')}</option></select></label>
  <label>${say('preview.theme')} <select id="theme"><option value="light">${say('preview.theme.light')}</option><option value="dark">${say('preview.theme.dark')}</option><option value="high-contrast">${say('preview.theme.high-contrast')}</option></select></label>
  <label><input type="checkbox" id="fit"> ${say('preview.fit')}</label>
  <span id="badge" role="status"></span>
</header>
<noscript><p>${say('preview.noscript', { link: '{link}' }).replace('{link}', `<a href="/map.svg">${say('preview.noscriptLink')}</a>`)}</p></noscript>
<main id="map"></main>
<script nonce="${nonce}">
  const $ = id => document.getElementById(id);
  const badgeText = ${badge};
  const params = () => new URLSearchParams({ view: $('view').value, theme: $('theme').value, journey: $('journey').value });
  async function refresh() {
    const state = await (await fetch('/state')).json();
    const select = $('journey');
    const current = select.value;
    select.replaceChildren(...state.journeys.map(name => new Option(name, name)));
    select.value = state.journeys.includes(current) ? current : state.selected;
    const badge = $('badge');
    badge.textContent = state.errors ? (state.errors === 1 ? badgeText.one : badgeText.other).replace('{count}', state.errors) : '';
    badge.classList.toggle('shown', state.errors > 0);
    const response = await fetch('/map.svg?' + params());
    const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('g.touchpoint');
    $('map').innerHTML = await response.text();
    // The cards take focus with Tab, in the order of the customer's path (the drawing's own order).
    for (const card of $('map').querySelectorAll('g.touchpoint')) card.setAttribute('tabindex', '0');
    if (focused) for (const card of $('map').querySelectorAll('g.touchpoint')) if (card.dataset.touchpoint === focused.dataset.touchpoint) card.focus();
    document.body.dataset.version = state.version;
  }
  for (const id of ['journey', 'view', 'theme']) $(id).addEventListener('change', refresh);
  $('fit').addEventListener('change', () => $('map').classList.toggle('fit', $('fit').checked));
  new EventSource('/events').addEventListener('change', refresh);
  refresh();
</script>
</body>
</html>
`;
}
