import { DocumentState } from 'langium';
import { buildGapReport, type GapReport } from '../../model/gap-report.js';
import { GapReportRequest, type GapReportParams, type GapReportResult } from '../../protocol/journey-protocol.js';
import type { CancellationToken } from 'vscode-languageserver';
import type { JourneyServices } from '../journey-module.js';

/** Answers `journey/gapReport` once the workspace is validated. */
export function addGapReportHandler(services: JourneyServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(GapReportRequest.method, async (params: GapReportParams, token: CancellationToken): Promise<GapReportResult> => {
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
        const report = buildGapReport(services.gaps.Analysis.getModel(), services.gaps.Analysis.getGaps());
        return params.uri ? onlyDocument(report, params.uri) : report;
    });
}

function onlyDocument(report: GapReport, uri: string): GapReport {
    const journeys = report.journeys.filter(j => j.uri === uri);
    const names = new Set(journeys.map(j => j.journey));
    return {
        ...report,
        journeys,
        pairs: report.pairs.filter(p => names.has(p.actual) || names.has(p.ideal)),
        workspaceGaps: report.workspaceGaps.filter(g => g.location.uri === uri),
    };
}
