import { touchpointsOf, type JourneyModel } from '../model/journey-model.js';
import { counted, sayIn } from '../render/render-messages.js';
import { gapList, ruleGlossary, severityCounts, severityLabel, SEVERITIES } from './gap-list.js';
import { h, join, text } from './html.js';
import { publishedSvg } from './published-svg.js';
import { framePage, gapListContext, gapsOfJourney, type SiteContext } from './site-context.js';
import { labelOf, linkOr } from './site-links.js';
import { saySiteIn } from './site-messages.js';
import { href, INDEX_PAGE } from './site-plan.js';

/**
 * The home page: every journey with its persona, outcome, kind, file and gaps by severity;
 * then the personas, channels and stakeholders, each with where it is used; then the gaps that
 * belong to no journey.
 */
export function indexPage(context: SiteContext): string {
    const { model, plan, locale } = context;
    const say = saySiteIn(locale);
    const sayRender = sayIn(locale);
    const page = INDEX_PAGE;
    const touchpoints = model.journeys.reduce((n, j) => n + touchpointsOf(j).length, 0);
    const summary = say('index.summary', {
        journeys: counted(sayRender, model.journeys.length, 'journey'),
        touchpoints: counted(sayRender, touchpoints, 'touchpoint'),
        gaps: counted(sayRender, context.gaps.length, 'gap'),
    });
    const shownSeverities = SEVERITIES.filter(s => s !== 'hint' || model.journeys.some(j => gapsOfJourney(context, j).some(g => g.severity === 'hint')));
    const journeys = sortedJourneys(model.journeys, locale);
    const journeyTable = journeys.length === 0 ? h('p', { class: 'none' }, text(say('index.noJourneys'))) : h('div', { class: 'table-scroll' }, h('table', { class: 'journeys' },
        h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, text(say('column.journey'))),
            h('th', { scope: 'col' }, text(say('column.kind'))),
            h('th', { scope: 'col' }, text(say('column.persona'))),
            h('th', { scope: 'col' }, text(say('column.outcome'))),
            h('th', { scope: 'col' }, text(say('column.file'))),
            ...shownSeverities.map(severity => h('th', { scope: 'col', class: 'number' }, severityLabel(severity, say))))),
        h('tbody', {}, ...journeys.map(journey => {
            const counts = severityCounts(gapsOfJourney(context, journey));
            const persona = journey.persona;
            return h('tr', {},
                h('th', { scope: 'row' }, h('a', { href: href(page, plan.journey(journey)) }, text(journey.title ?? journey.name)), journey.title ? join([' ', h('span', { class: 'muted' }, text(journey.name))]) : ''),
                h('td', {}, h('span', { class: `tag ${journey.kind}` }, text(say(journey.kind === 'ideal' ? 'kind.ideal' : 'kind.actual')))),
                h('td', {}, persona ? linkOr(page, plan.persona(persona.name), personaLabel(context, persona.name)) : ''),
                h('td', {}, text(journey.outcome ?? '')),
                h('td', {}, text(context.fileOf(journey.source.uri))),
                ...shownSeverities.map(severity => h('td', { class: `number ${counts[severity] > 0 ? `sev-${severity}` : 'zero'}` }, String(counts[severity]))));
        }))));
    const personas = cardList(model.personas.map(persona => {
        const used = model.journeys.filter(j => j.persona?.name === persona.name);
        return card(linkOr(page, plan.persona(persona.name), labelOf(persona)), persona.description, usedIn(used.length));
    }), say('index.none'));
    const channels = cardList(model.channels.map(channel => {
        const used = model.journeys.flatMap(touchpointsOf).filter(t => t.channel?.name === channel.name).length;
        return card(linkOr(page, plan.channel(channel.name), labelOf(channel)), channel.description, counted(sayRender, used, 'touchpoint'));
    }), say('index.none'));
    const stakeholders = cardList(model.stakeholders.map(stakeholder => {
        const owns = model.journeys.flatMap(touchpointsOf).filter(t => t.owner?.name === stakeholder.name).length;
        return card(linkOr(page, plan.stakeholder(stakeholder.name), labelOf(stakeholder)), stakeholder.description, counted(sayRender, owns, 'touchpoint'));
    }), say('index.none'));
    const stakeholderMap = model.stakeholders.length > 0
        ? h('figure', { class: 'map' }, publishedSvg(model, context.gaps, { view: 'stakeholders', theme: context.theme, locale }))
        : '';
    const workspaceGaps = context.report.workspaceGaps;
    const content = join([
        h('h1', {}, text(say('index.heading'))),
        h('p', { class: 'lead' }, text(summary)),
        h('h2', { id: 'journeys' }, text(say('index.journeys'))),
        journeyTable,
        model.personas.length > 0 && join([h('h2', { id: 'personas' }, text(say('index.personas'))), personas]),
        model.channels.length > 0 && join([h('h2', { id: 'channels' }, text(say('index.channels'))), channels]),
        model.stakeholders.length > 0 && join([h('h2', { id: 'stakeholders' }, text(say('index.stakeholders'))), stakeholderMap, stakeholders]),
        workspaceGaps.length > 0 && join([
            h('h2', { id: 'workspace-gaps' }, text(say('index.declarationGaps'))),
            gapList(workspaceGaps, gapListContext(context, page, locale, say)),
            ruleGlossary(workspaceGaps, locale, say),
        ]),
    ]);
    return framePage(context, page, locale, say('index.heading'), content);

    function usedIn(journeys: number): string {
        return counted(sayRender, journeys, 'journey');
    }
}

function personaLabel(context: SiteContext, name: string): string {
    const persona = context.model.personas.find(p => p.name === name);
    return persona ? labelOf(persona) : name;
}

function card(heading: string, description: string | undefined, note: string): string {
    return h('li', {}, h('strong', {}, heading), description ? h('div', {}, text(description)) : '', h('div', { class: 'muted' }, text(note)));
}

function cardList(items: string[], none: string): string {
    return items.length > 0 ? h('ul', { class: 'cards' }, ...items) : h('p', { class: 'none' }, text(none));
}

/**
 * Journeys by what they are about: each actual journey (by its title, in the page's language's
 * order), followed by the ideal journeys that improve it; ideals of no journey of the site last.
 */
export function sortedJourneys(journeys: readonly JourneyModel[], locale: string): JourneyModel[] {
    const collator = new Intl.Collator(locale);
    const label = (j: JourneyModel) => j.title ?? j.name;
    const family = (j: JourneyModel) => {
        if (j.kind !== 'ideal' || !j.improves) return j;
        return journeys.find(a => a.kind === 'actual' && a.name === j.improves!.name) ?? j;
    };
    return [...journeys].sort((a, b) => collator.compare(label(family(a)), label(family(b)))
        || (family(a) === family(b) ? 0 : family(a).name < family(b).name ? -1 : 1)
        || (a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1)
        || collator.compare(label(a), label(b))
        || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
