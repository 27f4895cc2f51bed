import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY } from '../render/theme.js';

/**
 * SVG to PNG with resvg (a renderer shipped as an npm package; no browser). Text is drawn
 * with the system's fonts, DejaVu Sans when the map's first choices are missing.
 */
export function svgToPng(svg: string, scale: number): Uint8Array {
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: FONT_FAMILY.includes('DejaVu Sans') ? 'DejaVu Sans' : undefined },
        background: 'white',
    });
    return resvg.render().asPng();
}
