import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { MODEL_VERSION } from '../../model/journey-model.js';
import { findJourney } from '../journey-lookup.js';
import { diagnosticsOf, diagnosticsSchema } from '../schemas.js';
import { answer, structuredResult, toolError } from '../tool-result.js';
import type { WorkspaceCache } from '../workspace-cache.js';

export function registerGetJourney(server: McpServer, cache: WorkspaceCache): void {
    server.registerTool('get_journey', {
        title: 'Get a journey',
        description: 'One journey as the plain journey model (the JSON of the model\'s schema, version `version`): its stages and touchpoints with their channel, owner, emotion, needs, pains, '
            + 'metrics, lanes and questions, its improvements, and where each element is written (0-based LSP ranges). Also the persona, stakeholders and channels the workspace declares.',
        inputSchema: { journey: z.string().describe('the journey\'s name, as list_journeys gives it') },
        outputSchema: {
            version: z.literal(MODEL_VERSION),
            file: z.string(),
            journey: z.looseObject({ name: z.string(), kind: z.enum(['actual', 'ideal']) }).describe('the journey model'),
            personas: z.array(z.looseObject({ name: z.string() })),
            stakeholders: z.array(z.looseObject({ name: z.string() })),
            channels: z.array(z.looseObject({ name: z.string() })),
            diagnostics: diagnosticsSchema,
        },
        annotations: { readOnlyHint: true, openWorldHint: false },
    }, ({ journey: name }) => answer(async () => {
        const snapshot = await cache.current();
        const journey = findJourney(snapshot, name);
        if (typeof journey === 'string') return toolError(journey);
        const { personas, stakeholders, channels } = snapshot.model;
        return structuredResult({
            version: MODEL_VERSION, file: snapshot.fileOf(journey.source.uri), journey, personas, stakeholders, channels,
            diagnostics: diagnosticsOf(snapshot),
        });
    }));
}
