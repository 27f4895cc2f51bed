// The shapes the tools answer with, as zod schemas: the SDK turns them into each tool's
// outputSchema, and clients check the answers against them. Each object lists every field it
// may carry (zod objects are closed).
import { z } from 'zod';
import type { ReportedDiagnostic } from '../cli/diagnostic-report.js';
import type { Gap } from '../model/gap.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

const place = {
    file: z.string().describe('the .journey file, relative to the served folder'),
    line: z.number().int().describe('1-based'),
    column: z.number().int().describe('1-based, in UTF-16 code units'),
    endLine: z.number().int(),
    endColumn: z.number().int(),
    location: z.string().describe('file:line:column'),
};

export const diagnosticSchema = z.object({
    ...place,
    severity: z.enum(SEVERITIES),
    code: z.string(),
    message: z.string(),
});

export const diagnosticsSchema = z.object({
    errors: z.number().int().describe('syntax and reference errors; with errors, everything else is what could be read'),
    items: z.array(diagnosticSchema).describe('problems with the text of the maps (not gaps): syntax errors, names that resolve to nothing'),
}).describe('what is wrong with the text of the maps, besides gaps');

export const gapSchema = z.object({
    code: z.string().describe('the rule; explain_rule gives its page'),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    ...place,
    journey: z.string().optional(),
    touchpoint: z.string().optional(),
    related: z.array(z.object({ location: z.string(), message: z.string() })).describe('the other side of the gap (the ideal journey\'s step, an earlier step…)'),
});

export type GapItem = z.infer<typeof gapSchema>;
export type DiagnosticsItem = z.infer<typeof diagnosticsSchema>;

export function gapItem(snapshot: WorkspaceSnapshot, gap: Gap): GapItem {
    const file = snapshot.fileOf(gap.location.uri);
    const { start, end } = gap.location.range;
    return {
        code: gap.code, severity: gap.severity, message: gap.message,
        file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
        location: `${file}:${start.line + 1}:${start.character + 1}`,
        journey: gap.journey, touchpoint: gap.data?.touchpoint,
        related: gap.related.map(r => ({ location: `${snapshot.fileOf(r.location.uri)}:${r.location.range.start.line + 1}:${r.location.range.start.character + 1}`, message: r.message })),
    };
}

export function diagnosticsOf(snapshot: WorkspaceSnapshot): DiagnosticsItem {
    return {
        errors: snapshot.problems.filter(p => p.severity === 'error').length,
        items: snapshot.problems.map(diagnosticItem),
    };
}

function diagnosticItem(d: ReportedDiagnostic): z.infer<typeof diagnosticSchema> {
    return { ...d, location: `${d.file}:${d.line}:${d.column}` };
}
