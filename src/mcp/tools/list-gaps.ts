import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { compareReported } from '../../cli/diagnostic-report.js';
import { closestName } from '../../language/did-you-mean.js';
import { GAP_RULES } from '../../model/gap-rules/index.js';
import { findJourney } from '../journey-lookup.js';
import { diagnosticsOf, diagnosticsSchema, gapItem, gapSchema, SEVERITIES } from '../schemas.js';
import { answer, structuredResult, toolError } from '../tool-result.js';
import type { WorkspaceCache } from '../workspace-cache.js';

const CODES = GAP_RULES.map(rule => rule.code);

export function registerListGaps(server: McpServer, cache: WorkspaceCache): void {
    server.registerTool('list_gaps', {
        title: 'List gaps',
        description: 'The gaps the maps have, as `journey check` reports them: touchpoints without an owner, pains nothing addresses, moments of truth at risk, dead ends, '
            + 'and the differences between an actual journey and its ideal. Each with its rule code, severity, message, file:line:column, journey and touchpoint. '
            + 'Filters combine; leave them all out for every gap. Read again from the files on every call: edit a map, then call this to see what changed.',
        inputSchema: {
            code: z.string().optional().describe(`only this rule: ${CODES.join(', ')}`),
            severity: z.enum(SEVERITIES).optional().describe('only this severity'),
            file: z.string().optional().describe('only this .journey file, relative to the served folder'),
            journey: z.string().optional().describe('only this journey\'s gaps'),
        },
        outputSchema: { gaps: z.array(gapSchema), total: z.number().int().describe('how many gaps match'), diagnostics: diagnosticsSchema },
        annotations: { readOnlyHint: true, openWorldHint: false },
    }, ({ code, severity, file, journey }) => answer(async () => {
        const snapshot = await cache.current();
        if (code !== undefined && !CODES.includes(code)) {
            const guess = closestName(code, CODES);
            return toolError(`no rule '${code}'.${guess ? ` Did you mean '${guess}'?` : ''} Rules: ${CODES.join(', ')}`);
        }
        const wantedFile = file?.replace(/\\/g, '/').replace(/^\.\//, '');
        if (wantedFile !== undefined && !snapshot.files.includes(wantedFile)) {
            return toolError(`no .journey file '${file}' in the served folder. Files: ${snapshot.files.join(', ') || 'none'}`);
        }
        if (journey !== undefined) {
            const found = findJourney(snapshot, journey);
            if (typeof found === 'string') return toolError(found);
        }
        const gaps = snapshot.gaps.map(gap => gapItem(snapshot, gap)).filter(gap => (code === undefined || gap.code === code)
            && (severity === undefined || gap.severity === severity)
            && (wantedFile === undefined || gap.file === wantedFile)
            && (journey === undefined || gap.journey === journey)).sort(compareReported);
        return structuredResult({ gaps, total: gaps.length, diagnostics: diagnosticsOf(snapshot) });
    }));
}
