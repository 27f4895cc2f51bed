import type { ConfigurationProvider, LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams, Range } from 'vscode-languageserver';
import type { WorkspaceAnalysis } from '../gaps/workspace-analysis.js';
import type { JourneyServices } from '../journey-module.js';
import { counterpartsByTouchpoint, emotionText, type Counterpart } from './touchpoint-counterparts.js';

/** Whether `journey.inlayHints.enabled` (default on) allows hints. */
export async function inlayHintsEnabled(configuration: ConfigurationProvider): Promise<boolean> {
    const section: unknown = await configuration.getConfiguration('journey', 'inlayHints');
    return !(typeof section === 'object' && section !== null && (section as { enabled?: unknown }).enabled === false);
}

/**
 * After a touchpoint's emotion, the emotion of its counterpart: "ideal 4" in an actual journey,
 * "actual 2" in an ideal one. Clicking the hint goes to the counterpart; hovering explains it.
 */
export class JourneyInlayHintProvider implements InlayHintProvider {
    private readonly analysis: WorkspaceAnalysis;
    private readonly configuration: ConfigurationProvider;

    constructor(services: JourneyServices) {
        this.analysis = services.gaps.Analysis;
        this.configuration = services.shared.workspace.ConfigurationProvider;
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[]> {
        if (!(await inlayHintsEnabled(this.configuration))) return [];
        const uri = document.uri.toString();
        const hints: InlayHint[] = [];
        for (const [touchpoint, others] of counterpartsByTouchpoint(this.analysis.getModel())) {
            const emotion = touchpoint.emotion;
            if (touchpoint.source.uri !== uri || !emotion || !overlaps(emotion.range, params.range)) continue;
            const withEmotion = others.filter(other => other.touchpoint.emotion);
            for (const other of withEmotion) {
                hints.push(hintFor(emotion.range.end, other, withEmotion.length > 1));
            }
        }
        return hints;
    }
}

function hintFor(position: Range['end'], other: Counterpart, nameJourney: boolean): InlayHint {
    const emotion = other.touchpoint.emotion!;
    const source = other.touchpoint.source;
    return {
        position,
        label: [{
            value: `${other.side} ${emotion.score}${nameJourney ? ` (${other.journey})` : ''}`,
            tooltip: {
                kind: 'markdown',
                value: `Emotion at \`${other.touchpoint.name}\` in the ${other.side} journey \`${other.journey}\`: ${emotionText(emotion)}`,
            },
            location: { uri: source.uri, range: source.nameRange ?? source.range },
        }],
        paddingLeft: true,
    };
}

function overlaps(a: Range, b: Range): boolean {
    const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}
