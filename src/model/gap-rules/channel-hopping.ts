import { describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, countKey, ruleSummary } from '../gap-messages.js';
import { touchpointsOf, type TouchpointModel } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const channelHopping: GapRule = {
    code: 'channel-hopping',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('channel-hopping', 'en'),
    check: ({ model, thresholds, localeFor }) => model.journeys.flatMap(journey => switchRuns(touchpointsOf(journey))
        .filter(run => run.length - 1 >= thresholds.channelSwitches)
        .map(run => {
            const last = run[run.length - 1];
            const path = run.map(t => t.channel!.name).join(' → ');
            const count = run.length - 1;
            return {
                message: gapText(localeFor(journey), countKey('channel-hopping.message', count), { touchpoint: describeTouchpoint(last), count, path }),
                location: at(last.source),
                journey: journey.name,
                related: run.slice(0, -1).map(t => ({ location: at(t.source), message: `${t.channel!.name}: ${t.title ?? t.name}` })),
                data: { journey: journey.name, touchpoint: last.name },
            };
        })),
};

/**
 * Maximal runs of touchpoints where each one is on a different channel from the one before.
 * A touchpoint without a channel ends a run: the rule only speaks about switches it can see.
 */
function switchRuns(touchpoints: TouchpointModel[]): TouchpointModel[][] {
    const runs: TouchpointModel[][] = [];
    let run: TouchpointModel[] = [];
    const close = () => {
        if (run.length > 1) runs.push(run);
        run = [];
    };
    for (const touchpoint of touchpoints) {
        const previous = run[run.length - 1];
        if (!touchpoint.channel) {
            close();
        } else if (previous && previous.channel!.name !== touchpoint.channel.name) {
            run.push(touchpoint);
        } else {
            close();
            run = [touchpoint];
        }
    }
    close();
    return runs;
}
