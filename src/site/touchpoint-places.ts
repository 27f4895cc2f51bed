import { touchpointsOf, type TouchpointModel } from '../model/journey-model.js';
import { h, join, text } from './html.js';
import { channelLabel, stakeholderLabel } from './journey-page.js';
import type { SiteContext } from './site-context.js';
import { linkOr } from './site-links.js';
import type { SaySite } from './site-messages.js';
import { href, type PagePath } from './site-plan.js';

/**
 * Where the touchpoints that match sit, journey by journey: each journey a heading linking to
 * its page, each touchpoint a row linking to its place there, with its stage, channel and owner.
 */
export function touchpointPlaces(context: SiteContext, page: PagePath, say: SaySite, matches: (t: TouchpointModel) => boolean, none: string): string {
    const { model, plan } = context;
    const groups = model.journeys.map(journey => ({ journey, touchpoints: touchpointsOf(journey).filter(matches) })).filter(g => g.touchpoints.length > 0);
    if (groups.length === 0) return h('p', { class: 'none' }, text(none));
    return join(groups.map(({ journey, touchpoints }) => {
        const journeyPage = plan.journey(journey);
        return join([
            h('h3', {}, h('a', { href: href(page, journeyPage) }, text(journey.title ?? journey.name)), ' ', h('span', { class: `tag ${journey.kind}` }, text(say(journey.kind === 'ideal' ? 'kind.ideal' : 'kind.actual')))),
            h('div', { class: 'table-scroll' }, h('table', {},
                h('thead', {}, h('tr', {}, ...(['column.stage', 'column.touchpoint', 'column.channel', 'column.owner', 'column.emotion'] as const).map(key => h('th', { scope: 'col', class: key === 'column.emotion' ? 'number' : undefined }, text(say(key)))))),
                h('tbody', {}, ...touchpoints.map(t => {
                    const stage = journey.stages.find(s => s.name === t.stage);
                    return h('tr', {},
                        h('td', {}, linkOr(page, journeyPage, stage?.title ?? t.stage, plan.stageAnchor(journey, t.stage))),
                        h('td', {}, linkOr(page, journeyPage, t.title ? `${t.name}: ${t.title}` : t.name, plan.touchpointAnchor(journey, t.name))),
                        h('td', {}, t.channel ? linkOr(page, plan.channel(t.channel.name), channelLabel(context, t.channel.name)) : ''),
                        h('td', {}, t.owner ? linkOr(page, plan.stakeholder(t.owner.name), stakeholderLabel(context, t.owner.name)) : ''),
                        h('td', { class: 'number' }, t.emotion ? String(t.emotion.score) : '–'));
                })))),
        ]);
    }));
}
