import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { VERSION } from '../cli/version.js';
import { registerJourneyResources } from './journey-resources.js';
import { registerExplainRule } from './tools/explain-rule.js';
import { registerGetJourney } from './tools/get-journey.js';
import { registerListGaps } from './tools/list-gaps.js';
import { registerListJourneys } from './tools/list-journeys.js';
import { registerRenderSvg } from './tools/render-map.js';
import type { WorkspaceCache } from './workspace-cache.js';

const INSTRUCTIONS = 'Customer journey maps written as .journey files (Journey Maps as Code). '
    + 'list_journeys first; list_gaps for what the maps are missing (each gap has a rule: explain_rule says what it means and how to fix it); '
    + 'get_journey for one journey\'s full model; render_svg to draw it; the journey:// resources are the files\' text. The files are read again after every change, so after editing a map, call list_gaps to check the edit.';

/** The MCP server of one folder of maps: its tools, answering from the folder as it is at each call. */
export function createJourneyMcpServer(cache: WorkspaceCache): McpServer {
    const server = new McpServer({ name: 'journey-maps', title: 'Journey Maps as Code', version: VERSION }, { instructions: INSTRUCTIONS });
    registerListJourneys(server, cache);
    registerGetJourney(server, cache);
    registerListGaps(server, cache);
    registerExplainRule(server, cache);
    registerRenderSvg(server, cache);
    registerJourneyResources(server, cache);
    return server;
}
