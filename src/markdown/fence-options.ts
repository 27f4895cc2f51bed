// The options a ```journey fence takes after its language word, e.g.
// ```journey view=compare journey=PasswordReset theme=dark zoom=fit
import { VIEWS, type View } from '../render/render-svg.js';
import type { ThemeName } from '../render/theme.js';

export interface FenceOptions {
    view?: View;
    /** The journey to draw; the renderer's choice (the first actual journey) when left out. */
    journey?: string;
    /** A fixed theme; when left out the map follows the preview's. */
    theme?: ThemeName;
    /** `fit`: as wide as the preview; a number: a scale (1 is the map's own size). */
    zoom?: 'fit' | number;
}

const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'vscode'];

/** Reads the options; what it cannot use is reported in words and left out. */
export function parseFenceOptions(text: string): { options: FenceOptions; problems: string[] } {
    const options: FenceOptions = {};
    const problems: string[] = [];
    for (const word of text.trim().split(/\s+/).filter(Boolean)) {
        const [key, ...rest] = word.split('=');
        const value = rest.join('=').replace(/^(["'])(.*)\1$/, '$2');
        // A bare view name is short for view=…: ```journey compare
        if (!rest.length && (VIEWS as readonly string[]).includes(key)) {
            options.view = key as View;
        } else if (key === 'view' && (VIEWS as readonly string[]).includes(value)) {
            options.view = value as View;
        } else if (key === 'theme' && (THEMES as readonly string[]).includes(value)) {
            options.theme = value as ThemeName;
        } else if (key === 'journey' && value) {
            options.journey = value;
        } else if (key === 'zoom' && zoomOf(value) !== undefined) {
            options.zoom = zoomOf(value);
        } else if (key === 'view' || key === 'theme' || key === 'zoom') {
            const allowed = key === 'view' ? VIEWS.join(', ') : key === 'theme' ? THEMES.join(', ') : 'fit, or a scale such as 0.5 or 50%';
            problems.push(`'${value}' is not a ${key}; use ${allowed}.`);
        } else {
            problems.push(`Unknown option '${word}'; use view=, journey=, theme= or zoom=.`);
        }
    }
    return { options, problems };
}

function zoomOf(value: string): 'fit' | number | undefined {
    if (value === 'fit') return 'fit';
    const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value);
    if (!match) return undefined;
    const scale = Number(match[1]) / (match[2] ? 100 : 1);
    return scale >= 0.1 && scale <= 4 ? scale : undefined;
}
