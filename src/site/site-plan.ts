import path from 'node:path';
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { touchpointsOf } from '../model/journey-model.js';
import { uniqueSlugs } from './slugs.js';

/** A page of the site: its path from the site's root, with forward slashes. */
export type PagePath = string;

export const INDEX_PAGE: PagePath = 'index.html';
export const STYLESHEET: PagePath = 'assets/site.css';
export const SEARCH_SCRIPT: PagePath = 'assets/search.js';
export const SEARCH_INDEX: PagePath = 'assets/search-index.js';

/**
 * Where every page of the site is: one per journey, per declared persona, channel and
 * stakeholder, each under its own folder, with anchors for stages and touchpoints. Decided
 * once, from the whole model, so every page links to the same place.
 */
export class SitePlan {
    private readonly journeys = new Map<JourneyModel, PagePath>();
    private readonly personas = new Map<string, PagePath>();
    private readonly channels = new Map<string, PagePath>();
    private readonly stakeholders = new Map<string, PagePath>();
    private readonly touchpointAnchors = new Map<JourneyModel, Map<string, string>>();
    private readonly stageAnchors = new Map<JourneyModel, Map<string, string>>();

    constructor(readonly model: WorkspaceModel) {
        const journeySlugs = uniqueSlugs(model.journeys.map(j => j.name), 'journey');
        model.journeys.forEach((journey, i) => {
            this.journeys.set(journey, `journeys/${journeySlugs[i]}.html`);
            this.touchpointAnchors.set(journey, anchors(touchpointsOf(journey).map(t => t.name), 'tp'));
            this.stageAnchors.set(journey, anchors(journey.stages.map(s => s.name), 'stage'));
        });
        place(this.personas, model.personas.map(p => p.name), 'personas', 'persona');
        place(this.channels, model.channels.map(c => c.name), 'channels', 'channel');
        place(this.stakeholders, model.stakeholders.map(s => s.name), 'stakeholders', 'stakeholder');
    }

    journey(journey: JourneyModel): PagePath {
        return this.journeys.get(journey)!;
    }

    /** The page of the journey of that name (the first, if the name is repeated). */
    journeyNamed(name: string): PagePath | undefined {
        const journey = this.model.journeys.find(j => j.name === name);
        return journey && this.journey(journey);
    }

    persona(name: string | undefined): PagePath | undefined {
        return name === undefined ? undefined : this.personas.get(name);
    }

    channel(name: string | undefined): PagePath | undefined {
        return name === undefined ? undefined : this.channels.get(name);
    }

    stakeholder(name: string | undefined): PagePath | undefined {
        return name === undefined ? undefined : this.stakeholders.get(name);
    }

    /** The id of a touchpoint's row on its journey's page. */
    touchpointAnchor(journey: JourneyModel, touchpoint: string): string | undefined {
        return this.touchpointAnchors.get(journey)?.get(touchpoint);
    }

    stageAnchor(journey: JourneyModel, stage: string): string | undefined {
        return this.stageAnchors.get(journey)?.get(stage);
    }

    /** Every page path, for the writer: index, journeys, personas, channels, stakeholders. */
    pages(): PagePath[] {
        return [INDEX_PAGE, ...this.journeys.values(), ...this.personas.values(), ...this.channels.values(), ...this.stakeholders.values()];
    }
}

function place(into: Map<string, PagePath>, names: string[], folder: string, fallback: string): void {
    const slugs = uniqueSlugs(names, fallback);
    // A repeated declaration (a map error): the first one gets the page.
    names.forEach((name, i) => { if (!into.has(name)) into.set(name, `${folder}/${slugs[i]}.html`); });
}

function anchors(names: string[], prefix: string): Map<string, string> {
    const slugs = uniqueSlugs(names, prefix);
    const map = new Map<string, string>();
    names.forEach((name, i) => { if (!map.has(name)) map.set(name, `${prefix}-${slugs[i]}`); });
    return map;
}

/** A link from one page of the site to another (or to a place on it): relative, so the site works anywhere. */
export function href(from: PagePath, to: PagePath, anchor?: string): string {
    const relative = to === from && anchor ? '' : path.posix.relative(path.posix.dirname(from), to);
    return `${relative}${anchor ? `#${anchor}` : ''}`;
}

/** The site's root folder as seen from a page: '' or '../'. */
export function rootOf(from: PagePath): string {
    return '../'.repeat(from.split('/').length - 1);
}
