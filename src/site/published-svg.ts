import type { Gap } from '../model/gap.js';
import type { WorkspaceModel } from '../model/journey-model.js';
import { renderSvg, type RenderOptions } from '../render/render-svg.js';

/**
 * A drawing for a published page: the renderer's SVG without the `data-uri` of each card,
 * which the editor's preview uses to jump to the text but which, on a web site, would tell
 * every reader the absolute path of the maps on the author's machine. (Attribute values are
 * escaped, so a value never holds a quote.)
 */
export function publishedSvg(model: WorkspaceModel, gaps: Gap[], options: RenderOptions): string {
    return renderSvg(model, gaps, options).replace(/ data-uri="[^"]*"/g, '');
}
