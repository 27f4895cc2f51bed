import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { closestName } from '../../language/did-you-mean.js';
import { ruleSummary } from '../../model/gap-messages.js';
import { GAP_RULES } from '../../model/gap-rules/index.js';
import { rulePage } from '../rule-pages.js';
import { answer, toolError } from '../tool-result.js';
import type { WorkspaceCache } from '../workspace-cache.js';

const CODES = GAP_RULES.map(rule => rule.code);

export function registerExplainRule(server: McpServer, cache: WorkspaceCache): void {
    server.registerTool('explain_rule', {
        title: 'Explain a rule',
        description: 'A gap rule\'s documentation page (Markdown): what the rule finds, why it matters for the customer, how to fix the map, an example, and how to change its severity in journey.config.json. '
            + `Rules: ${CODES.join(', ')}.`,
        inputSchema: { code: z.string().describe('the rule code, as list_gaps gives it, e.g. missing-owner') },
        outputSchema: {
            code: z.string(),
            severity: z.enum(['error', 'warning', 'info', 'hint']).describe('its default severity'),
            family: z.enum(['map', 'journey']).describe('map: a hole in one map; journey: a difference between an actual journey and its ideal'),
            summary: z.string().describe('one line, in the language of the gap messages'),
            page: z.string().describe('the Markdown page'),
        },
        annotations: { readOnlyHint: true, openWorldHint: false },
    }, ({ code }) => answer(async () => {
        const rule = GAP_RULES.find(r => r.code === code);
        const page = rule && await rulePage(rule.code);
        if (!rule || page === undefined) {
            const guess = closestName(code, CODES);
            return toolError(`no rule '${code}'.${guess ? ` Did you mean '${guess}'?` : ''} Rules: ${CODES.join(', ')}`);
        }
        const { locale } = await cache.current();
        const data = { code, severity: rule.defaultSeverity, family: rule.family, summary: ruleSummary(code, locale), page };
        return { structuredContent: data, content: [{ type: 'text', text: page }] };
    }));
}
