import { describeTouchpoint } from '../describe.js';
import { at } from '../gap-context.js';
import { touchpointsOf } from '../journey-model.js';
import type { GapRule } from './gap-rule.js';

export const missingOwner: GapRule = {
    code: 'missing-owner',
    defaultSeverity: 'warning',
    family: 'map',
    scope: 'journey',
    summary: 'A touchpoint with no owner (method step 8).',
    check: ({ model }) => model.journeys.flatMap(journey => touchpointsOf(journey)
        .filter(touchpoint => !touchpoint.owner)
        .map(touchpoint => ({
            message: `Touchpoint ${describeTouchpoint(touchpoint)} has no owner. Name the stakeholder accountable for it with 'owner <stakeholder>'.`,
            location: at(touchpoint.source),
            journey: journey.name,
            related: [],
            data: { journey: journey.name, touchpoint: touchpoint.name },
        }))),
};
