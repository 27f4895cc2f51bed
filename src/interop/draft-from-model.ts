import type {
    ChannelModel, JourneyModel, LaneActionModel, MetricModel, PersonaModel, Quantity, QuestionModel, Range, StageModel, StakeholderModel,
    TouchpointModel, WorkspaceModel,
} from '../model/journey-model.js';
import type {
    DraftChannel, DraftFile, DraftJourney, DraftLane, DraftMetric, DraftPersona, DraftQuantity, DraftQuestion, DraftStage, DraftStakeholder,
    DraftTouchpoint,
} from './journey-draft.js';

/**
 * The journey and the declarations written in the same file, as plain data. Declarations
 * from other files (a shared people file) are only referred to by name, as in the source.
 */
export function draftFromModel(model: WorkspaceModel, journey: JourneyModel): DraftFile {
    const own = <T extends { source: { uri: string; range: Range } }>(items: T[]) =>
        items.filter(item => item.source.uri === journey.source.uri).sort((a, b) => compareRanges(a.source.range, b.source.range));
    return compact({
        personas: own(model.personas).map(personaDraft),
        stakeholders: own(model.stakeholders).map(stakeholderDraft),
        channels: own(model.channels).map(channelDraft),
        journey: journeyDraft(journey),
    });
}

export type DraftDeclarations = Pick<DraftFile, 'personas' | 'stakeholders' | 'channels'>;

/**
 * The declarations from other files that the journey refers to: its persona, the stakeholders
 * that own touchpoints, improvements and questions or act in its lanes, and its channels, in
 * the order they are declared. With them, the journey's file can stand on its own.
 */
export function sharedDeclarations(model: WorkspaceModel, journey: JourneyModel): DraftDeclarations {
    const stakeholders = new Set<string>();
    const channels = new Set<string>();
    const addQuestions = (questions: QuestionModel[]) => questions.forEach(q => q.owner && stakeholders.add(q.owner.name));
    const addLanes = (lanes: LaneActionModel[]) => lanes.forEach(l => l.actor && stakeholders.add(l.actor.name));
    addQuestions(journey.questions);
    journey.improvements.forEach(i => i.owner && stakeholders.add(i.owner.name));
    for (const stage of journey.stages) {
        addQuestions(stage.questions);
        addLanes(stage.lanes);
        for (const touchpoint of stage.touchpoints) {
            if (touchpoint.owner) stakeholders.add(touchpoint.owner.name);
            if (touchpoint.channel) channels.add(touchpoint.channel.name);
            addQuestions(touchpoint.questions);
            addLanes(touchpoint.lanes);
        }
    }
    // A name the journey's own file declares is not repeated; of the others, the first declaration counts.
    const elsewhere = <T extends { name: string; source: { uri: string } }>(items: T[], used: Set<string>) => {
        for (const item of items) if (item.source.uri === journey.source.uri) used.delete(item.name);
        const firsts = new Map<string, T>();
        for (const item of items) if (used.has(item.name) && !firsts.has(item.name)) firsts.set(item.name, item);
        return [...firsts.values()];
    };
    return compact({
        personas: elsewhere(model.personas, new Set(journey.persona ? [journey.persona.name] : [])).map(personaDraft),
        stakeholders: elsewhere(model.stakeholders, stakeholders).map(stakeholderDraft),
        channels: elsewhere(model.channels, channels).map(channelDraft),
    });
}

function personaDraft(p: PersonaModel): DraftPersona {
    return { name: p.name, title: p.title, description: p.description, segment: p.segment, goals: p.goals, needs: p.needs };
}

function stakeholderDraft(s: StakeholderModel): DraftStakeholder {
    return { name: s.name, title: s.title, influence: s.influence, interest: s.interest, description: s.description };
}

function channelDraft(c: ChannelModel): DraftChannel {
    return { name: c.name, title: c.title, description: c.description };
}

function journeyDraft(journey: JourneyModel): DraftJourney {
    return {
        name: journey.name,
        title: journey.title,
        ideal: journey.kind === 'ideal',
        improves: journey.improves?.name,
        persona: journey.persona?.name,
        outcome: journey.outcome,
        language: journey.language,
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
