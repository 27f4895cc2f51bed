import { touchpointsOf, type ChannelModel, type PersonaModel, type StakeholderModel } from '../model/journey-model.js';
import { renderText } from '../render/render-messages.js';
import { severityCountList } from './gap-list.js';
import { h, join, text } from './html.js';
import { framePage, gapsOfJourney, type SiteContext } from './site-context.js';
import { linkOr } from './site-links.js';
import { saySiteIn, type SaySite } from './site-messages.js';
import { href, INDEX_PAGE, type PagePath } from './site-plan.js';
import { touchpointPlaces } from './touchpoint-places.js';

/** A persona's page: who they are, and every journey they take, with its outcome and gaps. */
export function personaPage(context: SiteContext, persona: PersonaModel): string {
    const { model, plan, locale } = context;
    const say = saySiteIn(locale);
    const page = plan.persona(persona.name)!;
    const journeys = model.journeys.filter(j => j.persona?.name === persona.name);
    const content = join([
        heading(page, say, persona, 'kind.persona', 'personas'),
        persona.description ? h('p', {}, text(persona.description)) : '',
        persona.segment ? h('p', {}, text(say('persona.segment', { segment: persona.segment }))) : '',
        persona.goals.length > 0 ? join([h('h2', {}, text(say('persona.goals'))), h('ul', {}, ...persona.goals.map(g => h('li', {}, text(g))))]) : '',
        persona.needs.length > 0 ? join([h('h2', {}, text(say('persona.needs'))), h('ul', {}, ...persona.needs.map(n => h('li', {}, text(n))))]) : '',
        h('h2', { id: 'journeys' }, text(say('persona.journeys'))),
        journeys.length === 0 ? h('p', { class: 'none' }, text(say('persona.unused'))) : h('ul', { class: 'cards' }, ...journeys.map(journey => h('li', {},
            h('strong', {}, h('a', { href: href(page, plan.journey(journey)) }, text(journey.title ?? journey.name))), ' ',
            h('span', { class: `tag ${journey.kind}` }, text(say(journey.kind === 'ideal' ? 'kind.ideal' : 'kind.actual'))),
            journey.outcome ? h('div', {}, h('span', { class: 'muted' }, text(say('column.outcome')), ': '), text(journey.outcome)) : '',
            h('div', { class: 'muted' }, journey.stages.map(s => text(s.title ?? s.name)).join(' → ')),
            severityCountList(gapsOfJourney(context, journey), say)))),
    ]);
    return framePage(context, page, locale, persona.title ?? persona.name, content);
}

/** A channel's page: every touchpoint that uses it, journey by journey. */
export function channelPage(context: SiteContext, channel: ChannelModel): string {
    const { plan, locale } = context;
    const say = saySiteIn(locale);
    const page = plan.channel(channel.name)!;
    const content = join([
        heading(page, say, channel, 'kind.channel', 'channels'),
        channel.description ? h('p', {}, text(channel.description)) : '',
        h('h2', { id: 'touchpoints' }, text(say('channel.touchpoints'))),
        touchpointPlaces(context, page, say, t => t.channel?.name === channel.name, say('channel.unused')),
    ]);
    return framePage(context, page, locale, channel.title ?? channel.name, content);
}

/** A stakeholder's page: influence and interest, the touchpoints and the improvements they own. */
export function stakeholderPage(context: SiteContext, stakeholder: StakeholderModel): string {
    const { model, plan, locale } = context;
    const say = saySiteIn(locale);
    const page = plan.stakeholder(stakeholder.name)!;
    const level = (axis: 'influence' | 'interest', value: string | undefined) => value ? renderText(locale, `stakeholders.${axis}.${value}` as 'stakeholders.influence.low') : renderText(locale, 'stakeholders.notRated');
    const improvements = model.journeys.flatMap(journey => journey.improvements.filter(i => i.owner?.name === stakeholder.name).map(improvement => ({ journey, improvement })));
    const owned = model.journeys.some(j => touchpointsOf(j).some(t => t.owner?.name === stakeholder.name));
    const content = join([
        heading(page, say, stakeholder, 'kind.stakeholder', 'stakeholders'),
        stakeholder.description ? h('p', {}, text(stakeholder.description)) : '',
        h('ul', { class: 'facts' }, h('li', {}, text(say('stakeholder.influence', { level: level('influence', stakeholder.influence) }))), h('li', {}, text(say('stakeholder.interest', { level: level('interest', stakeholder.interest) })))),
        h('h2', { id: 'touchpoints' }, text(say('stakeholder.owns'))),
        owned ? touchpointPlaces(context, page, say, t => t.owner?.name === stakeholder.name, say('stakeholder.unused')) : h('p', { class: 'none' }, text(say('stakeholder.unused'))),
        improvements.length > 0 ? join([
            h('h2', { id: 'improvements' }, text(say('stakeholder.improvements'))),
            h('ul', {}, ...improvements.map(({ journey, improvement }) => h('li', {},
                h('strong', {}, text(improvement.title ?? improvement.name)), improvement.priority ? ` (${improvement.priority})` : '', ' — ',
                linkOr(page, plan.journey(journey), journey.title ?? journey.name)))),
        ]) : '',
    ]);
    return framePage(context, page, locale, stakeholder.title ?? stakeholder.name, content);
}

function heading(page: PagePath, say: SaySite, item: { name: string; title?: string }, kind: 'kind.persona' | 'kind.channel' | 'kind.stakeholder', section: string): string {
    return join([
        h('p', { class: 'breadcrumb' }, h('a', { href: href(page, INDEX_PAGE) }, text(say('site.home'))), ' › ', linkOr(page, INDEX_PAGE, say(`index.${section}` as 'index.personas'), section), ' › ', text(item.title ?? item.name)),
        h('h1', {}, text(item.title ?? item.name), ' ', h('span', { class: 'tag' }, text(say(kind)))),
        item.title ? h('p', { class: 'lead' }, h('code', {}, text(item.name))) : '',
    ]);
}
