import { describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { gapText, ruleSummary } from '../gap-messages.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const missingOwner: GapRule = {
    code: 'missing-owner',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: ruleSummary('missing-owner', 'en'),
    check: ({ model, localeFor }) => model.journeys.flatMap(journey => touchpointsOf(journey)
        .filter(touchpoint => !touchpoint.owner)
        .map(touchpoint => ({
            message: gapText(localeFor(journey), 'missing-owner.message', { touchpoint: describeTouchpoint(touchpoint) }),
            location: at(touchpoint.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, touchpoint: touchpoint.name },
        }))),
};
