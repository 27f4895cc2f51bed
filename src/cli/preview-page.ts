import { escapeXml } from '../render/text.js';
import { pageCsp } from './preview-security.js';

/**
 * The browser preview's page: a toolbar (journey, view, theme, fit, error badge) over the map.
 * The map itself is the renderer's SVG, fetched from the server whenever the file changes;
 * without JavaScript, a link to that SVG (/map.svg) stands in.
 */
export function previewPage(fileName: string, nonce: string): string {
    const title = escapeXml(`${fileName} — Journey Maps preview`);
    return `<!doctype html>
<html lang="en">
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
  <label>Journey <select id="journey"></select></label>
  <label>View <select id="view"><option value="map">Map</option><option value="compare">Actual against ideal</option><option value="stakeholders">Stakeholders</option></select></label>
  <label>Theme <select id="theme"><option value="light">Light</option><option value="dark">Dark</option><option value="high-contrast">High contrast</option></select></label>
  <label><input type="checkbox" id="fit"> Fit to width</label>
  <span id="badge" role="status"></span>
</header>
<noscript><p>This page needs JavaScript to draw the map and follow your saves. Without it, <a href="/map.svg">open the map as an SVG image</a> and reload it after a save.</p></noscript>
<main id="map" aria-live="polite"></main>
<script nonce="${nonce}">
  const $ = id => document.getElementById(id);
  const params = () => new URLSearchParams({ view: $('view').value, theme: $('theme').value, journey: $('journey').value });
  async function refresh() {
    const state = await (await fetch('/state')).json();
    const select = $('journey');
    const current = select.value;
    select.replaceChildren(...state.journeys.map(name => new Option(name, name)));
    select.value = state.journeys.includes(current) ? current : state.selected;
    const badge = $('badge');
    badge.textContent = state.errors ? state.errors + (state.errors === 1 ? ' error' : ' errors') + ': showing the last map without errors' : '';
    badge.classList.toggle('shown', state.errors > 0);
    const response = await fetch('/map.svg?' + params());
    $('map').innerHTML = await response.text();
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
