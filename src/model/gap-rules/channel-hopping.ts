import { describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { touchpointsOf, type TouchpointModel } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const channelHopping: GapRule = {
    code: 'channel-hopping',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'The customer is forced through 3 or more channel switches in a row (the number is a setting).',
    check: ({ model, thresholds }) => model.journeys.flatMap(journey => switchRuns(touchpointsOf(journey))
        .filter(run => run.length - 1 >= thresholds.channelSwitches)
        .map(run => {
            const last = run[run.length - 1];
            const path = run.map(t => t.channel!.name).join(' → ');
            return {
                message: `By touchpoint ${describeTouchpoint(last)} the customer has switched channel ${run.length - 1} ${run.length - 1 === 1 ? 'time' : 'times'} in a row: ${path}. ` +
                    `Let them finish where they started, or hand the context over with them.`,
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
