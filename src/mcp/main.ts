// `journey mcp`: the entry point of out/cli/mcp.cjs, a bundle of its own so that the MCP SDK is
// loaded only by this command (src/cli/mcp-command.ts requires it at run time).
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CliError, ExitCode } from '../cli/cli-error.js';
import type { Locale } from '../i18n/locales.js';
import { createJourneyMcpServer } from './mcp-server.js';
import { WorkspaceCache } from './workspace-cache.js';

export interface McpServeOptions {
    /** The folder whose .journey files are served (absolute). */
    root: string;
    config?: string;
    locale?: Locale;
}

/**
 * Serves the folder over stdio until the client closes standard input. Standard output carries
 * the protocol and nothing else: anything printed goes to stderr. A folder or settings file
 * that cannot be read stops it before it starts (exit 2, one line on stderr).
 */
export async function serveMcp(options: McpServeOptions): Promise<number> {
    for (const method of ['log', 'info', 'debug'] as const) console[method] = (...args: unknown[]) => console.error(...args);
    const cache = new WorkspaceCache(options.root, { config: options.config, locale: options.locale });
    try {
        await cache.current();
    } catch (error) {
        if (!(error instanceof CliError)) throw error;
        process.stderr.write(`journey: ${error.message}\n`);
        return ExitCode.UsageOrIo;
    }
    const server = createJourneyMcpServer(cache);
    const transport = new StdioServerTransport();
    const closed = new Promise<void>(resolve => {
        process.stdin.once('end', resolve);
        process.stdin.once('close', resolve);
        transport.onclose = resolve;
    });
    await server.connect(transport);
    await closed;
    await server.close();
    return ExitCode.Ok;
}
