import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { distinctPlaces } from '../../model/gap-report.js';
import { ClientCommands } from '../../protocol/journey-protocol.js';
import type { JourneyServices } from '../journey-module.js';
import { plural } from '../../render/plural.js';


/** Above each journey: "5 gaps · 2 touchpoints without owner" (opens the gap report) · "Open preview". */
export class GapCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: JourneyServices) {}

    provideCodeLens(document: LangiumDocument): MaybePromise<CodeLens[]> {
        const analysis = this.services.gaps.Analysis;
        const uri = document.uri.toString();
        const gaps = analysis.getGaps();
        return analysis.getModel().journeys.filter(j => j.source.uri === uri).flatMap(journey => {
            const count = distinctPlaces(gaps.filter(g => g.journey === journey.name)).length;
            const unowned = journey.stages.flatMap(s => s.touchpoints).filter(t => !t.owner).length;
            const range = journey.source.nameRange ?? journey.source.range;
            const line = { start: { line: range.start.line, character: 0 }, end: { line: range.start.line, character: 0 } };
            return [
                { range: line, command: { title: `${plural(count, 'gap')} · ${plural(unowned, 'touchpoint')} without owner`, command: ClientCommands.showGapReport, arguments: [uri, journey.name] } },
                { range: line, command: { title: 'Open preview', command: ClientCommands.openPreview, arguments: [uri] } },
            ];
        });
    }
}
