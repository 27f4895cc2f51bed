import type { Gap, Severity } from '../model/gap.js';
import { touchpointsOf, type JourneyModel, type TouchpointModel, type WorkspaceModel } from '../model/journey-model.js';
import type { MapLayout } from './journey-map.js';
import { counted, type Say } from './render-messages.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];
/** How many gaps the description names, most serious first; the rest are counted. */
const TOP_GAPS = 3;

/**
 * What a map shows, in sentences, for its <desc> (what a screen reader offers as the drawing's
 * description): who travels, through which stages and how many touchpoints, where the journey
 * feels worst, and the gaps by severity with the most serious named.
 */
export function journeyDescription(model: WorkspaceModel, layout: MapLayout, gaps: readonly Gap[]): string {
    const { journey, say } = layout;
    return [journeyOverview(model, journey, say), gapSentence(gaps.filter(g => g.journey === journey.name), say)].join(' ');
}

/**
 * Who travels, through which stages and how many touchpoints, and where the journey feels
 * worst: from the model alone, so that what is not drawn here (a Mermaid diagram's accDescr)
 * says the same.
 */
export function journeyOverview(model: WorkspaceModel, journey: JourneyModel, say: Say): string {
    return `${overview(model, journey, say)} ${lowestPoint(journey, say)}`;
}

const shownStage = (stage: { name: string; title?: string }) => stage.title ?? stage.name;

function overview(model: WorkspaceModel, journey: JourneyModel, say: Say): string {
    const params = {
        stages: counted(say, journey.stages.length, 'stage'),
        touchpoints: counted(say, touchpointsOf(journey).length, 'touchpoint'),
        names: journey.stages.map(shownStage).join(', '),
    };
    if (!journey.persona) return say('a11y.summaryNoPersona', params);
    const persona = model.personas.find(p => p.name === journey.persona!.name);
    return say('a11y.summary', { ...params, persona: persona?.title ? `${persona.name} (${persona.title})` : journey.persona.name });
}

/** The touchpoint with the lowest emotion, the first of them along the path. */
function lowestPoint(journey: JourneyModel, say: Say): string {
    let lowest: { touchpoint: TouchpointModel; stage: string } | undefined;
    for (const stage of journey.stages) {
        for (const touchpoint of stage.touchpoints) {
            const score = touchpoint.emotion?.score;
            if (score !== undefined && (!lowest || score < lowest.touchpoint.emotion!.score)) lowest = { touchpoint, stage: shownStage(stage) };
        }
    }
    if (!lowest) return say('a11y.noEmotion');
    const t = lowest.touchpoint;
    return say('a11y.lowest', { touchpoint: t.title ?? t.name, stage: lowest.stage, score: t.emotion!.score });
}

function gapSentence(gaps: readonly Gap[], say: Say): string {
    if (gaps.length === 0) return say('a11y.noGaps');
    const counts = SEVERITIES
        .map(severity => ({ severity, count: gaps.filter(g => g.severity === severity).length }))
        .filter(c => c.count > 0)
        .map(c => counted(say, c.count, c.severity))
        .join(', ');
    const rank = (g: Gap) => SEVERITIES.indexOf(g.severity);
    const top = [...gaps].sort((a, b) => rank(a) - rank(b)).slice(0, TOP_GAPS)
        .map(g => say('a11y.gap', { severity: say(`severity.${g.severity}`), message: withoutFullStop(g.message) }))
        .join('; ');
    return say('a11y.gaps', { counts, top });
}

/** The compare view: the actual journey described, and what each side has that the other lacks. */
export function compareDescription(model: WorkspaceModel, actual: MapLayout, ideal: MapLayout, gaps: readonly Gap[], missing: number, extra: number): string {
    const say = actual.say;
    const comparison = say('a11y.compare', {
        actual: actual.journey.title ?? actual.journey.name, ideal: ideal.journey.title ?? ideal.journey.name,
        missing: counted(say, missing, 'touchpoint'), extra: counted(say, extra, 'touchpoint'),
    });
    return `${comparison} ${journeyDescription(model, actual, gaps)}`;
}

export function stakeholderDescription(model: WorkspaceModel, say: Say): string {
    return model.stakeholders.length === 0 ? say('stakeholders.none') : say('a11y.stakeholders', { stakeholders: counted(say, model.stakeholders.length, 'stakeholder') });
}

/** A gap's message ends its own sentence; the list of them gets one full stop, at its end. */
function withoutFullStop(message: string): string {
    return message.replace(/[.。]$/u, '');
}
