import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { distinctPlaces } from '../../model/gap-report.js';
import { ClientCommands } from '../../protocol/journey-protocol.js';
import type { JourneyServices } from '../journey-module.js';
import { DEFAULT_LOCALE } from '../../i18n/locales.js';
import { codeActionText } from '../code-actions/code-action-messages.js';

/** Above each journey: "5 gaps · 2 touchpoints without owner" (opens the gap report) · "Open preview". */
export class GapCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: JourneyServices) {}

    provideCodeLens(document: LangiumDocument): MaybePromise<CodeLens[]> {
        const analysis = this.services.gaps.Analysis;
        const uri = document.uri.toString();
        const gaps = analysis.getGaps();
        const locale = this.services.gaps.Settings.settings.locale ?? DEFAULT_LOCALE;
        const count = (key: 'lens.gaps' | 'lens.unowned', n: number) => codeActionText(locale, n === 1 ? `${key}.one` : `${key}.other`, { count: n });
        return analysis.getModel().journeys.filter(j => j.source.uri === uri).flatMap(journey => {
            const found = distinctPlaces(gaps.filter(g => g.journey === journey.name)).length;
            const unowned = journey.stages.flatMap(s => s.touchpoints).filter(t => !t.owner).length;
            const range = journey.source.nameRange ?? journey.source.range;
            const line = { start: { line: range.start.line, character: 0 }, end: { line: range.start.line, character: 0 } };
            return [
                { range: line, command: { title: codeActionText(locale, 'lens.summary', { gaps: count('lens.gaps', found), unowned: count('lens.unowned', unowned) }), command: ClientCommands.showGapReport, arguments: [uri, journey.name] } },
                { range: line, command: { title: codeActionText(locale, 'lens.preview'), command: ClientCommands.openPreview, arguments: [uri] } },
            ];
        });
    }
}
