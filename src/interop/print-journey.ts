import type {
    DraftChannel, DraftFile, DraftImprovement, DraftJourney, DraftLane, DraftMetric, DraftPersona, DraftQuantity, DraftQuestion,
    DraftStage, DraftStakeholder, DraftTouchpoint,
} from './journey-draft.js';
import { isIdentifier } from './identifiers.js';

/**
 * Writes a draft as .journey text in the layout of the examples: 4-space indentation, a
 * touchpoint's channel, owner and emotion on its first line, blank lines between groups.
 * Deliberately independent of the editor's formatter, so that the import works on its own.
 */
export function printJourneyFile(file: DraftFile): string {
    const groups = [
        file.personas.map(printPersona),
        file.stakeholders.map(printStakeholder),
        file.channels.map(printChannel),
    ].filter(group => group.length > 0).map(group => group.join('\n'));
    return [...groups, printJourney(file.journey)].join('\n\n') + '\n';
}

const INDENT = '    ';

/** `header { fields }` with the fields indented, or the bare header when there are none. */
function block(header: string, fields: string[]): string {
    if (fields.length === 0) return header;
    return `${header} {\n${fields.map(indent).join('\n')}\n}`;
}

function indent(text: string): string {
    return text.split('\n').map(line => (line ? INDENT + line : line)).join('\n');
}

function heading(keyword: string, element: { name: string; title?: string }): string {
    return `${keyword} ${element.name}${element.title !== undefined ? ` ${quote(element.title)}` : ''}`;
}

function printPersona(persona: DraftPersona): string {
    return block(heading('persona', persona), [
        ...optional('description', persona.description),
        ...optional('segment', persona.segment),
        ...(persona.goals ?? []).map(goal => `goal ${quote(goal)}`),
        ...(persona.needs ?? []).map(need => `need ${quote(need)}`),
    ]);
}

function printStakeholder(stakeholder: DraftStakeholder): string {
    const levels = [
        stakeholder.influence && `influence ${stakeholder.influence}`,
        stakeholder.interest && `interest ${stakeholder.interest}`,
    ].filter(Boolean).join(' ');
    return block(`${heading('stakeholder', stakeholder)}${levels ? ` ${levels}` : ''}`, optional('description', stakeholder.description));
}

function printChannel(channel: DraftChannel): string {
    return block(heading('channel', channel), optional('description', channel.description));
}

function printJourney(journey: DraftJourney): string {
    const header = `${journey.ideal ? 'ideal ' : ''}${heading('journey', journey)}${journey.improves ? ` improves ${journey.improves}` : ''}`;
    const sections = [
        [
            ...(journey.persona ? [`persona ${journey.persona}`] : []),
            ...optional('outcome', journey.outcome),
            ...(journey.language ? [`language ${journey.language}`] : []),
            ...optional('description', journey.description),
            ...(journey.metrics ?? []).map(printMetric),
        ].join('\n'),
        ...journey.stages.map(printStage),
        (journey.improvements ?? []).map(printImprovement).join('\n'),
        (journey.questions ?? []).map(printQuestion).join('\n'),
    ].filter(Boolean);
    return `${header} {\n${sections.map(indent).join('\n\n')}${sections.length ? '\n' : ''}}`;
}

function printStage(stage: DraftStage): string {
    return block(heading('stage', stage), [
        ...optional('description', stage.description),
        ...(stage.metrics ?? []).map(printMetric),
        ...(stage.lanes ?? []).map(printLane),
        ...(stage.questions ?? []).map(printQuestion),
        ...stage.touchpoints.map(printTouchpoint),
    ]);
}

