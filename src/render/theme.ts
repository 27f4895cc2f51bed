/** Colour themes. `vscode` uses the editor's `--vscode-*` variables, falling back to light. */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'vscode';

interface Palette {
    background: string; text: string; muted: string; band: string; bandAlt: string; grid: string;
    card: string; cardBorder: string; badge: string; badgeText: string; path: string; hop: string;
    error: string; warning: string; info: string; accent: string;
    /** The ring round a card that has keyboard focus (interactive previews). */
    focus: string;
}

const LIGHT: Palette = {
    background: '#ffffff', text: '#1f2328', muted: '#59636e', band: '#f6f8fa', bandAlt: '#eef1f4', grid: '#d1d9e0',
    card: '#ffffff', cardBorder: '#8c959f', badge: '#ddf4ff', badgeText: '#0a3069', path: '#8c959f', hop: '#bc4c00',
    // A dark amber: #bf8700 gave the star 3.1:1 on a white card; #8a5c00 gives 5.8:1 (5.1:1 on the grey band).
    error: '#cf222e', warning: '#8a5c00', info: '#0969da', accent: '#8250df', focus: '#0969da',
};
const DARK: Palette = {
    background: '#0d1117', text: '#e6edf3', muted: '#9198a1', band: '#151b23', bandAlt: '#1b222c', grid: '#3d444d',
    card: '#161b22', cardBorder: '#656c76', badge: '#0c2d6b', badgeText: '#cae8ff', path: '#656c76', hop: '#f0883e',
    error: '#f85149', warning: '#d29922', info: '#4493f8', accent: '#ab7df8', focus: '#4493f8',
};
const HIGH_CONTRAST: Palette = {
    background: '#000000', text: '#ffffff', muted: '#ffffff', band: '#000000', bandAlt: '#0a0a0a', grid: '#ffffff',
    card: '#000000', cardBorder: '#ffffff', badge: '#000000', badgeText: '#ffff00', path: '#ffffff', hop: '#ff8c00',
    error: '#ff4040', warning: '#ffd700', info: '#40c4ff', accent: '#ff80ff', focus: '#ffff00',
};

/** Emotion 1 (very negative) to 5 (very positive): red, orange, amber, light green, green. */
const EMOTION = ['#d1242f', '#e16f24', '#bf8700', '#4f9d2d', '#1a7f37'];

const VSCODE_VARIABLES: Partial<Record<keyof Palette, string>> = {
    background: '--vscode-editor-background', text: '--vscode-editor-foreground', muted: '--vscode-descriptionForeground',
    band: '--vscode-sideBar-background', bandAlt: '--vscode-editorWidget-background', grid: '--vscode-panel-border',
    card: '--vscode-editorWidget-background', cardBorder: '--vscode-editorWidget-border', badge: '--vscode-badge-background',
    badgeText: '--vscode-badge-foreground', path: '--vscode-editorLineNumber-foreground', hop: '--vscode-charts-orange',
    error: '--vscode-editorError-foreground', warning: '--vscode-editorWarning-foreground', info: '--vscode-editorInfo-foreground',
    accent: '--vscode-charts-purple', focus: '--vscode-focusBorder',
};

function colours(theme: ThemeName): Record<keyof Palette, string> {
    const base = theme === 'dark' ? DARK : theme === 'high-contrast' ? HIGH_CONTRAST : LIGHT;
    if (theme !== 'vscode') return base;
    return Object.fromEntries(Object.entries(base).map(([key, value]) => {
        const variable = VSCODE_VARIABLES[key as keyof Palette];
        return [key, variable ? `var(${variable}, ${value})` : value];
    })) as Record<keyof Palette, string>;
}

export const FONT_FAMILY = `system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif`;

/** The stylesheet every view shares, scoped to `.jm`. */
export function styleSheet(theme: ThemeName): string {
    const c = colours(theme);
    const emotions = EMOTION.map((colour, i) => `.jm .emotion-${i + 1}{fill:${colour};stroke:${colour}}`).join('');
    return [
        `.jm{font-family:${FONT_FAMILY};font-size:12px;fill:${c.text}}`,
        `.jm .background{fill:${c.background}}`,
        `.jm text{fill:${c.text}}`,
        `.jm .muted{fill:${c.muted}}`,
        `.jm .title{font-size:18px;font-weight:600}`,
        `.jm .heading{font-size:13px;font-weight:600}`,
        `.jm .band{fill:${c.band}}.jm .band-alt{fill:${c.bandAlt}}`,
        `.jm .grid{stroke:${c.grid};stroke-width:1;fill:none}`,
        `.jm .visibility{stroke:${c.muted};stroke-width:1.5;stroke-dasharray:8 4;fill:none}`,
        `.jm .card{fill:${c.card};stroke:${c.cardBorder};stroke-width:1.5}`,
        `.jm .card.assumed{stroke-dasharray:6 4}`,
        `.jm .card.proposed{fill:none;stroke-width:1;stroke-dasharray:2 3}`,
        `.jm .card.highlight{stroke:${c.accent};stroke-width:3}`,
        `.jm .card-name{font-weight:600;font-size:12px}`,
        `.jm .badge{fill:${c.badge}}.jm .badge-text{fill:${c.badgeText};font-size:11px}`,
        `.jm .path{stroke:${c.path};stroke-width:1.5;fill:none}`,
        `.jm .path.hop{stroke:${c.hop};stroke-width:2;stroke-dasharray:5 3}`,
        `.jm .arrow{fill:${c.path}}.jm .arrow.hop{fill:${c.hop}}`,
        `.jm .curve{stroke:${c.accent};stroke-width:2.5;fill:none}`,
        `.jm .curve.ideal{stroke-dasharray:7 4;stroke-width:2}`,
        `.jm .gap-error{fill:${c.error}}.jm .gap-warning{fill:${c.warning}}.jm .gap-info{fill:${c.info}}.jm .gap-hint{fill:${c.muted}}`,
        // The sign inside a gap's shape in the page's colour; the count beside it, as text on the card.
        `.jm .gap-sign{fill:none;stroke:${c.background};stroke-width:2;stroke-linecap:round}.jm .gap-sign-dot{fill:${c.background}}`,
        `.jm .gap-count{fill:${c.text};font-size:11px;font-weight:700}`,
        // Keyboard focus on a card (interactive previews only): a ring in the theme's focus colour.
        `.jm .touchpoint:focus{outline:none}.jm .touchpoint:focus-visible>.card{stroke:${c.focus};stroke-width:3}`,
        `.jm .touchpoint:focus-visible{outline:2px solid ${c.focus};outline-offset:3px}`,
        `.jm .mot{fill:${c.warning}}`,
        `.jm .pain{fill:${c.error}}`,
        `.jm .missing{stroke:${c.error};stroke-width:2;stroke-dasharray:4 3;fill:none}`,
        `.jm .extra{stroke:${c.hop};stroke-width:2;fill:none}`,
        `.jm .match{stroke:${c.muted};stroke-width:1;stroke-dasharray:2 3;fill:none}`,
        `.jm .face{stroke-width:0}`,
        // High contrast: shapes that are told apart by fill elsewhere get outlines.
        theme === 'high-contrast' ? `.jm .badge,.jm .band-alt{stroke:${c.cardBorder};stroke-width:1}.jm .band{stroke:${c.grid};stroke-width:0.5}` : '',
        emotions,
    ].join('\n');
}
