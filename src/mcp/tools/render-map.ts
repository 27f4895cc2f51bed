import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { svgToPng } from '../../cli/render-png.js';
import { pickJourney, renderSvg, VIEWS } from '../../render/render-svg.js';
import { findJourney } from '../journey-lookup.js';
import { answer, toolError } from '../tool-result.js';
import type { WorkspaceCache } from '../workspace-cache.js';

const THEMES = ['light', 'dark', 'high-contrast'] as const;

export function registerRenderSvg(server: McpServer, cache: WorkspaceCache): void {
    server.registerTool('render_svg', {
        title: 'Draw a journey map',
        description: 'Draw a journey as `journey render` and the editor preview do: map (stages, touchpoints, channels, owners, the emotion curve and the gaps), '
            + 'compare (an actual journey above its ideal, with missing and extra steps marked) or stakeholders (influence and interest). '
            + 'Answers with the SVG document as text; with format png, with a PNG image instead (needs the optional @resvg/resvg-js package).',
        inputSchema: {
            journey: z.string().optional().describe('the journey to draw (default: the first actual journey); not needed for the stakeholders view'),
            view: z.enum(VIEWS as [string, ...string[]]).optional().describe('map (default), compare or stakeholders'),
            theme: z.enum(THEMES).optional().describe('light (default), dark or high-contrast'),
            format: z.enum(['svg', 'png']).optional().describe('svg (default): the SVG text; png: an image'),
        },
        annotations: { readOnlyHint: true, openWorldHint: false },
    }, ({ journey: name, view, theme, format }) => answer(async (): Promise<CallToolResult> => {
        const snapshot = await cache.current();
        if (name !== undefined) {
            const found = findJourney(snapshot, name);
            if (typeof found === 'string') return toolError(found);
        }
        const journey = name ?? pickJourney(snapshot.model)?.name;
        // English is drawn as `journey render` draws it without --locale: no lang attribute.
        const locale = snapshot.locale === 'en' ? undefined : snapshot.locale;
        const svg = renderSvg(snapshot.model, snapshot.gaps, { journey, view: view as (typeof VIEWS)[number] | undefined, theme, locale });
        const errors = snapshot.problems.filter(p => p.severity === 'error').length;
        const note = errors > 0 ? [{ type: 'text' as const, text: `The maps have ${errors} error${errors === 1 ? '' : 's'} (list_gaps lists them under diagnostics): this is drawn from what could be read.` }] : [];
        if (format === 'png') {
            const png = svgToPng(svg, 1);
            return { content: [{ type: 'image', data: Buffer.from(png).toString('base64'), mimeType: 'image/png' }, ...note] };
        }
        return { content: [{ type: 'text', text: svg }, ...note] };
    }));
}
