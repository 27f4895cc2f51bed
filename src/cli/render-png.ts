import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../render/theme.js';
import { CliError } from './cli-error.js';

// resvg is a native addon and an optional dependency of the package: it is loaded only when a
// PNG is asked for, so that SVG, HTML and every other command work where it is not installed.
const RESVG = '@resvg/resvg-js';

function loadResvg(): typeof ResvgClass {
    try {
        return (createRequire(import.meta.url)(RESVG) as { Resvg: typeof ResvgClass }).Resvg;
    } catch (error) {
        const failure = error as NodeJS.ErrnoException;
        if (failure.code === 'MODULE_NOT_FOUND' && failure.message.includes(`'${RESVG}'`)) {
            throw new CliError(`PNG needs the optional package ${RESVG}, which is not installed here `
                + `(npm install --global ${RESVG}, or reinstall journey-maps without --omit=optional); SVG and HTML work without it`);
        }
        // Installed but not loadable: a binary for another platform or C library, for example.
        throw new CliError(`PNG needs ${RESVG}, which is installed but cannot be loaded here (${failure.message.split('\n')[0]}); SVG and HTML work without it`);
    }
}

/**
 * SVG to PNG with resvg (a renderer shipped as an npm package; no browser). Text is drawn
 * with the system's fonts, DejaVu Sans when the map's first choices are missing.
 */
export function svgToPng(svg: string, scale: number): Uint8Array {
    const Resvg = loadResvg();
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: FONT_FAMILY.includes('DejaVu Sans') ? 'DejaVu Sans' : undefined },
        background: 'white',
    });
    return resvg.render().asPng();
}
