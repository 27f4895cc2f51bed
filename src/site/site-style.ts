import { FONT_FAMILY, type ThemeName } from '../render/theme.js';

export type SiteTheme = Exclude<ThemeName, 'vscode'>;
export const SITE_THEMES: readonly SiteTheme[] = ['light', 'dark', 'high-contrast'];

interface Colours {
    background: string; surface: string; text: string; muted: string; border: string; link: string; accent: string;
    error: string; warning: string; info: string; hint: string; mark: string;
}

// The maps' own palettes (render/theme.ts), so that the page and the drawings on it agree.
const COLOURS: Record<SiteTheme, Colours> = {
    light: {
        background: '#ffffff', surface: '#f6f8fa', text: '#1f2328', muted: '#59636e', border: '#d1d9e0', link: '#0969da', accent: '#8250df',
        error: '#cf222e', warning: '#9a6700', info: '#0969da', hint: '#59636e', mark: '#fff8c5',
    },
    dark: {
        background: '#0d1117', surface: '#151b23', text: '#e6edf3', muted: '#9198a1', border: '#3d444d', link: '#4493f8', accent: '#ab7df8',
        error: '#f85149', warning: '#d29922', info: '#4493f8', hint: '#9198a1', mark: '#3b2e00',
    },
    'high-contrast': {
        background: '#000000', surface: '#000000', text: '#ffffff', muted: '#ffffff', border: '#ffffff', link: '#ffff00', accent: '#ff80ff',
        error: '#ff4040', warning: '#ffd700', info: '#40c4ff', hint: '#ffffff', mark: '#333300',
    },
};

/** The one stylesheet every page of the site shares (assets/site.css). */
export function siteStyleSheet(theme: SiteTheme): string {
    const c = COLOURS[theme];
    return `:root{color-scheme:${theme === 'light' ? 'light' : 'dark'};--bg:${c.background};--surface:${c.surface};--text:${c.text};--muted:${c.muted};--border:${c.border};--link:${c.link};--accent:${c.accent};--error:${c.error};--warning:${c.warning};--info:${c.info};--hint:${c.hint};--mark:${c.mark}}
*{box-sizing:border-box}
html{font-family:${FONT_FAMILY};font-size:15px;line-height:1.5;background:var(--bg);color:var(--text)}
body{margin:0}
a{color:var(--link);text-underline-offset:2px}
a:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:10}
.site-header{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:center;padding:10px 24px;border-bottom:1px solid var(--border);background:var(--surface);position:sticky;top:0;z-index:5}
.brand{font-weight:700;font-size:1.1rem;color:var(--text);text-decoration:none}
.site-nav{display:flex;gap:16px;flex-wrap:wrap}
.search{position:relative;margin-left:auto;min-width:min(420px,100%)}
.search[hidden]{display:none}
.search label,.search-status{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:0}
.search input{width:100%;font:inherit;padding:6px 10px;border:1px solid var(--border);border-radius:6px;background:var(--bg);color:var(--text)}
.search-results{position:absolute;right:0;left:0;top:calc(100% + 4px);background:var(--bg);border:1px solid var(--border);border-radius:6px;box-shadow:0 8px 24px rgba(0,0,0,.18);max-height:70vh;overflow:auto;margin:0;padding:4px 0;list-style:none}
.search-results[hidden]{display:none}
.search-results li{padding:0}
.search-results a{display:block;padding:6px 12px;text-decoration:none;color:var(--text)}
.search-results a[aria-selected=true],.search-results a:hover{background:var(--surface);outline:2px solid var(--accent);outline-offset:-2px}
.search-results .result-kind{font-size:.8rem;color:var(--muted);margin-right:6px;text-transform:uppercase;letter-spacing:.03em}
.search-results .result-context{display:block;font-size:.85rem;color:var(--muted)}
.search-results .search-note{padding:6px 12px;color:var(--muted)}
main{padding:16px 24px 48px;max-width:1400px}
h1{font-size:1.6rem;margin:8px 0 4px}h2{font-size:1.25rem;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--border)}h3{font-size:1.05rem;margin:20px 0 6px}
.breadcrumb{font-size:.9rem;color:var(--muted);margin:0}
.lead{color:var(--muted);margin:4px 0 12px}
.facts{display:flex;flex-wrap:wrap;gap:4px 20px;margin:8px 0;padding:0;list-style:none}
.tag{display:inline-block;font-size:.78rem;font-weight:600;padding:0 8px;border-radius:999px;border:1px solid var(--border);vertical-align:middle;text-transform:uppercase;letter-spacing:.03em}
.tag.ideal{border-color:var(--accent);color:var(--accent)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th,td{text-align:left;vertical-align:top;padding:6px 10px;border-bottom:1px solid var(--border)}
th{font-size:.85rem;color:var(--muted);font-weight:600}
tbody th{font-size:inherit;color:var(--text)}
td.number.zero{color:var(--muted)}
td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}
tr:target,li:target,tbody:target th{background:var(--mark)}
[id]{scroll-margin-top:80px}
.table-scroll{overflow-x:auto}
.counts{display:inline-flex;flex-wrap:wrap;gap:4px 10px;margin:0;padding:0;list-style:none}
.count{white-space:nowrap}
.sev{font-weight:600;white-space:nowrap}
.sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}.sev-hint{color:var(--hint)}
.sev-icon{display:inline-block;width:1.2em;text-align:center}
.none{color:var(--muted)}
figure.map{margin:8px 0 16px;overflow:auto;border:1px solid var(--border);border-radius:6px;max-height:85vh}
figure.map svg{display:block}
figure.map figcaption{position:sticky;left:0;font-size:.85rem;color:var(--muted);padding:4px 10px}
.gap-list{list-style:none;margin:0;padding:0}
.gap-list li{padding:6px 0;border-bottom:1px solid var(--border)}
.gap-list .gap-code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
.gap-list .gap-where{color:var(--muted);font-size:.9rem}
dl.rules dt{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600;margin-top:8px}
dl.rules dd{margin:0 0 0 16px}
dt:target,dd:target{background:var(--mark)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px;list-style:none;padding:0;margin:8px 0}
.cards li{border:1px solid var(--border);border-radius:6px;padding:10px 12px;background:var(--surface)}
.cards .muted,.muted{color:var(--muted)}
footer{padding:16px 24px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--border)}
@media print{.site-header .search,.skip{display:none}.site-header{position:static}figure.map{max-height:none;overflow:visible}}
`;
}
