import { LOCALE_NAMES, type Locale } from '../i18n/locales.js';
import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { gapsByPlace } from '../render/gaps-by-place.js';
import { gapList, ruleGlossary, severityCountList } from './gap-list.js';
import { h, join, text } from './html.js';
import { publishedSvg } from './published-svg.js';
import { framePage, gapListContext, gapsOfJourney, localeOfJourney, type SiteContext } from './site-context.js';
import { labelOf, linkOr } from './site-links.js';
import { saySiteIn, type SaySite } from './site-messages.js';
import { href, INDEX_PAGE, type PagePath } from './site-plan.js';

/**
 * A journey's page, in the journey's language: what it is, its map, the comparison with each
 * ideal journey it has (or the actual journey it improves), its touchpoints as a table (each
 * row an anchor the other pages link to), and its gaps.
 */
export function journeyPage(context: SiteContext, journey: JourneyModel): string {
    const { plan, model } = context;
    const locale = localeOfJourney(context, journey);
    const say = saySiteIn(locale);
    const page = plan.journey(journey);
    const ownFile = context.fileOf(journey.source.uri);
    const label = journey.title ?? journey.name;
    const ideals = model.journeys.filter(j => j.kind === 'ideal' && j.improves?.name === journey.name && journey.kind === 'actual');
    const improved = journey.kind === 'ideal' && journey.improves ? plan.journeyNamed(journey.improves.name) : undefined;
    const persona = journey.persona && model.personas.find(p => p.name === journey.persona!.name);
    const facts = [
        journey.persona && fact(say('column.persona'), linkOr(page, plan.persona(journey.persona.name), persona ? labelOf(persona) : journey.persona.name)),
        journey.outcome && fact(say('column.outcome'), text(journey.outcome)),
        journey.improves && text(say('journey.improves', { journey: '\uE000' })).replace('\uE000', () => linkOr(page, improved, journey.improves!.name)),
        ideals.length > 0 && text(say('journey.improvedBy', { journeys: '\uE000' })).replace('\uE000', () => ideals.map(i => linkOr(page, plan.journey(i), i.title ?? i.name)).join(', ')),
        journey.language && text(say('journey.language', { language: LOCALE_NAMES[journey.language as Locale] ?? journey.language })),
        text(say('journey.file', { file: ownFile, line: journey.source.range.start.line + 1 })),
    ];
    const gaps = gapsOfJourney(context, journey);
    const pairs = context.report.pairs.filter(p => (journey.kind === 'actual' && p.actual === journey.name) || (journey.kind === 'ideal' && p.ideal === journey.name));
    const listContext = gapListContext(context, page, locale, say, ownFile);
    const pairGaps = pairs.flatMap(p => p.gaps);
    const content = join([
        h('p', { class: 'breadcrumb' }, h('a', { href: href(page, INDEX_PAGE) }, text(say('site.home'))), ' › ', text(label)),
        h('h1', {}, text(label), ' ', h('span', { class: `tag ${journey.kind}` }, text(say(journey.kind === 'ideal' ? 'kind.ideal' : 'kind.actual')))),
        journey.title ? h('p', { class: 'lead' }, h('code', {}, text(journey.name))) : '',
        journey.description ? h('p', {}, text(journey.description)) : '',
        h('ul', { class: 'facts' }, ...facts.filter((f): f is string => typeof f === 'string').map(f => h('li', {}, f))),
        severityCountList(gaps, say),
        h('h2', { id: 'map' }, text(say('journey.map'))),
        figure(publishedSvg(model, context.gaps, { journey: journey.name, view: 'map', theme: context.theme, locale: context.locale })),
        ...pairs.map((pair, i) => {
            const ideal = model.journeys.find(j => j.kind === 'ideal' && j.name === pair.ideal)!;
            const anchor = pairs.length === 1 ? 'compare' : `compare-${i + 1}`;
            return join([
                h('h2', { id: anchor }, text(say('journey.compareWith', { actual: pair.actual, ideal: pair.ideal }))),
                // The ideal journey's name picks the pair: an actual journey may have several ideals.
                figure(publishedSvg(model, context.gaps, { journey: ideal.name, view: 'compare', theme: context.theme, locale: context.locale })),
                emotionTable(pair.emotions, say),
                h('h3', {}, text(say('journey.pairGaps', { actual: pair.actual, ideal: pair.ideal }))),
                gapList(pair.gaps, listContext),
            ]);
        }),
        h('h2', { id: 'touchpoints' }, text(say('journey.touchpoints'))),
        touchpointTable(context, journey, page, say),
        h('h2', { id: 'gaps' }, text(say('journey.gaps'))),
        gapList(gaps, listContext),
        ruleGlossary([...gaps, ...pairGaps], locale, say),
    ]);
    return framePage(context, page, locale, label, content);
}

