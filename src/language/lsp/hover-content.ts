import type { Gap } from '../../model/gap.js';
import {
    touchpointsOf, type ChannelModel, type PersonaModel, type Range, type StakeholderModel,
    type TouchpointModel, type WorkspaceModel,
} from '../../model/journey-model.js';
import { counterpartsByTouchpoint, emotionText } from './touchpoint-counterparts.js';

/** Markdown for hovers, computed from the workspace model and its gaps. */

export function touchpointHover(model: WorkspaceModel, gaps: Gap[], touchpoint: TouchpointModel): string {
    const journey = model.journeys.find(j => touchpointsOf(j).includes(touchpoint));
    const lines = [heading('Touchpoint', touchpoint.name, touchpoint.title)];
    if (journey) lines.push(`${journey.kind === 'ideal' ? 'Ideal' : 'Actual'} journey \`${journey.name}\`, stage \`${touchpoint.stage}\``);
    else lines.push(`Stage \`${touchpoint.stage}\``);
    lines.push(bullets([
        ['Channel', touchpoint.channel && `\`${touchpoint.channel.name}\``],
        ['Owner', touchpoint.owner && `\`${touchpoint.owner.name}\``],
        ['Emotion', emotionText(touchpoint.emotion)],
        counterpartLine(model, touchpoint),
    ]));
    const inside = gaps.filter(gap => gap.location.uri === touchpoint.source.uri && contains(touchpoint.source.range, gap.location.range));
    if (inside.length > 0) lines.push(`**Gaps**\n\n${inside.map(gap => `- ${gap.severity} \`${gap.code}\`: ${gap.message}`).join('\n')}`);
    return lines.join('\n\n');
}

export function stakeholderHover(model: WorkspaceModel, stakeholder: StakeholderModel): string {
    const owned = model.journeys.flatMap(journey => touchpointsOf(journey)
        .filter(t => t.owner?.name === stakeholder.name)
        .map(t => `\`${t.name}\` (${journey.name})`));
    const improvements = model.journeys.flatMap(journey => journey.improvements
        .filter(i => i.owner?.name === stakeholder.name)
        .map(i => `\`${i.name}\` (${journey.name})`));
    return [
        heading('Stakeholder', stakeholder.name, stakeholder.title),
        bullets([['Influence', stakeholder.influence], ['Interest', stakeholder.interest]]),
        stakeholder.description,
        `Owns touchpoints: ${list(owned)}`,
        `Owns improvements: ${list(improvements)}`,
    ].filter(Boolean).join('\n\n');
}

export function channelHover(model: WorkspaceModel, channel: ChannelModel): string {
    const uses = model.journeys.flatMap(journey => touchpointsOf(journey)
        .filter(t => t.channel?.name === channel.name)
        .map(t => `\`${t.name}\` (${journey.name})`));
    return [heading('Channel', channel.name, channel.title), channel.description, `Used by touchpoints: ${list(uses)}`]
        .filter(Boolean).join('\n\n');
}

export function personaHover(model: WorkspaceModel, persona: PersonaModel): string {
    const journeys = model.journeys.filter(j => j.persona?.name === persona.name).map(j => `\`${j.name}\``);
    return [
        heading('Persona', persona.name, persona.title),
        bullets([['Segment', persona.segment]]),
        persona.description,
        `Used in journeys: ${list(journeys)}`,
    ].filter(Boolean).join('\n\n');
}

/** The emotion at the same-named touchpoint of the (first) paired ideal or actual journey. */
function counterpartLine(model: WorkspaceModel, touchpoint: TouchpointModel): [string, string | undefined] {
    const counterpart = counterpartsByTouchpoint(model).get(touchpoint)?.[0];
    if (!counterpart) return ['', undefined];
    const side = counterpart.side === 'ideal' ? 'Ideal' : 'Actual';
    return [`${side} emotion (${counterpart.journey})`, emotionText(counterpart.touchpoint.emotion) ?? 'not given'];
}

function heading(kind: string, name: string, title: string | undefined): string {
    return `**${kind}** \`${name}\`${title ? ` — ${title}` : ''}`;
}

function bullets(rows: [string, string | undefined][]): string {
    return rows.filter(([, value]) => value !== undefined).map(([key, value]) => `- ${key}: ${value}`).join('\n');
}

function list(items: string[]): string {
    return items.length > 0 ? items.join(', ') : 'none';
}

function contains(outer: Range, inner: Range): boolean {
    return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
