import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** A tool's answer: the data for clients that read structured content, and the same as JSON text for those that do not. */
export function structuredResult<T extends Record<string, unknown>>(data: T): CallToolResult {
    return { structuredContent: data, content: [{ type: 'text', text: JSON.stringify(data, null, 2) }] };
}

/** A mistake the assistant can correct (an unknown name, say): an error result it reads, not a protocol error. */
export function toolError(message: string): CallToolResult {
    return { isError: true, content: [{ type: 'text', text: message }] };
}

/** A tool body, with problems reading the folder (a settings file gone wrong, an unreadable map) as error results. */
export async function answer(body: () => Promise<CallToolResult>): Promise<CallToolResult> {
    try {
        return await body();
    } catch (error) {
        return toolError(error instanceof Error ? error.message : String(error));
    }
}
