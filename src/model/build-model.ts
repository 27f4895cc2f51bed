import { AstUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import {
    isChannel, isJourney, isPersona, isStakeholder,
    type Emotion, type Improvement, type Journey, type LaneAction, type Metric, type Model, type Quantity as AstQuantity,
    type Question, type Stage, type Touchpoint,
} from '../language/generated/ast.js';
import { firstNodeForProperty } from '../language/cst-assignments.js';
import { compareText } from './text-order.js';
import {
    MODEL_VERSION, type EmotionModel, type ImprovementModel, type JourneyModel, type LaneActionModel, type MetricModel,
    type NameRef, type Quantity, type QuestionModel, type Range, type Source, type StageModel, type TouchpointModel,
    type WorkspaceModel,
} from './journey-model.js';

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** What one document contributes to the workspace model. */
export type DocumentModel = Omit<WorkspaceModel, 'version'>;

/** Builds the workspace model from linked documents, in a stable order (by URI, then by position). */
export function buildWorkspaceModel(documents: Iterable<LangiumDocument<Model>>, modelOf: (document: LangiumDocument<Model>) => DocumentModel = buildDocumentModel): WorkspaceModel {
    const model: WorkspaceModel = { version: MODEL_VERSION, personas: [], stakeholders: [], channels: [], journeys: [] };
    const sorted = [...documents].sort((a, b) => compareText(a.uri.toString(), b.uri.toString()));
    for (const document of sorted) {
        const part = modelOf(document);
        // Loops, not push(...): a spread of a huge generated file's list would overflow the stack.
        for (const persona of part.personas) model.personas.push(persona);
        for (const stakeholder of part.stakeholders) model.stakeholders.push(stakeholder);
        for (const channel of part.channels) model.channels.push(channel);
        for (const journey of part.journeys) model.journeys.push(journey);
    }
    return model;
}

/** One linked document's declarations and journeys. */
export function buildDocumentModel(document: LangiumDocument<Model>): DocumentModel {
    const part: DocumentModel = { personas: [], stakeholders: [], channels: [], journeys: [] };
    const root = document.parseResult.value;
    if (!root?.elements) return part;
    for (const element of root.elements) {
        if (!element.name) continue; // a syntax error is reported for it
        if (isPersona(element)) {
            part.personas.push({
                name: element.name, title: element.title, description: element.description, segment: element.segment,
                goals: [...element.goals], needs: [...element.needs], source: sourceOf(element),
            });
        } else if (isStakeholder(element)) {
            part.stakeholders.push({
                name: element.name, title: element.title, influence: element.influence, interest: element.interest,
                description: element.description, source: sourceOf(element),
            });
        } else if (isChannel(element)) {
            part.channels.push({ name: element.name, title: element.title, description: element.description, source: sourceOf(element) });
        } else if (isJourney(element)) {
            part.journeys.push(journeyModel(element));
        }
    }
    return withoutUndefined(part);
}

function journeyModel(journey: Journey): JourneyModel {
    let index = 0;
    const stages = journey.stages.filter(s => s.name).map(stage => stageModel(stage, () => index++));
    return {
        name: journey.name,
        title: journey.title,
        kind: journey.ideal ? 'ideal' : 'actual',
        improves: nameRef(journey.improves),
        persona: nameRef(journey.persona),
        outcome: journey.outcome,
        language: journey.language,
        description: journey.description,
        metrics: journey.metrics.filter(m => m.name).map(metricModel),
        stages,
        improvements: journey.improvements.filter(i => i.name).map(improvementModel),
        questions: journey.questions.filter(q => q.text !== undefined).map(questionModel),
        source: sourceOf(journey),
    };
}

function stageModel(stage: Stage, nextIndex: () => number): StageModel {
    return {
        name: stage.name,
        title: stage.title,
        description: stage.description,
        metrics: stage.metrics.filter(m => m.name).map(metricModel),
        lanes: stage.lanes.filter(a => a.text !== undefined).map(laneModel),
        questions: stage.questions.filter(q => q.text !== undefined).map(questionModel),
        touchpoints: stage.touchpoints.filter(t => t.name).map(t => touchpointModel(t, stage.name, nextIndex())),
        source: sourceOf(stage),
    };
}

function touchpointModel(touchpoint: Touchpoint, stage: string, index: number): TouchpointModel {
    return {
        name: touchpoint.name,
        title: touchpoint.title,
        stage,
        index,
        channel: nameRef(touchpoint.channel),
        owner: nameRef(touchpoint.owner),
        emotion: emotionModel(touchpoint.emotion),
        description: touchpoint.description,
        needs: [...touchpoint.needs],
        perceptions: [...touchpoint.perceptions],
        successCriteria: [...touchpoint.successCriteria],
        pains: [...touchpoint.pains],
        momentOfTruth: touchpoint.momentOfTruth,
        givesUp: touchpoint.givesUp,
        giveUpReason: touchpoint.giveUpReason,
        reachesOutcome: touchpoint.reachesOutcome,
        repeats: nameRef(touchpoint.repeats),
        evidence: touchpoint.evidence,
        metrics: touchpoint.metrics.filter(m => m.name).map(metricModel),
        lanes: touchpoint.lanes.filter(a => a.text !== undefined).map(laneModel),
        questions: touchpoint.questions.filter(q => q.text !== undefined).map(questionModel),
        source: sourceOf(touchpoint),
    };
}

function emotionModel(emotion: Emotion | undefined): EmotionModel | undefined {
    if (!emotion || !Number.isFinite(emotion.score)) return undefined;
    return { score: emotion.score, feeling: emotion.feeling, range: rangeOf(emotion) };
}

function metricModel(metric: Metric): MetricModel {
    const comparison = metric.comparison === '<=' || metric.comparison === '≤' ? 'at-most'
        : metric.comparison === '>=' || metric.comparison === '≥' ? 'at-least' : undefined;
    return {
        name: metric.name,
        title: metric.title,
        actual: quantity(metric.actual),
        target: quantity(metric.target),
        comparison,
        source: sourceOf(metric),
    };
}

function quantity(value: AstQuantity | undefined): Quantity | undefined {
    if (!value || !Number.isFinite(value.value)) return undefined; // an unreadable number is reported by the language
    return { value: value.value, unit: value.unit, range: rangeOf(value) };
}

function laneModel(action: LaneAction): LaneActionModel {
    return { lane: action.lane, text: action.text, actor: nameRef(action.actor), source: sourceOf(action) };
}

function improvementModel(improvement: Improvement): ImprovementModel {
    return {
        name: improvement.name,
        title: improvement.title,
        addresses: improvement.addresses.map(nameRef).filter(isDefined),
        owner: nameRef(improvement.owner),
        priority: improvement.priority,
        status: improvement.status as ImprovementModel['status'],
        description: improvement.description,
        source: sourceOf(improvement),
    };
}

function questionModel(question: Question): QuestionModel {
    return {
        text: question.text,
        answer: question.answer,
        about: question.about.map(nameRef).filter(isDefined),
        owner: nameRef(question.owner),
        source: sourceOf(question, 'text'),
    };
}

function nameRef(reference: Reference | undefined): NameRef | undefined {
    if (!reference || !reference.$refText) return undefined;
    return { name: reference.$refText.normalize('NFC'), resolved: reference.ref !== undefined, range: reference.$refNode?.range ?? EMPTY_RANGE };
}

function sourceOf(node: AstNode, nameProperty = 'name'): Source {
    const nameRange = firstNodeForProperty(node.$cstNode, nameProperty)?.range;
    return { uri: AstUtils.getDocument(node).uri.toString(), range: rangeOf(node), nameRange };
}

function rangeOf(node: AstNode): Range {
    const range = node.$cstNode?.range ?? EMPTY_RANGE;
    return { start: { ...range.start }, end: { ...range.end } };
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

/**
 * Optional fields are left out rather than set to undefined, so the model equals its JSON.
 * Copies (deleting keys would put the objects in V8's slow dictionary mode); a JSON round trip
 * did the same at twice the cost.
 */
function withoutUndefined<T>(value: T): T {
    if (Array.isArray(value)) return value.map(withoutUndefined) as T;
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key in record) {
        const field = record[key];
        if (field !== undefined) copy[key] = typeof field === 'object' ? withoutUndefined(field) : field;
    }
    return copy as T;
}
