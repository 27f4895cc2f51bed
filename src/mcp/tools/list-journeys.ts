import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { touchpointsOf } from '../../model/journey-model.js';
import { diagnosticsOf, diagnosticsSchema, SEVERITIES } from '../schemas.js';
import { answer, structuredResult } from '../tool-result.js';
import type { WorkspaceCache } from '../workspace-cache.js';

const journeySummary = z.object({
    name: z.string().describe('what get_journey, list_gaps and render_svg take'),
    title: z.string().optional(),
    kind: z.enum(['actual', 'ideal']).describe('actual: as it is today; ideal: as it should be'),
    improves: z.string().optional().describe('for an ideal journey: the actual journey it improves'),
    persona: z.string().optional(),
    file: z.string(),
    line: z.number().int(),
    stages: z.number().int(),
    touchpoints: z.number().int(),
    touchpointsWithoutOwner: z.number().int(),
    gaps: z.object(Object.fromEntries(SEVERITIES.map(s => [s, z.number().int()])) as Record<(typeof SEVERITIES)[number], z.ZodNumber>)
        .describe('how many gaps the journey has, by severity'),
});

export function registerListJourneys(server: McpServer, cache: WorkspaceCache): void {
    server.registerTool('list_journeys', {
        title: 'List journeys',
        description: 'The customer journeys of the served folder\'s .journey files: for each, its name, title, kind (actual or ideal, and which actual journey an ideal one improves), persona, file, '
            + 'how many stages and touchpoints it has, and how many gaps by severity. `diagnostics` lists syntax and reference errors, if any. Start here.',
        inputSchema: {},
        outputSchema: { journeys: z.array(journeySummary), diagnostics: diagnosticsSchema },
        annotations: { readOnlyHint: true, openWorldHint: false },
    }, () => answer(async () => {
        const snapshot = await cache.current();
        const journeys = snapshot.model.journeys.map(journey => {
            const touchpoints = touchpointsOf(journey);
            const gaps = { error: 0, warning: 0, info: 0, hint: 0 };
            for (const gap of snapshot.gaps) if (gap.journey === journey.name) gaps[gap.severity]++;
            return {
                name: journey.name, title: journey.title, kind: journey.kind, improves: journey.improves?.name, persona: journey.persona?.name,
                file: snapshot.fileOf(journey.source.uri), line: journey.source.range.start.line + 1,
                stages: journey.stages.length, touchpoints: touchpoints.length, touchpointsWithoutOwner: touchpoints.filter(t => !t.owner).length,
                gaps,
            };
        });
        return structuredResult({ journeys, diagnostics: diagnosticsOf(snapshot) });
    }));
}