function printTouchpoint(touchpoint: DraftTouchpoint): string {
    const emotion = touchpoint.emotion && `emotion ${number(touchpoint.emotion.score)}${touchpoint.emotion.feeling !== undefined ? ` ${feeling(touchpoint.emotion.feeling)}` : ''}`;
    const first = [
        touchpoint.channel && `channel ${touchpoint.channel}`,
        touchpoint.owner && `owner ${touchpoint.owner}`,
        emotion,
    ].filter(Boolean).join('  ');
    return block(heading('touchpoint', touchpoint), [
        ...(first ? [first] : []),
        ...optional('description', touchpoint.description),
        ...(touchpoint.repeats ? [`repeats ${touchpoint.repeats}`] : []),
        ...(touchpoint.needs ?? []).map(text => `need ${quote(text)}`),
        ...(touchpoint.perceptions ?? []).map(text => `perception ${quote(text)}`),
        ...(touchpoint.successCriteria ?? []).map(text => `success ${quote(text)}`),
        ...(touchpoint.pains ?? []).map(text => `pain ${quote(text)}`),
        ...(touchpoint.momentOfTruth ? ['moment of truth'] : []),
        ...(touchpoint.givesUp ? [`gives up${touchpoint.giveUpReason !== undefined ? ` ${quote(touchpoint.giveUpReason)}` : ''}`] : []),
        ...(touchpoint.reachesOutcome ? ['reaches outcome'] : []),
        ...(touchpoint.metrics ?? []).map(printMetric),
        ...(touchpoint.lanes ?? []).map(printLane),
        ...(touchpoint.questions ?? []).map(printQuestion),
        ...(touchpoint.evidence ? [`evidence ${touchpoint.evidence}`] : []),
    ]);
}

function printImprovement(improvement: DraftImprovement): string {
    return block(heading('improvement', improvement), [
        ...(improvement.addresses?.length ? [`addresses ${improvement.addresses.join(', ')}`] : []),
        ...(improvement.owner ? [`owner ${improvement.owner}`] : []),
        ...(improvement.priority ? [`priority ${improvement.priority}`] : []),
        ...(improvement.status ? [`status ${improvement.status}`] : []),
        ...optional('description', improvement.description),
    ]);
}

/** Short questions stay on one line, as in the examples; one with an answer gets a block. */
function printQuestion(question: DraftQuestion): string {
    const fields = [
        ...(question.about?.length ? [`about ${question.about.join(', ')}`] : []),
        ...(question.owner ? [`owner ${question.owner}`] : []),
    ];
    const header = `question ${quote(question.text)}`;
    if (question.answer !== undefined) return block(header, [...fields, `answer ${quote(question.answer)}`]);
    return fields.length ? `${header} { ${fields.join(' ')} }` : header;
}

function printMetric(metric: DraftMetric): string {
    const comparison = metric.comparison === 'at-most' ? '<= ' : metric.comparison === 'at-least' ? '>= ' : '';
    return [
        `metric ${metric.name}`,
        ...(metric.title !== undefined ? [quote(metric.title)] : []),
        ...(metric.actual ? [`actual ${quantity(metric.actual)}`] : []),
        ...(metric.target ? [`target ${comparison}${quantity(metric.target)}`] : []),
    ].join(' ');
}

function printLane(lane: DraftLane): string {
    return `${lane.lane} ${quote(lane.text)}${lane.actor ? ` by ${lane.actor}` : ''}`;
}

function quantity(value: DraftQuantity): string {
    if (value.unit === undefined) return number(value.value);
    if (value.unit === '%') return `${number(value.value)}%`;
    return `${number(value.value)} ${isIdentifier(value.unit) ? value.unit : quote(value.unit)}`;
}

/** Level words and `up` are keywords, yet the grammar takes them as feelings. */
const FEELING_KEYWORDS = new Set(['low', 'medium', 'high', 'up']);

function feeling(text: string): string {
    return isIdentifier(text) || FEELING_KEYWORDS.has(text) ? text : quote(text);
}

/** Plain decimal notation: the grammar's NUMBER has no exponent. */
function number(value: number): string {
    const text = String(value);
    if (!/e/i.test(text)) return text;
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function optional(keyword: string, text: string | undefined): string[] {
    return text === undefined ? [] : [`${keyword} ${quote(text)}`];
}

const ESCAPES: Record<string, string> = {
    '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\0',
};

/** A quoted text the grammar reads back exactly (its value converter undoes these escapes). */
export function quote(text: string): string {
    return `"${text.replace(/[\\"\n\r\t\b\f\v\0]/g, ch => ESCAPES[ch])}"`;
}
