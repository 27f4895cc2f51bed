import { touchpointsOf, type WorkspaceModel } from '../model/journey-model.js';
import { SEARCH_INDEX, type PagePath, type SitePlan } from './site-plan.js';

export type SearchKind = 'journey' | 'stage' | 'touchpoint' | 'persona' | 'channel' | 'stakeholder';

/** One thing the search box finds: its kind, name, title, other words it is found by, where it sits, its page (from the root). */
export type SearchEntry = [kind: SearchKind, name: string, title: string, words: string, context: string, url: string];

/** Everything the search box can find, in model order: journeys with their stages and touchpoints, then the declarations. */
export function searchEntries(model: WorkspaceModel, plan: SitePlan): SearchEntry[] {
    const entries: SearchEntry[] = [];
    const words = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
    for (const journey of model.journeys) {
        const page = plan.journey(journey);
        const journeyLabel = journey.title ?? journey.name;
        entries.push(['journey', journey.name, journey.title ?? '', words(journey.description, journey.persona?.name), journey.outcome ?? '', page]);
        for (const stage of journey.stages) {
            entries.push(['stage', stage.name, stage.title ?? '', words(stage.description), journeyLabel, anchored(page, plan.stageAnchor(journey, stage.name))]);
        }
        for (const touchpoint of touchpointsOf(journey)) {
            const stage = journey.stages.find(s => s.name === touchpoint.stage);
            entries.push(['touchpoint', touchpoint.name, touchpoint.title ?? '',
                words(touchpoint.description, touchpoint.emotion?.feeling, ...touchpoint.pains, ...touchpoint.needs, touchpoint.channel?.name, touchpoint.owner?.name),
                `${journeyLabel} › ${stage?.title ?? touchpoint.stage}`, anchored(page, plan.touchpointAnchor(journey, touchpoint.name))]);
        }
    }
    for (const persona of model.personas) {
        const page = plan.persona(persona.name);
        if (page) entries.push(['persona', persona.name, persona.title ?? '', words(persona.description, persona.segment, ...persona.goals, ...persona.needs), '', page]);
    }
    for (const channel of model.channels) {
        const page = plan.channel(channel.name);
        if (page) entries.push(['channel', channel.name, channel.title ?? '', words(channel.description), '', page]);
    }
    for (const stakeholder of model.stakeholders) {
        const page = plan.stakeholder(stakeholder.name);
        if (page) entries.push(['stakeholder', stakeholder.name, stakeholder.title ?? '', words(stakeholder.description), '', page]);
    }
    return entries;
}

function anchored(page: PagePath, anchor: string | undefined): string {
    return anchor ? `${page}#${anchor}` : page;
}

/**
 * The index as a script (assets/search-index.js) that sets one global: a page opened from
 * file:// may not fetch() a JSON file beside it, but it may load a script. JSON is valid
 * JavaScript, and in a file of its own no text in it can end a <script> element.
 */
export function searchIndexScript(entries: SearchEntry[]): string {
    return `// The search index of this site (${SEARCH_INDEX}): kind, name, title, words, context, page.\nwindow.journeySearchIndex = ${JSON.stringify(entries)};\n`;
}
