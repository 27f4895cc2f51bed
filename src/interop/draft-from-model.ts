import type {
    JourneyModel, LaneActionModel, MetricModel, Quantity, QuestionModel, Range, StageModel, TouchpointModel, WorkspaceModel,
} from '../model/journey-model.js';
import type {
    DraftFile, DraftJourney, DraftLane, DraftMetric, DraftQuantity, DraftQuestion, DraftStage, DraftTouchpoint,
} from './journey-draft.js';

/**
 * The journey and the declarations written in the same file, as plain data. Declarations
 * from other files (a shared people file) are only referred to by name, as in the source.
 */
export function draftFromModel(model: WorkspaceModel, journey: JourneyModel): DraftFile {
    const own = <T extends { source: { uri: string; range: Range } }>(items: T[]) =>
        items.filter(item => item.source.uri === journey.source.uri).sort((a, b) => compareRanges(a.source.range, b.source.range));
    return compact({
        personas: own(model.personas).map(p => ({ name: p.name, title: p.title, description: p.description, segment: p.segment, goals: p.goals, needs: p.needs })),
        stakeholders: own(model.stakeholders).map(s => ({ name: s.name, title: s.title, influence: s.influence, interest: s.interest, description: s.description })),
        channels: own(model.channels).map(c => ({ name: c.name, title: c.title, description: c.description })),
        journey: journeyDraft(journey),
    });
}

function journeyDraft(journey: JourneyModel): DraftJourney {
    return {
        name: journey.name,
        title: journey.title,
        ideal: journey.kind === 'ideal',
        improves: journey.improves?.name,
        persona: journey.persona?.name,
        outcome: journey.outcome,
        description: journey.description,
        metrics: journey.metrics.map(metricDraft),
        stages: journey.stages.map(stageDraft),
        improvements: journey.improvements.map(i => ({
            name: i.name, title: i.title, addresses: i.addresses.map(a => a.name), owner: i.owner?.name, priority: i.priority, status: i.status, description: i.description,
        })),
        questions: journey.questions.map(questionDraft),
    };
}

function stageDraft(stage: StageModel): DraftStage {
    return {
        name: stage.name,
        title: stage.title,
        description: stage.description,
        metrics: stage.metrics.map(metricDraft),
        lanes: stage.lanes.map(laneDraft),
        questions: stage.questions.map(questionDraft),
        touchpoints: stage.touchpoints.map(touchpointDraft),
    };
}

function touchpointDraft(touchpoint: TouchpointModel): DraftTouchpoint {
    return {
        name: touchpoint.name,
        title: touchpoint.title,
        channel: touchpoint.channel?.name,
        owner: touchpoint.owner?.name,
        emotion: touchpoint.emotion && { score: touchpoint.emotion.score, feeling: touchpoint.emotion.feeling },
        description: touchpoint.description,
        needs: touchpoint.needs,
        perceptions: touchpoint.perceptions,
        successCriteria: touchpoint.successCriteria,
        pains: touchpoint.pains,
        momentOfTruth: touchpoint.momentOfTruth,
        givesUp: touchpoint.givesUp,
        giveUpReason: touchpoint.giveUpReason,
        reachesOutcome: touchpoint.reachesOutcome,
        repeats: touchpoint.repeats?.name,
        evidence: touchpoint.evidence,
        metrics: touchpoint.metrics.map(metricDraft),
        lanes: touchpoint.lanes.map(laneDraft),
        questions: touchpoint.questions.map(questionDraft),
    };
}

function metricDraft(metric: MetricModel): DraftMetric {
    return { name: metric.name, title: metric.title, actual: quantityDraft(metric.actual), target: quantityDraft(metric.target), comparison: metric.comparison };
}

function quantityDraft(quantity: Quantity | undefined): DraftQuantity | undefined {
    return quantity && { value: quantity.value, unit: quantity.unit };
}

function laneDraft(lane: LaneActionModel): DraftLane {
    return { lane: lane.lane, text: lane.text, actor: lane.actor?.name };
}

function questionDraft(question: QuestionModel): DraftQuestion {
    return { text: question.text, answer: question.answer, about: question.about.map(a => a.name), owner: question.owner?.name };
}

function compareRanges(a: Range, b: Range): number {
    return a.start.line - b.start.line || a.start.character - b.start.character;
}

/**
 * Leaves out undefined fields, empty lists and false flags, recursively, so that drafts built
 * from a model and drafts read back from Mermaid compare equal. A journey's `stages` and a
 * stage's `touchpoints` are always kept.
 */
export function compact<T>(value: T): T {
    return prune(value) as T;
}

const KEPT_EMPTY = new Set(['stages', 'touchpoints', 'personas', 'stakeholders', 'channels']);

function prune(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(prune);
    if (value === null || typeof value !== 'object') return value;
    const result: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) {
        if (field === undefined || field === false) continue;
        if (Array.isArray(field) && field.length === 0 && !KEPT_EMPTY.has(name)) continue;
        result[name] = prune(field);
    }
    return result;
}