function fact(label: string, value: string): string {
    return join([h('span', { class: 'muted' }, text(label), ': '), value]);
}

function figure(svg: string): string {
    return h('figure', { class: 'map' }, svg);
}

function emotionTable(emotions: { touchpoint: string; title?: string; actual?: number; ideal?: number; shortfall?: number }[], say: SaySite): string {
    if (emotions.length === 0) return '';
    const cell = (value: number | undefined) => h('td', { class: 'number' }, value === undefined ? '–' : String(value));
    return join([
        h('h3', {}, text(say('journey.emotionTable'))),
        h('div', { class: 'table-scroll' }, h('table', {},
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, text(say('column.touchpoint'))), h('th', { scope: 'col', class: 'number' }, text(say('kind.actual'))), h('th', { scope: 'col', class: 'number' }, text(say('kind.ideal'))), h('th', { scope: 'col', class: 'number' }, text(say('journey.shortBy'))))),
            h('tbody', {}, ...emotions.map(e => h('tr', {}, h('th', { scope: 'row' }, text(e.title ?? e.touchpoint)), cell(e.actual), cell(e.ideal), cell(e.shortfall)))))),
    ]);
}

/** Every touchpoint, stage by stage (each stage a tbody with its anchor), with links to its channel and owner. */
function touchpointTable(context: SiteContext, journey: JourneyModel, page: PagePath, say: SaySite): string {
    const { plan } = context;
    const gapsWithin = gapsByPlace(gapsOfJourney(context, journey));
    return h('div', { class: 'table-scroll' }, h('table', { class: 'touchpoints' },
        h('thead', {}, h('tr', {}, ...(['column.stage', 'column.touchpoint', 'column.channel', 'column.owner', 'column.emotion', 'column.notes', 'column.gaps'] as const)
            .map(key => h('th', { scope: 'col', class: key === 'column.gaps' || key === 'column.emotion' ? 'number' : undefined }, text(say(key)))))),
        ...journey.stages.map(stage => h('tbody', { id: plan.stageAnchor(journey, stage.name) },
            ...(stage.touchpoints.length === 0
                ? [h('tr', {}, h('th', { scope: 'row' }, text(stage.title ?? stage.name)), h('td', { colspan: 6, class: 'none' }, '–'))]
                : stage.touchpoints.map((t, i) => h('tr', { id: plan.touchpointAnchor(journey, t.name) },
                    i === 0 ? h('th', { scope: 'rowgroup', rowspan: stage.touchpoints.length }, text(stage.title ?? stage.name)) : '',
                    h('td', {}, h('strong', {}, text(t.name)), t.title ? h('div', {}, text(t.title)) : ''),
                    h('td', {}, t.channel ? linkOr(page, plan.channel(t.channel.name), channelLabel(context, t.channel.name)) : h('span', { class: 'none' }, text(say('journey.noChannel')))),
                    h('td', {}, t.owner ? linkOr(page, plan.stakeholder(t.owner.name), stakeholderLabel(context, t.owner.name)) : h('span', { class: 'none' }, text(say('journey.noOwner')))),
                    h('td', { class: 'number' }, t.emotion ? text(`${t.emotion.score}${t.emotion.feeling ? ` ${t.emotion.feeling}` : ''}`) : '–'),
                    h('td', {}, notes(t, say)),
                    h('td', { class: 'number' }, String(gapsWithin(t.source.uri, t.source.range).length)))))))));
}

function notes(t: TouchpointModel, say: SaySite): string {
    const marks = [
        t.momentOfTruth && say('journey.momentOfTruth'),
        t.givesUp && (t.giveUpReason ? `${say('journey.givesUp')}: ${t.giveUpReason}` : say('journey.givesUp')),
        t.reachesOutcome && say('journey.reachesOutcome'),
    ].filter((m): m is string => typeof m === 'string');
    return join([
        marks.length > 0 ? h('div', {}, h('em', {}, text(marks.join(' · ')))) : '',
        ...t.pains.map(p => h('div', {}, '⚠ ', text(p))),
    ]);
}

export function channelLabel(context: SiteContext, name: string): string {
    const channel = context.model.channels.find(c => c.name === name);
    return channel?.title ?? name;
}

export function stakeholderLabel(context: SiteContext, name: string): string {
    const stakeholder = context.model.stakeholders.find(s => s.name === name);
    return stakeholder?.title ?? name;
}
